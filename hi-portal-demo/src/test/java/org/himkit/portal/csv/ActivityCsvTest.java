package org.himkit.portal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;
import org.junit.jupiter.api.Test;

class ActivityCsvTest {
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");
  private static final OrganizationId AAPC = OrganizationId.of("AAPC");
  private final ActivityCsv reader = new ActivityCsv(Set.of(AHIMA, AAPC));

  @Test
  void columnsInAnyOrderQuotedCommasAndBothAmounts() {
    ActivityCsv.Result r = reader.read("""
        title,completed,provider,ceus,minutes,category,source_of,approved_by,id\r
        "Coding, ICD-10-CM ""2026"" update",2026-03-31,"Example Academy, Inc.",1.5,,HIIM_DOMAIN,ahima,,a1\r
        CDI session,2026-04-15,Example Society,,120,hiim_domain,,AHIMA;AAPC,a2\r
        """);
    assertThat(r.problems()).isEmpty();
    assertThat(r.ok()).isTrue();
    CeActivity first = r.activities().get(0);
    assertThat(first.title()).isEqualTo("Coding, ICD-10-CM \"2026\" update");
    assertThat(first.provider()).isEqualTo("Example Academy, Inc.");
    assertThat(first.ceus()).contains(Ceus.parse("1.5"));
    assertThat(first.completed()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(first.sourceOf()).containsExactly(AHIMA);
    assertThat(first.id()).isEqualTo("a1");
    CeActivity second = r.activities().get(1);
    assertThat(second.minutes()).hasValue(120);
    assertThat(second.category()).isEqualTo(CeCategory.HIIM_DOMAIN);
    assertThat(second.approvedBy()).containsExactlyInAnyOrder(AHIMA, AAPC);
  }

  @Test
  void specificToMarksTheCredentialsWhoseSubjectAnActivityCovers() {
    ActivityCsv.Result r = reader.read("""
        completed,title,provider,ceus,category,specific_to
        2026-01-02,Audit workshop,P,4,OTHER_RELEVANT,cpma; CPCO
        2026-01-03,Coding update,P,1,OTHER_RELEVANT,
        """);
    assertThat(r.problems()).isEmpty();
    assertThat(r.activities().get(0).specificTo())
        .containsExactlyInAnyOrder(CredentialId.of("CPMA"), CredentialId.of("CPCO"));
    assertThat(r.activities().get(1).specificTo()).isEmpty();
    assertThat(reader.read("""
        completed,title,provider,ceus,category,specific_to
        2026-01-02,Audit workshop,P,4,OTHER_RELEVANT,C P M A
        """).problems()).extracting(ActivityCsv.Problem::column).containsExactly(Optional.of("specific_to"));
  }

  @Test
  void withoutAnIdColumnEachActivityIsNamedByItsLine() {
    ActivityCsv.Result r = reader.read("""
        completed,title,provider,ceus,category
        # a comment
        2026-01-02,A,P,1,UNRELATED
        """);
    assertThat(r.activities()).extracting(CeActivity::id).containsExactly("line 3");
  }

  @Test
  void everyProblemIsReportedWithItsLineAndColumnAndNoActivityIsKept() {
    ActivityCsv.Result r = reader.read("""
        id,completed,title,provider,ceus,minutes,category,approved_by
        a1,2026-01-02,Good one,P,1,,HIIM_DOMAIN,
        a2,31/01/2026,Bad date,P,1,,HIIM_DOMAIN,
        a3,2026-01-02,,P,one,,SPORTS,NCRA
        a1,2026-01-02,Both amounts,P,1,60,HIIM_DOMAIN,
        a5,2026-01-02,Short line,P
        """);
    assertThat(r.activities()).isEmpty();
    assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column().orElse("-")).containsExactly(
        "3:completed", "4:title", "4:category", "4:ceus", "4:approved_by", "5:id", "5:minutes", "6:-");
    assertThat(r.problems().get(0).message()).contains("31/01/2026").contains("yyyy-mm-dd");
    assertThat(r.problems().get(5).message()).contains("already used on line 2");
  }

  @Test
  void theHeaderIsChecked() {
    ActivityCsv.Result r = reader.read("when,title,title,provider\n2026-01-01,x,y,z\n");
    assertThat(r.problems()).extracting(p -> p.column().orElse("-")).containsExactly("when", "title", "completed",
        "category", "ceus");
  }

  @Test
  void malformedCsvAndEmptyFilesAreProblemsToo() {
    assertThat(reader.read("completed,title\n\"open").problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("never closes"));
    assertThat(reader.read("").problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
    assertThat(reader.read("completed,title,provider,category,ceus\n").problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("lists no activity"));
  }

  @Test
  void theLibrarysOwnChecksAreReportedOnTheirLine() {
    ActivityCsv.Result r = reader.read("completed,title,provider,category,ceus\n2026-01-02,Huge,P,HIIM_DOMAIN,500\n");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(Optional.empty());
    });
  }

  @Test
  void tooManyActivities() {
    StringBuilder text = new StringBuilder("completed,title,provider,category,ceus\n");
    text.append("2026-01-02,A,P,HIIM_DOMAIN,1\n".repeat(ActivityCsv.MAX_ACTIVITIES + 1));
    assertThat(reader.read(text.toString()).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("more than " + (ActivityCsv.MAX_ACTIVITIES + 1) + " records"));
  }
}
