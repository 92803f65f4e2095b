package org.himkit.policy;

import java.util.List;
import java.util.Objects;
import org.himkit.Citation;
import org.himkit.ErrorCode;
import org.himkit.internal.Checks;

/**
 * How an issuer combines the requirements of several of its credentials held together into one CEU
 * requirement per cycle.
 *
 * <p>Two forms are known: AHIMA's ("ten (10) additional CEUs per credential ... up to a maximum of (50)
 * CEUs", {@link PlusPerAdditional}) and AAPC's table by number of certifications (36, 40, 44, 48, 52,
 * {@link ByCount}). In both, a CEU is counted once for all the credentials.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface MultiCredentialRule {

  /**
   * Returns the CEUs required for a set of credentials held together.
   *
   * @param singleRequirements the requirement of each credential held alone, not empty
   * @return the combined requirement, not null
   * @throws org.himkit.HimValidationException if the list is empty
   */
  Ceus required(List<Ceus> singleRequirements);

  /**
   * Returns the source of the rule.
   *
   * @return the citation, not null
   */
  Citation citation();

  /**
   * The highest single requirement plus a fixed amount per additional credential, up to a cap.
   *
   * <p>AHIMA's words are "you must earn ten (10) additional CEUs per credential ... up to a maximum of
   * (50) CEUs"; the formula (highest single requirement + 10 per additional credential, at most 50) is
   * inferred from, and agrees with, all five of AHIMA's worked examples: CCS + CCS-P 30, CHPS + RHIT 40,
   * RHIA + CHDA 40, RHIA + CDIP 40, RHIA + CCS + CCS-P 50.
   *
   * @param perAdditional the CEUs added per credential after the first, not null
   * @param cap the largest requirement, not null
   * @param citation the source, not null
   */
  record PlusPerAdditional(Ceus perAdditional, Ceus cap, Citation citation) implements MultiCredentialRule {
    /**
     * Creates the rule.
     *
     * @param perAdditional the CEUs added per credential after the first, not null
     * @param cap the largest requirement, not null
     * @param citation the source, not null
     */
    public PlusPerAdditional {
      Objects.requireNonNull(perAdditional, "perAdditional");
      Objects.requireNonNull(cap, "cap");
      Objects.requireNonNull(citation, "citation");
    }

    /**
     * Returns the highest single requirement plus {@link #perAdditional()} per other credential, but at
     * most {@link #cap()}, and never less than the highest single requirement.
     *
     * @param singleRequirements the requirement of each credential held alone, not empty
     * @return the combined requirement, not null
     */
    @Override
    public Ceus required(List<Ceus> singleRequirements) {
      Ceus highest = highest(singleRequirements);
      return Ceus.ofHundredths(requiredHundredths(highest.hundredths(), singleRequirements.size()));
    }

    /**
     * Returns the combined requirement in hundredths for a highest single requirement and a number of
     * credentials, capping before multiplying so that no count of credentials overflows.
     *
     * @param highest the highest single requirement in hundredths, not negative
     * @param count the number of credentials, at least 1
     * @return the combined requirement in hundredths
     */
    long requiredHundredths(long highest, int count) {
      long room = cap.hundredths() - highest;
      long per = perAdditional.hundredths();
      long additional = count - 1L;
      if (room <= 0) {
        return highest;
      }
      if (per == 0 || additional <= room / per) {
        return Math.min(cap.hundredths(), highest + per * additional);
      }
      return cap.hundredths();
    }
  }

  /**
   * A requirement by the number of credentials held: the first entry for one credential, the second for
   * two, and the last for that many or more (AAPC: 36, 40, 44, 48, and 52 for five or more).
   *
   * @param byCount the requirements for 1, 2, 3, ... credentials, not empty
   * @param citation the source, not null
   */
  record ByCount(List<Ceus> byCount, Citation citation) implements MultiCredentialRule {
    /**
     * Creates the rule after checking it.
     *
     * @param byCount the requirements for 1, 2, 3, ... credentials, not empty
     * @param citation the source, not null
     * @throws org.himkit.HimValidationException if the table is empty
     */
    public ByCount {
      Objects.requireNonNull(byCount, "byCount");
      Objects.requireNonNull(citation, "citation");
      Checks.notEmpty(byCount, "multi-credential rule", "byCount", "must have at least one entry");
      byCount = List.copyOf(byCount);
    }

    /**
     * Returns the table's entry for the number of credentials, or its last entry for more, and never
     * less than the highest single requirement.
     *
     * @param singleRequirements the requirement of each credential held alone, not empty
     * @return the combined requirement, not null
     */
    @Override
    public Ceus required(List<Ceus> singleRequirements) {
      Ceus highest = highest(singleRequirements);
      return Ceus.max(highest, byCount.get(Math.min(singleRequirements.size(), byCount.size()) - 1));
    }
  }

  private static Ceus highest(List<Ceus> singleRequirements) {
    Checks.require(!singleRequirements.isEmpty(), ErrorCode.MISSING_ATTRIBUTE, "multi-credential rule",
        "singleRequirements", "must name at least one credential's requirement", singleRequirements);
    Ceus highest = Ceus.ZERO;
    for (Ceus c : singleRequirements) {
      highest = Ceus.max(highest, c);
    }
    return highest;
  }
}
