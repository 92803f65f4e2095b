package org.himkit.renewal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.policy.Ceus;
import org.himkit.policy.MultiCredentialRule;
import org.jspecify.annotations.Nullable;

/**
 * Stage 4 of an assessment: which credentials a cycle's requirement is for, and how many CEUs it
 * requires. A credential counts from the first cycle beginning on or after the day it was earned; one
 * replaced by another held (RHIT by RHIA) drops out; one the version names no requirement for (a retired
 * credential) is left out; the single requirements combine by the version's multi-credential rule.
 *
 * <p>This record is immutable.
 *
 * @param counted  the credentials the requirement is for
 * @param superseded  the credentials replaced by another one held
 * @param notCovered  the credentials the version names no requirement for
 * @param joining  the credentials earned within the cycle, after its first day
 * @param required  the CEUs required, in hundredths; meaningless if there is a problem
 * @param problem  why the cycle cannot be assessed, or null
 */
record CycleCredentials(List<CredentialId> counted, List<CredentialId> superseded, List<CredentialId> notCovered,
    List<CredentialId> joining, long required, @Nullable NotAssessedKind problem) {

  /**
   * Works out the credentials and the full requirement of a cycle.
   *
   * @param version  the version governing the cycle
   * @param held  the holdings of the group, in the order given
   * @param start  the cycle's first day
   * @param end  the cycle's last day
   * @return the credentials, not null
   */
  static CycleCredentials of(VersionPlan version, List<HoldingGroups.Held> held, LocalDate start, LocalDate end) {
    List<HoldingGroups.Held> inForce = new ArrayList<>(held.size());
    List<CredentialId> joining = List.of();
    for (HoldingGroups.Held h : held) {
      if (!h.earned().isAfter(start)) {
        inForce.add(h);
      } else if (!h.earned().isAfter(end)) {
        joining = append(joining, h.id());
      }
    }
    List<CredentialId> superseded = List.of();
    List<CredentialId> notCovered = List.of();
    List<CredentialId> counted = List.of();
    List<Ceus> singles = new ArrayList<>(inForce.size());
    Map<CredentialId, Ceus> table = version.policy.requiredCeus();
    for (HoldingGroups.Held h : inForce) {
      Ceus single = table.get(h.id());
      if (supersededAmong(h, inForce)) {
        superseded = append(superseded, h.id());
      } else if (h.credential().renewalPolicy().isEmpty()) {
        // joined the group only as replaced by another credential, which is not yet held: nothing to record
      } else if (single == null) {
        notCovered = append(notCovered, h.id());
      } else {
        counted = append(counted, h.id());
        singles.add(single);
      }
    }
    return new CycleCredentials(counted, superseded, notCovered, joining, 0, null).combine(version, singles);
  }

  /** These credentials with the total their single requirements combine to. */
  private CycleCredentials combine(VersionPlan version, List<Ceus> singles) {
    Optional<MultiCredentialRule> multi = version.policy.multiCredentialRule();
    if (singles.isEmpty()) {
      return new CycleCredentials(counted, superseded, notCovered, joining, 0, NotAssessedKind.NOT_COVERED_BY_VERSION);
    } else if (singles.size() == 1) {
      return requiring(singles.get(0).hundredths());
    } else if (multi.isEmpty()) {
      return new CycleCredentials(counted, superseded, notCovered, joining, 0,
          NotAssessedKind.NO_MULTI_CREDENTIAL_RULE);
    }
    return requiring(multi.get().required(singles).hundredths());
  }

  /** A list with one more element: most of these lists are empty or hold one credential. */
  private static List<CredentialId> append(List<CredentialId> list, CredentialId id) {
    return list.isEmpty() ? List.of(id) : ImmutableList.<CredentialId>builder().addAll(list).add(id).build();
  }

  private static boolean supersededAmong(HoldingGroups.Held h, List<HoldingGroups.Held> inForce) {
    for (HoldingGroups.Held o : inForce) {
      if (o.credential().supersedes().contains(h.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns these credentials with another requirement, such as a short first cycle's.
   *
   * @param hundredths  the requirement in hundredths
   * @return the credentials, not null
   */
  CycleCredentials requiring(long hundredths) {
    return new CycleCredentials(counted, superseded, notCovered, joining, hundredths, problem);
  }
}
