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
  private final LearnerProfile profile;

  SyntheticHolder(long index, List<CredentialHolding> holdings, List<CeActivity> activities, LearnerProfile profile) {
    this.index = index;
    this.holdings = List.copyOf(holdings);
    this.activities = List.copyOf(activities);
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
   * Returns the holder's holdings and activities as a complete record, for
   * {@link org.himkit.renewal.RenewalEvaluator#assess(HolderRecord, java.time.LocalDate)}.
   *
   * @return the record, not null
   */
  public HolderRecord record() {
    return HolderRecord.of(holdings, activities);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SyntheticHolder other && other.index == index && other.holdings.equals(holdings)
        && other.activities.equals(activities) && other.profile.equals(profile);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, holdings, activities, profile);
  }

  /**
   * Returns the holder as text: the index, the holdings and the number of activities.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "SyntheticHolder{index=" + index + ", holdings=" + holdings + ", activities=" + activities.size() + "}";
  }
}
