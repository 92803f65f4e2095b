package org.himkit.testkit;

import java.util.List;
import java.util.Objects;
import org.himkit.pathway.LearnerProfile;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.HolderRecord;
import org.jspecify.annotations.Nullable;

/**
 * One holder of a {@link SyntheticPopulation}: the credentials held, the continuing education
 * activities completed, and the holder's learner profile.
 *
 * <p>The holder's reference ({@link CredentialHolding#holderReference()}) is {@code holder-} and the
 * index; activity ids, and the titles of activities, are unique within the holder (the evaluator rejects
 * an activity given twice). Nothing here describes a real person.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticHolder {
  private final long index;
  private final List<CredentialHolding> holdings;
  private final List<CeActivity> activities;
  /** The record of a holder built for a status, which may state where it begins; null for a complete one. */
  private final @Nullable HolderRecord stated;
  private final LearnerProfile profile;

  SyntheticHolder(long index, List<CredentialHolding> holdings, List<CeActivity> activities, LearnerProfile profile) {
    this.index = index;
    this.holdings = List.copyOf(holdings);
    this.activities = List.copyOf(activities);
    this.stated = null;
    this.profile = profile;
  }

  SyntheticHolder(long index, HolderRecord record, LearnerProfile profile) {
    this.index = index;
    this.holdings = record.holdings();
    this.activities = record.activities();
    this.stated = record;
    this.profile = profile;
  }

  /**
   * Returns the holder's position in the population.
   *
   * @return the index, from 0
   */
  public long index() {
    return index;
  }

  /**
   * Returns the credentials held, earliest earned first.
   *
   * @return one to four holdings, not null
   */
  public List<CredentialHolding> holdings() {
    return holdings;
  }

  /**
   * Returns the continuing education activities, in the order completed.
   *
   * @return the activities, not null
   */
  public List<CeActivity> activities() {
    return activities;
  }

  /**
   * Returns the holder's learner profile: the credentials held with the days earned, education and
   * experience.
   *
   * @return the profile, not null
   */
  public LearnerProfile profile() {
    return profile;
  }

  /**
   * Returns the holder's record, for
   * {@link org.himkit.renewal.RenewalEvaluator#assess(HolderRecord, java.time.LocalDate)}: the holdings
   * and activities, complete for a holder of a population without status shares; a holder built for a
   * status ({@link SyntheticPopulation#withStatusShares(double, double, double)}) may state that its
   * records begin on a day, or a good standing with its issuer through a day, which its status depends on.
   *
   * @return the record, not null
   */
  public HolderRecord record() {
    return stated != null ? stated : HolderRecord.of(holdings, activities);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SyntheticHolder other && other.index == index && other.holdings.equals(holdings)
        && other.activities.equals(activities) && Objects.equals(other.stated, stated) && other.profile.equals(profile);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, holdings, activities, stated, profile);
  }

  /**
   * Returns the holder as text: the index, the holdings and the number of activities.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    HolderRecord s = stated;
    return "SyntheticHolder{index=" + index + ", holdings=" + holdings + ", activities=" + activities.size()
        + (s == null ? "" : s.recordsBegin().map(d -> ", recordsBegin=" + d).orElse("")
            + (s.goodStandingThrough().isEmpty() ? "" : ", goodStandingThrough=" + s.goodStandingThrough())) + "}";
  }
}
