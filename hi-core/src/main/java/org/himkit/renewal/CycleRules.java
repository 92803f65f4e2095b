package org.himkit.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himkit.policy.ContentRule;
import org.himkit.policy.MandatoryActivity;

/**
 * The requirements of one cycle in primitive form, as the requirement judge lays them out: the total and
 * each content rule's minimum in hundredths, and for each mandatory activity that applies, the years of
 * the cycle it is required in.
 *
 * <p>This class is immutable once built and is confined to one assessment.
 */
final class CycleRules {
  final long required;
  final ContentRule[] contentRules;
  final long[] contentMinimum;
  final MandatoryActivity[] mandatory;
  /** The first day of each year of the cycle, as epoch days. */
  final long[] yearFrom;
  /** The last day of each year of the cycle (the window's end for the last), as epoch days. */
  final long[] yearTo;
  /** The natural last day of each year, for key dates. */
  final long[] yearNaturalEnd;
  /** For each applicable mandatory activity, whether each year requires it. */
  final boolean[][] yearRequired;

  CycleRules(long required, ContentRule[] contentRules, long[] contentMinimum, MandatoryActivity[] mandatory,
      long[] yearFrom, long[] yearTo, long[] yearNaturalEnd, boolean[][] yearRequired) {
    this.required = required;
    this.contentRules = contentRules;
    this.contentMinimum = contentMinimum;
    this.mandatory = mandatory;
    this.yearFrom = yearFrom;
    this.yearTo = yearTo;
    this.yearNaturalEnd = yearNaturalEnd;
    this.yearRequired = yearRequired;
  }

  /**
   * Returns the year of the cycle a day falls in.
   *
   * @param day  the epoch day
   * @return the year index, or -1 if none
   */
  int yearOf(long day) {
    for (int y = 0; y < yearFrom.length; y++) {
      if (day >= yearFrom[y] && day <= yearTo[y]) {
        return y;
      }
    }
    return -1;
  }

  /**
   * Returns the last days of the years that require a mandatory activity and end before the cycle does.
   *
   * @param cycleEnd  the cycle's last day, as an epoch day
   * @return the days in order, possibly empty
   */
  List<LocalDate> mandatoryYearEnds(long cycleEnd) {
    List<LocalDate> out = new ArrayList<>(2);
    for (int y = 0; y < yearFrom.length; y++) {
      if (yearNaturalEnd[y] < cycleEnd && anyRequires(y)) {
        out.add(LocalDate.ofEpochDay(yearNaturalEnd[y]));
      }
    }
    return out;
  }

  private boolean anyRequires(int year) {
    for (boolean[] required : yearRequired) {
      if (required[year]) {
        return true;
      }
    }
    return false;
  }
}
