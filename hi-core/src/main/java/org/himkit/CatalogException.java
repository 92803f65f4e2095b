package org.himkit;

import java.util.List;

/**
 * Thrown when a catalog cannot be built because its entries are inconsistent.
 *
 * <p>The builder checks the whole catalog before failing, so one exception lists every problem:
 * duplicate ids or names, references to entries that do not exist, overlapping policy versions.
 */
public class CatalogException extends HimException {
  private static final long serialVersionUID = 1L;

  /** The problems found, one sentence each. */
  private final List<String> problems;

  /**
   * Constructs an exception listing the problems found in a catalog.
   *
   * @param problems the problems, one sentence each, not null and not empty
   */
  public CatalogException(List<String> problems) {
    super(ErrorCode.INVALID_CATALOG, message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<String> problems) {
    StringBuilder sb = new StringBuilder("invalid catalog: ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (String p : problems) {
      sb.append(System.lineSeparator()).append("  - ").append(p);
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, one sentence each, in the order they were found.
   *
   * @return the problems, not null and not empty
   */
  public List<String> problems() {
    return problems;
  }
}
