package org.himkit.portal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  private final Csv csv = Csv.withLimits(100, 50);

  private List<List<String>> fields(String text) throws Csv.CsvException {
    return csv.parse(text).stream().map(Csv.CsvRecord::fields).toList();
  }

  @Test
  void plainRecordsEndWithCrlfOrLf() throws Exception {
    assertThat(fields("a,b,c\r\n1,2,3\n4,5,6")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"),
        List.of("4", "5", "6"));
  }

  @Test
  void emptyFieldsAreKept() throws Exception {
    assertThat(fields(",a,,\n")).containsExactly(List.of("", "a", "", ""));
  }

  @Test
  void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws Exception {
    List<Csv.CsvRecord> records = csv.parse("id,title\r\n1,\"Coding, ICD-10 \"\"update\"\"\"\r\n2,\"two\r\nlines\"\r\n3,x");
    assertThat(records).extracting(Csv.CsvRecord::fields).containsExactly(List.of("id", "title"),
        List.of("1", "Coding, ICD-10 \"update\""), List.of("2", "two\r\nlines"), List.of("3", "x"));
    assertThat(records).extracting(Csv.CsvRecord::line).containsExactly(1, 2, 3, 5);
  }

  @Test
  void anEmptyQuotedFieldIsARecord() throws Exception {
    assertThat(fields("\"\"\n")).containsExactly(List.of(""));
  }

  @Test
  void commentsBlankLinesAndAByteOrderMarkAreSkipped() throws Exception {
    List<Csv.CsvRecord> records = csv.parse("\uFEFF# a comment, with a comma\n\na,b\n\n# another\nc,\"#not a comment\"\n");
    assertThat(records).extracting(Csv.CsvRecord::fields).containsExactly(List.of("a", "b"), List.of("c", "#not a comment"));
    assertThat(records).extracting(Csv.CsvRecord::line).containsExactly(3, 6);
  }

  @Test
  void spacesArePartOfAField() throws Exception {
    assertThat(fields(" a , b ")).containsExactly(List.of(" a ", " b "));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsAnError() {
    assertThatThrownBy(() -> csv.parse("a,b\n1,say \"hi\"\n")).isInstanceOf(Csv.CsvException.class)
        .hasMessageStartingWith("line 2: a quote inside a field that does not start with a quote");
  }

  @Test
  void textAfterAClosingQuoteIsAnError() {
    assertThatThrownBy(() -> csv.parse("\"a\"b,c")).isInstanceOf(Csv.CsvException.class)
        .hasMessageStartingWith("line 1: text follows the closing quote");
    assertThatThrownBy(() -> csv.parse("\"a\" \"b\"")).hasMessageStartingWith("line 1: text follows the closing quote");
  }

  @Test
  void aQuotedFieldThatNeverClosesNamesTheLineWhereItOpened() {
    assertThatThrownBy(() -> csv.parse("a,b\n1,\"open\n2,3\n4,5\n")).isInstanceOf(Csv.CsvException.class)
        .hasMessage("line 2: a quoted field opened here never closes")
        .satisfies(e -> assertThat(((Csv.CsvException) e).line()).isEqualTo(2));
  }

  @Test
  void aLoneCarriageReturnIsAnError() {
    assertThatThrownBy(() -> csv.parse("a\rb")).hasMessageStartingWith("line 1: a carriage return");
  }

  @Test
  void limitsAreEnforced() {
    assertThatThrownBy(() -> csv.parse("x".repeat(51))).hasMessage("line 1: a field is longer than 50 characters");
    assertThatThrownBy(() -> csv.parse("\"" + "x".repeat(51) + "\""))
        .hasMessage("line 1: a field is longer than 50 characters");
    assertThatThrownBy(() -> csv.parse("a\n".repeat(101))).hasMessageContaining("more than 100 records");
    assertThatThrownBy(() -> Csv.withLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exactlyAtTheLimitsIsFine() throws Exception {
    assertThat(csv.parse("a\n".repeat(100))).hasSize(100);
    assertThat(fields("x".repeat(50))).containsExactly(List.of("x".repeat(50)));
  }

  @Test
  void whatAWriterQuotesReadsBackAsWritten() {
    // any fields over an alphabet of the characters that matter, each quoted as RFC 4180 says, read back unchanged
    qt().withExamples(300).forAll(lists().of(lists().of(strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 8)
            .map(s -> s.replace('~', '"').replace('}', ',').replace('|', '\n')))
            .ofSizeBetween(1, 4)).ofSizeBetween(1, 6))
        .checkAssert(rows -> {
          StringBuilder text = new StringBuilder();
          for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(f -> '"' + f.replace("\"", "\"\"") + '"').toList()))
                .append("\r\n");
          }
          try {
            assertThat(fields(text.toString())).isEqualTo(rows);
          } catch (Csv.CsvException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void anEmptyTextHasNoRecords() throws Exception {
    assertThat(csv.parse("")).isEmpty();
    assertThat(csv.parse("\n\n# only comments\n")).isEmpty();
  }
}
