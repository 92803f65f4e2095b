package org.himkit;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.internal.Problems;

/**
 * An accreditor's standards for a kind of program, with the year they were adopted and last revised
 * as the accreditor states them, such as CAHIIM's "HIM Baccalaureate Degree Program (adopted 2005;
 * revised 2012)".
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name  the standards' name as the accreditor writes it, not blank
 * @param adopted  the year they were adopted, not null
 * @param revised  the year of the revision the source names, empty if it names none, not null
 * @param citations  the sources, not empty
 */
public record AccreditationStandard(String name, Year adopted, Optional<Year> revised, List<Citation> citations) {
  /**
   * Creates a standard after checking it.
   *
   * @param name  the name, not blank
   * @param adopted  the year adopted, not null
   * @param revised  the year revised, not null
   * @param citations  the sources, not empty
   * @throws HimValidationException if the name is blank, the revision precedes the adoption or there is no citation
   * @throws NullPointerException if an argument or element is null
   */
  public AccreditationStandard {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(citations, "citations");
    Objects.requireNonNull(adopted, "adopted");
    Objects.requireNonNull(revised, "revised");
    citations = ImmutableList.copyOf(citations);
    Problems p = Problems.of("accreditation standard", name);
    p.text(name, "name");
    if (revised.isPresent()) { // not a lambda: built on the built-in catalog's first call (start-up)
      Year r = revised.get();
      p.require(!r.isBefore(adopted), ErrorCode.INVALID_RANGE, "revised", "must not be before the year adopted "
          + adopted, r);
    }
    p.notEmpty(citations, "citations", "must have at least one citation");
    p.check();
  }
}
