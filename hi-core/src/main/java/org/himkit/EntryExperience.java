package org.himkit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.himkit.internal.Problems;

/**
 * The work experience in a related occupation typically needed to enter an occupation, as an edition
 * of the Occupational Outlook Handbook states it, such as "Less than 5 years".
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param text  the publisher's words, such as {@code "None"} or {@code "Less than 5 years"}, not blank
 * @param edition  the edition that states it, such as {@code "OOH, 2023 data"}, not blank
 * @param citations  the sources, not empty
 */
public record EntryExperience(String text, String edition, List<Citation> citations) {
  /**
   * Creates an entry after checking it.
   *
   * @param text  the publisher's words, not blank
   * @param edition  the edition, not blank
   * @param citations  the sources, not empty
   * @throws HimValidationException if a text is blank or there is no citation
   * @throws NullPointerException if an argument or element is null
   */
  public EntryExperience {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(citations, "citations");
    citations = ImmutableList.copyOf(citations);
    Problems p = Problems.of("entry experience", text);
    p.text(text, "text");
    p.text(edition, "edition");
    p.notEmpty(citations, "citations", "must have at least one citation");
    p.check();
  }
}
