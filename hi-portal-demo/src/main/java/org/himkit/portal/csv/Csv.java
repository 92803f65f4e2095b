package org.himkit.portal.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader of comma-separated values as RFC 4180 defines them: records end with CRLF (a lone LF is accepted too),
 * fields are separated by commas, and a field enclosed in double quotes may hold commas, line breaks and quotes
 * (written twice: {@code "say ""hi"""}). A byte-order mark at the start is skipped. Two additions for people who
 * write the files by hand: a record whose first character is {@code #} is a comment, and a record with nothing
 * on it is skipped.
 *
 * <p>Bad input is an error naming the line: a quote inside a field that is not enclosed in quotes, text after a
 * closing quote, a quoted field that never closes, a field or a file that is longer than the limits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Csv {
  private final int maxRecords;
  private final int maxFieldLength;

  private Csv(int maxRecords, int maxFieldLength) {
    this.maxRecords = maxRecords;
    this.maxFieldLength = maxFieldLength;
  }

  /**
   * Obtains a reader with limits.
   *
   * @param maxRecords  the most records a text may hold, comments and blank records not counted
   * @param maxFieldLength  the longest field, in characters
   * @return the reader
   */
  public static Csv withLimits(int maxRecords, int maxFieldLength) {
    if (maxRecords < 1 || maxFieldLength < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxRecords + ", " + maxFieldLength);
    }
    return new Csv(maxRecords, maxFieldLength);
  }

  /**
   * One record: its fields and the line it starts on.
   *
   * @param line  the line the record starts on, from 1
   * @param fields  the fields, at least one
   */
  public record CsvRecord(int line, List<String> fields) {
    /**
     * Creates a record.
     *
     * @param line  the line the record starts on, from 1
     * @param fields  the fields, at least one
     */
    public CsvRecord {
      fields = List.copyOf(fields);
    }
  }

  /** Thrown when the text is not valid CSV: the line and what is wrong. */
  public static final class CsvException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The line of the fault, from 1. */
    private final int line;

    CsvException(int line, String message) {
      super("line " + line + ": " + message);
      this.line = line;
    }

    /**
     * Returns the line of the fault.
     *
     * @return the line, from 1
     */
    public int line() {
      return line;
    }
  }

  /**
   * Reads the records of a text.
   *
   * @param text  the text
   * @return the records in order, comments and blank records left out
   * @throws CsvException if the text is not valid CSV or exceeds a limit
   */
  public List<CsvRecord> parse(CharSequence text) throws CsvException {
    List<CsvRecord> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int line = 1;
    int recordLine = 1;
    boolean atFieldStart = true;
    boolean quoted = false;
    boolean closed = false; // the current quoted field has seen its closing quote
    int quoteLine = 1;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (quoted && !closed) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            append(field, '"', line);
            i += 2;
            continue;
          }
          closed = true;
        } else {
          if (c == '\n') {
            line++;
          }
          append(field, c, line);
        }
        i++;
        continue;
      }
      if (atFieldStart && fields.isEmpty() && c == '#') {
        // a comment record: skip to the end of the line
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
        i++;
        line++;
        recordLine = line;
        continue;
      }
      switch (c) {
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          atFieldStart = true;
          quoted = false;
          closed = false;
          i++;
        }
        case '\r' -> {
          if (i + 1 >= n || text.charAt(i + 1) != '\n') {
            throw new CsvException(line, "a carriage return must be followed by a line feed (CRLF ends a record)");
          }
          i++;
        }
        case '\n' -> {
          endRecord(records, fields, field, quoted, recordLine);
          field.setLength(0);
          fields = new ArrayList<>();
          atFieldStart = true;
          quoted = false;
          closed = false;
          i++;
          line++;
          recordLine = line;
        }
        case '"' -> {
          if (!atFieldStart) {
            throw new CsvException(line, closed ? "text follows the closing quote of a field; a quote inside a quoted "
                + "field is written twice (\"\")" : "a quote inside a field that does not start with a quote; enclose "
                + "the field in quotes and write the quote twice (\"\")");
          }
          quoted = true;
          quoteLine = line;
          atFieldStart = false;
          i++;
        }
        default -> {
          if (closed) {
            throw new CsvException(line, "text follows the closing quote of a field; a quote inside a quoted field "
                + "is written twice (\"\")");
          }
          append(field, c, line);
          atFieldStart = false;
          i++;
        }
      }
      if (records.size() > maxRecords) {
        throw new CsvException(line, "more than " + maxRecords + " records");
      }
    }
    if (quoted && !closed) {
      throw new CsvException(quoteLine, "a quoted field opened here never closes");
    }
    endRecord(records, fields, field, quoted, recordLine);
    if (records.size() > maxRecords) {
      throw new CsvException(line, "more than " + maxRecords + " records");
    }
    return List.copyOf(records);
  }

  private void append(StringBuilder field, char c, int line) throws CsvException {
    if (field.length() >= maxFieldLength) {
      throw new CsvException(line, "a field is longer than " + maxFieldLength + " characters");
    }
    field.append(c);
  }

  private static void endRecord(List<CsvRecord> records, List<String> fields, StringBuilder field, boolean quoted,
      int line) {
    if (fields.isEmpty() && field.length() == 0 && !quoted) {
      return; // a blank record, or the end of the text after a final line break
    }
    fields.add(field.toString());
    records.add(new CsvRecord(line, fields));
  }
}
