package org.himkit.policy;

import java.util.Objects;
import org.himkit.Citation;
import org.himkit.internal.Checks;

/**
 * An activity that an issuer names as qualifying for CE credit, with the category its CEUs count in, so
 * that a CE tracker can offer the issuer's own names for the activities it accepts.
 *
 * <p>AHIMA lists the activities that "qualify for the 20 percent of CEUs not related to HIIM domains",
 * such as "Participating in AHIMA exam item writing"; its list before 2021 also had "Visiting AHIMA
 * exhibits at a national or state meeting" and "Exceptional events recognized by CCHIIM". Each policy
 * version carries the list its sources give ({@link RenewalPolicy#qualifyingActivities()}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the activity as the issuer names it, verbatim, not blank
 * @param category the category the activity's CEUs count in, not null
 * @param citation the source that names it, not null
 */
public record QualifyingActivity(String name, CeCategory category, Citation citation) {
  /**
   * Creates a qualifying activity after checking it.
   *
   * @param name the activity as the issuer names it, not blank
   * @param category the category its CEUs count in, not null
   * @param citation the source, not null
   * @throws org.himkit.HimValidationException if the name is blank
   */
  public QualifyingActivity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(citation, "citation");
    Checks.notBlank(name, "qualifying activity", "name");
  }
}
