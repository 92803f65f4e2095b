package org.himkit.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.himkit.CredentialId;
import org.himkit.policy.Ceus;
import org.jspecify.annotations.Nullable;

/**
 * Stage 4 of an assessment: which credentials a cycle's requirement is for, and how many CEUs it
 * requires. A credential counts from the first cycle beginning on or after the day it was earned; one
 * replaced by another held (RHIT by RHIA) drops out; one the version names no requirement for (a retired
 * credential) is left out; the single requirements combine by the version's multi-credential rule.
 *
 * <p>The credentials are kept as bit masks over the group's holdings (bit {@code i} for holding
 * {@code i}), and the lists are built only when an answer asks for them, in the order of the holdings;
 * the total of several credentials is combined once per version and set of credentials
 * ({@link VersionPlan#combined}).
 *
 * <p>This class is immutable. The credentials of a cycle in which every holding of a group is in force and
 * none joins depend only on the holdings laid out and the version: the group keeps them
 * ({@link HoldingGroups.Group#steady}), shared by the holders of its shape, with the list of those counted; for a
 * group of a few holdings it keeps those of the other cycles too, by the masks of the holdings in force and joining
 * ({@link HoldingGroups.Group#state}).
 */
final class CycleCredentials {
  /** The most holdings one issuer's group may have: one bit each in a {@code long}. */
  static final int MAX_HOLDINGS = 64;

  /** The group's holdings laid out ({@link HoldingGroups.Group#laidOut()}): what the lists are built from. */
  private final HoldingGroups.Held[] held;
  private final long countedMask;
  private final long supersededMask;
  private final long notCoveredMask;
  private final long joiningMask;
  private final long required;
  private final @Nullable NotAssessedKind problem;
  /** {@link #counted()}, built once for credentials kept by a group for every holder of its shape; else null. */
  private final @Nullable List<CredentialId> countedIds;

  private CycleCredentials(HoldingGroups.Held[] held, long counted, long superseded, long notCovered,
      long joining, long required, @Nullable NotAssessedKind problem) {
    this.held = held;
    this.countedMask = counted;
    this.supersededMask = superseded;
    this.notCoveredMask = notCovered;
    this.joiningMask = joining;
    this.required = required;
    this.problem = problem;
    this.countedIds = null;
  }

  /** The same credentials with their list of those counted built, to be shared. */
  private CycleCredentials(CycleCredentials c) {
    this.held = c.held;
    this.countedMask = c.countedMask;
    this.supersededMask = c.supersededMask;
    this.notCoveredMask = c.notCoveredMask;
    this.joiningMask = c.joiningMask;
    this.required = c.required;
    this.problem = c.problem;
    this.countedIds = c.ids(c.countedMask);
  }

  /**
   * Works out the credentials and the full requirement of a cycle.
   *
   * @param version  the version governing the cycle
   * @param group  the holdings of one policy, at most {@link #MAX_HOLDINGS}
   * @param start  the cycle's first day
   * @param end  the cycle's last day
   * @return the credentials, not null
   */
  static CycleCredentials of(VersionPlan version, HoldingGroups.Group group, LocalDate start, LocalDate end) {
    return of(version, group, start.toEpochDay(), end.toEpochDay(), null);
  }

  /**
   * Works out the credentials and the full requirement of a cycle given by its days, as
   * {@link #of(VersionPlan, HoldingGroups.Group, LocalDate, LocalDate)} does, giving back the credentials of the cycle before if they are
   * the same: a walk's cycles mostly are, and a walk keeps only those of the cycle it reports.
   *
   * @param version  the version governing the cycle
   * @param group  the holdings of one policy, at most {@link #MAX_HOLDINGS}
   * @param startDay  the cycle's first day, as an epoch day
   * @param endDay  the cycle's last day, as an epoch day
   * @param before  the full credentials of the cycle before, of the same group, or null
   * @return the credentials, {@code before} if equal to it, not null
   */
  static CycleCredentials of(VersionPlan version, HoldingGroups.Group group, long startDay, long endDay,
      @Nullable CycleCredentials before) {
    int n = group.size();
    long inForce = 0;
    long joining = 0;
    for (int i = 0; i < n; i++) {
      long earned = group.earnedDay(i);
      if (earned <= startDay) {
        inForce |= 1L << i;
      } else if (earned <= endDay) {
        joining |= 1L << i;
      }
    }
    // Every holding in force and none joining: the credentials depend only on the holdings laid out and the
    // version, and the group keeps them for every holder of its shape.
    boolean steady = joining == 0 && inForce == (n == MAX_HOLDINGS ? -1L : (1L << n) - 1);
    if (steady) {
      CycleCredentials kept = group.steady(version.index);
      if (kept != null) {
        return kept;
      }
    }
    // Else, for a group of a few holdings, the group keeps them by the masks alike (a credential joining later).
    int state = !steady && n <= HoldingGroups.Group.STATE_HOLDINGS ? (int) (inForce | (joining << n)) : -1;
    if (state >= 0) {
      CycleCredentials kept = group.state(version.index, state);
      if (kept != null) {
        return kept;
      }
    }
    CycleCredentials c = of(version, group.laidOut(), inForce, joining, before);
    if ((steady || state >= 0) && c.problem == null) {
      c = c.countedIds != null ? c : new CycleCredentials(c);
      if (steady) {
        group.keepSteady(version.index, c);
      } else {
        group.keepState(version.index, state, c);
      }
    }
    return c;
  }

  /** The credentials of the holdings in force and joining, as {@link #of(VersionPlan, HoldingGroups.Group, long,
   * long, CycleCredentials)} works them out. */
  private static CycleCredentials of(VersionPlan version, HoldingGroups.Held[] held, long inForce, long joining,
      @Nullable CycleCredentials before) {
    int n = held.length;
    long superseded = 0;
    long notCovered = 0;
    long counted = 0;
    int count = 0;
    long highest = 0;
    long single = 0;
    long key = 0;
    boolean keyed = true;
    int k = version.index;
    for (int i = 0; i < n; i++) {
      if ((inForce & 1L << i) == 0) {
        continue;
      }
      HoldingGroups.Held h = held[i];
      if ((h.supersededBy() & inForce) != 0) {
        superseded |= 1L << i;
      } else if (!h.ownPolicy()) {
        // joined the group only as replaced by another credential, which is not yet held: nothing to record
      } else if (h.required()[k] < 0) {
        notCovered |= 1L << i;
      } else {
        counted |= 1L << i;
        count++;
        single = h.required()[k];
        highest = Math.max(highest, single);
        int bit = h.bit()[k];
        keyed &= bit >= 0;
        key |= bit >= 0 ? 1L << bit : 0;
      }
    }
    if (count == 0) {
      return new CycleCredentials(held, counted, superseded, notCovered, joining, 0,
          NotAssessedKind.NOT_COVERED_BY_VERSION);
    }
    if (count == 1) {
      return before != null && before.same(counted, superseded, notCovered, joining, single) ? before
          : new CycleCredentials(held, counted, superseded, notCovered, joining, single, null);
    }
    if (version.multi == null) {
      return new CycleCredentials(held, counted, superseded, notCovered, joining, 0,
          NotAssessedKind.NO_MULTI_CREDENTIAL_RULE);
    }
    long combined = keyed ? version.combined(key) : -1;
    if (combined < 0) {
      List<Ceus> singles = new ArrayList<>(count);
      for (int i = 0; i < n; i++) {
        if ((counted & 1L << i) != 0) {
          singles.add(Ceus.ofHundredths(held[i].required()[k]));
        }
      }
      combined = version.multi.required(singles).hundredths();
      if (keyed) {
        version.remember(key, combined);
      }
    }
    return before != null && before.same(counted, superseded, notCovered, joining, combined) ? before
        : new CycleCredentials(held, counted, superseded, notCovered, joining, combined, null);
  }

  /** Whether these credentials, without a problem, are those of the masks and requirement given. */
  private boolean same(long counted, long superseded, long notCovered, long joining, long required) {
    return problem == null && countedMask == counted && supersededMask == superseded
        && notCoveredMask == notCovered && joiningMask == joining && this.required == required;
  }

  /**
   * Returns these credentials with another requirement, such as a short first cycle's.
   *
   * @param hundredths  the requirement in hundredths
   * @return the credentials, not null
   */
  CycleCredentials requiring(long hundredths) {
    return new CycleCredentials(held, countedMask, supersededMask, notCoveredMask, joiningMask, hundredths, problem);
  }

  /**
   * Returns the CEUs required, in hundredths.
   *
   * @return the hundredths; meaningless if there is a problem
   */
  long required() {
    return required;
  }

  /**
   * Returns why the cycle cannot be assessed.
   *
   * @return the problem, or null
   */
  @Nullable NotAssessedKind problem() {
    return problem;
  }

  /**
   * Returns the credentials the requirement is for.
   *
   * @return the credentials, in the order of the holdings
   */
  List<CredentialId> counted() {
    return countedIds != null ? countedIds : ids(countedMask);
  }

  /**
   * Returns the credentials replaced by another one held.
   *
   * @return the credentials, in the order of the holdings
   */
  List<CredentialId> superseded() {
    return ids(supersededMask);
  }

  /**
   * Returns the credentials the version names no requirement for.
   *
   * @return the credentials, in the order of the holdings
   */
  List<CredentialId> notCovered() {
    return ids(notCoveredMask);
  }

  /**
   * Returns the credentials earned within the cycle, after its first day.
   *
   * @return the credentials, in the order of the holdings
   */
  List<CredentialId> joining() {
    return ids(joiningMask);
  }

  /**
   * Checks whether a credential counted is among some, without building the list.
   *
   * @param ids  the credentials
   * @return true if one of the credentials counted is in {@code ids}
   */
  boolean countsAnyOf(Set<CredentialId> ids) {
    for (int i = 0; i < held.length; i++) {
      if ((countedMask & 1L << i) != 0 && ids.contains(held[i].id())) {
        return true;
      }
    }
    return false;
  }

  private List<CredentialId> ids(long mask) {
    if (mask == 0) {
      return List.of();
    }
    if (Long.bitCount(mask) == 1) {
      return held[Long.numberOfTrailingZeros(mask)].alone();
    }
    List<CredentialId> out = new ArrayList<>(Long.bitCount(mask)); // the JDK's, not Guava's: start-up
    for (int i = 0; i < held.length; i++) {
      if ((mask & 1L << i) != 0) {
        out.add(held[i].id());
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }
}
