package org.himkit.portal.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.himkit.CredentialId;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;

/**
 * Reads CE activities from a CSV file whose first record names the columns, in any order:
 * {@code completed}, {@code title}, {@code provider} and {@code category} are required, {@code ceus} or
 * {@code minutes} gives the amount, and {@code id}, {@code source_of}, {@code not_source_of} and {@code approved_by} are optional (issuer
 * ids separated by {@code ;}).
 *
 * <p>Every problem of the file is reported, each with its line and column; a file with any problem yields no
 * activity at all.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActivityCsv {
  /** The most activities a file may hold (the reader stops at this many records after the header). */
  public static final int MAX_ACTIVITIES = 500;

  /** The longest field, in characters. */
  public static final int MAX_FIELD_LENGTH = 300;

  /** The most problems reported for one file. */
  public static final int MAX_PROBLEMS = 50;

  /** The columns a file must have. */
  public static final List<String> REQUIRED = List.of("completed", "title", "provider", "category");

  /** The columns a file may have. */
  public static final List<String> OPTIONAL = List.of("id", "ceus", "minutes", "source_of", "not_source_of", "approved_by",
      "specific_to");

  private static final Csv CSV = Csv.withLimits(MAX_ACTIVITIES + 1, MAX_FIELD_LENGTH);

  private final Set<OrganizationId> issuers;

  /**
   * Creates a reader that accepts the given issuers in {@code source_of} and {@code approved_by}.
   *
   * @param issuers  the organizations a file may name
   */
  public ActivityCsv(Set<OrganizationId> issuers) {
    this.issuers = Set.copyOf(issuers);
  }

  /**
   * A problem of a file: where it is and what is wrong.
   *
   * @param line  the line, from 1
   * @param column  the column, empty for a problem of the whole record or file
   * @param message  what is wrong and what is expected
   */
  public record Problem(int line, Optional<String> column, String message) {}

  /**
   * What a file gave: its activities, or its problems and no activity.
   *
   * @param activities  the activities in file order, empty when there is a problem
   * @param problems  the problems in file order, at most {@link #MAX_PROBLEMS}
   */
  public record Result(List<CeActivity> activities, List<Problem> problems) {
    /**
     * Creates a result.
     *
     * @param activities  the activities
     * @param problems  the problems
     */
    public Result {
      activities = problems.isEmpty() ? List.copyOf(activities) : List.of();
      problems = List.copyOf(problems);
    }

    /**
     * Returns whether the file was read without a problem.
     *
     * @return true if it has no problem
     */
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * Reads a file's text.
   *
   * @param text  the text
   * @return the activities, or every problem found
   */
  public Result read(String text) {
    List<Csv.CsvRecord> records;
    try {
      records = CSV.parse(text);
    } catch (Csv.CsvException e) {
      return new Result(List.of(), List.of(new Problem(e.line(), Optional.empty(), e.getMessage())));
    }
    List<Problem> problems = new ArrayList<>();
    if (records.isEmpty()) {
      return new Result(List.of(), List.of(new Problem(1, Optional.empty(),
          "the file is empty: the first line names the columns, such as " + String.join(",", REQUIRED) + ",ceus")));
    }
    Csv.CsvRecord header = records.get(0);
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        problems.add(new Problem(header.line(), Optional.of(name), "unknown column \"" + name + "\"; the columns are "
            + String.join(", ", REQUIRED) + " (required) and " + String.join(", ", OPTIONAL)));
      } else if (columns.putIfAbsent(name, i) != null) {
        problems.add(new Problem(header.line(), Optional.of(name), "the column \"" + name + "\" is named twice"));
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        problems.add(new Problem(header.line(), Optional.of(required), "the column \"" + required + "\" is missing"));
      }
    }
    if (!columns.containsKey("ceus") && !columns.containsKey("minutes")) {
      problems.add(new Problem(header.line(), Optional.of("ceus"), "a column \"ceus\" or \"minutes\" is needed"));
    }
    if (!problems.isEmpty()) {
      return new Result(List.of(), problems);
    }
    if (records.size() == 1) {
      return new Result(List.of(), List.of(new Problem(header.line(), Optional.empty(),
          "the file names its columns but lists no activity")));
    }
    List<CeActivity> activities = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (Csv.CsvRecord r : records.subList(1, records.size())) {
      if (problems.size() >= MAX_PROBLEMS) {
        break;
      }
      new Row(r, columns, problems).activity(ids).ifPresent(activities::add);
    }
    return new Result(activities, problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
  }

  /** One record being read. */
  private final class Row {
    private final Csv.CsvRecord record;
    private final Map<String, Integer> columns;
    private final List<Problem> problems;
    private final int before;

    Row(Csv.CsvRecord record, Map<String, Integer> columns, List<Problem> problems) {
      this.record = record;
      this.columns = columns;
      this.problems = problems;
      this.before = problems.size();
    }

    private String field(String column) {
      Integer i = columns.get(column);
      return i == null ? "" : record.fields().get(i).strip();
    }

    private void problem(String column, String message) {
      problems.add(new Problem(record.line(), Optional.of(column), message));
    }

    Optional<CeActivity> activity(Map<String, Integer> ids) {
      if (record.fields().size() != columns.size()) {
        problems.add(new Problem(record.line(), Optional.empty(), "this line has " + record.fields().size()
            + " fields where the first line names " + columns.size() + " columns; a field with a comma is enclosed "
            + "in quotes"));
        return Optional.empty();
      }
      CeActivity.Builder b = CeActivity.builder();
      String id = field("id").isEmpty() ? "line " + record.line() : field("id");
      Integer seen = ids.putIfAbsent(id, record.line());
      if (seen != null) {
        problem("id", "the id \"" + id + "\" is already used on line " + seen);
      }
      b.id(id);
      text("title", b::title);
      text("provider", b::provider);
      if (!field("completed").isEmpty()) {
        try {
          b.completed(LocalDate.parse(field("completed")));
        } catch (DateTimeParseException e) {
          problem("completed", "\"" + field("completed") + "\" is not a date; write it as yyyy-mm-dd, such as 2026-03-31");
        }
      } else {
        problem("completed", "the date completed is missing");
      }
      try {
        b.category(CeCategory.valueOf(field("category").toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problem("category", "\"" + field("category") + "\" is not a category; use one of "
            + Arrays.stream(CeCategory.values()).map(Enum::name).collect(Collectors.joining(", ")));
      }
      amount(b);
      organizations("source_of", b::addSourceOf);
      organizations("not_source_of", b::addNotSourceOf);
      organizations("approved_by", b::addApprovedBy);
      credentials("specific_to", b::addSpecificTo);
      if (problems.size() > before) {
        return Optional.empty();
      }
      try {
        return Optional.of(b.build());
      } catch (HimValidationException | IllegalStateException e) {
        problems.add(new Problem(record.line(), Optional.empty(), String.valueOf(e.getMessage())));
        return Optional.empty();
      }
    }

    private void text(String column, Consumer<String> to) {
      if (field(column).isEmpty()) {
        problem(column, "the " + column + " is missing");
      } else {
        to.accept(field(column));
      }
    }

    private void amount(CeActivity.Builder b) {
      String ceus = field("ceus");
      String minutes = field("minutes");
      if (ceus.isEmpty() == minutes.isEmpty()) {
        problem(ceus.isEmpty() ? "ceus" : "minutes", "give either the CEUs or the minutes of contact time, not "
            + (ceus.isEmpty() ? "neither" : "both"));
        return;
      }
      if (!ceus.isEmpty()) {
        try {
          b.ceus(Ceus.parse(ceus));
        } catch (HimValidationException e) {
          problem("ceus", "\"" + ceus + "\" is not an amount of CEUs; write a decimal number with at most two "
              + "decimals, such as 1.5");
        }
        return;
      }
      try {
        b.minutes(Integer.parseInt(minutes));
      } catch (NumberFormatException e) {
        problem("minutes", "\"" + minutes + "\" is not a whole number of minutes");
      }
    }

    private void credentials(String column, Consumer<CredentialId> to) {
      for (String part : field(column).split(";", -1)) {
        String v = part.strip();
        if (v.isEmpty()) {
          continue;
        }
        try {
          to.accept(CredentialId.of(v.toUpperCase(Locale.ROOT)));
        } catch (HimValidationException e) {
          problem(column, "\"" + v + "\" is not a credential id, such as CPMA");
        }
      }
    }

    private void organizations(String column, Consumer<OrganizationId> to) {
      for (String part : field(column).split(";", -1)) {
        String v = part.strip();
        if (v.isEmpty()) {
          continue;
        }
        Optional<OrganizationId> id = issuers.stream().filter(o -> o.value().equalsIgnoreCase(v)).findFirst();
        if (id.isPresent()) {
          to.accept(id.get());
        } else {
          problem(column, "\"" + v + "\" is not an issuer; use "
              + issuers.stream().map(OrganizationId::value).sorted().collect(Collectors.joining(", ")));
        }
      }
    }
  }
}
