package org.himkit.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.himkit.Citation;
import org.himkit.ErrorCode;
import org.himkit.RenewalPolicyId;
import org.himkit.internal.HimDataStyle;
import org.himkit.internal.Problems;
import org.himkit.internal.Text;
import org.immutables.value.Value;

/**
 * One version of an issuer's rules for keeping its credentials: the cycle, the CEUs required per
 * credential, the rules on content (shares of the total and credential-specific minimums), mandatory
 * activities, several credentials, lapse, carryover and contact time, and the sources.
 *
 * <p>Policies are effective-dated: AHIMA changed its rules on 2021-01-01 and on 2025-01-01, and each
 * version is a separate {@code RenewalPolicy} with the same {@link #id()} and ranges that do not
 * overlap. A cycle is judged by the version in force on the day it began. The catalog holds the
 * versions; credentials refer to the policy by id.
 *
 * <p>Every rule beyond the cycle and the CEU table is optional: an empty value means the sources
 * consulted state no such rule for this version, never that the issuer has none. Each rule carries its
 * own citation. The evaluator in {@code org.himkit.renewal} applies them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimDataStyle // the JDK's collections in the generated code: start-up
public abstract class RenewalPolicy {
  RenewalPolicy() {}

  /**
   * Returns the id of the policy this version belongs to, such as {@code AHIMA-RECERTIFICATION}.
   *
   * @return the id, not null
   */
  public abstract RenewalPolicyId id();

  /**
   * Returns a name for this version, such as {@code "AHIMA recertification, 2021"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the issuer whose rules these are.
   *
   * @return the issuer, not null
   */
  public abstract org.himkit.OrganizationId issuer();

  /**
   * Returns the first day this version applies to cycles beginning on or after it.
   *
   * @return the first day, empty if the version applies since before the sources' records
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * Returns the last day a cycle may begin on under this version.
   *
   * @return the last day, empty if the version is still in force
   */
  public abstract Optional<LocalDate> effectiveTo();

  /**
   * Returns the length of one renewal cycle, such as two years.
   *
   * @return the cycle length, positive
   */
  public abstract Period cycleLength();

  /**
   * Returns what the cycle is anchored to.
   *
   * @return the anchor, not null
   */
  public abstract CycleAnchor cycleAnchor();

  /**
   * Returns the CEUs required per cycle for each credential held alone.
   *
   * @return the requirements by credential, not empty, in the order given
   */
  public abstract Map<org.himkit.CredentialId, Ceus> requiredCeus();

  /**
   * Returns the unit the issuer counts continuing education in: {@link CeUnit#CEUS} (AHIMA, AAPC) or
   * {@link CeUnit#CE_HOURS} (NCRA). The amounts are {@link Ceus} either way.
   *
   * @return the unit, {@link CeUnit#CEUS} unless given
   */
  @Value.Default
  public CeUnit unit() {
    return CeUnit.CEUS;
  }

  /**
   * Returns the library's documented choices this version relies on where its sources leave a rule
   * open, each linked to the known omission that documents it, such as {@link RenewalChoice#CYCLE_END}
   * to {@code ahima-cycle-end}. An assessment that rests on a choice carries the linked id.
   *
   * @return the choices, possibly empty, in the order given
   */
  public abstract Map<RenewalChoice, org.himkit.KnownOmissionId> choices();

  /**
   * Returns the known omission documenting a choice this version relies on.
   *
   * @param choice  the choice, not null
   * @return the id of the known omission, empty if this version does not rely on the choice
   */
  public Optional<org.himkit.KnownOmissionId> choice(RenewalChoice choice) {
    Objects.requireNonNull(choice, "choice");
    return Optional.ofNullable(choices().get(choice));
  }

  /**
   * Returns the rules on what the CEUs must be about or where they must come from, such as AHIMA's
   * "Eighty (80) percent of all CEUs must be earned within the HIIM domain".
   *
   * @return the content rules, possibly empty
   */
  public abstract List<ContentRule> contentRules();

  /**
   * Returns the rules that holders of a credential earn a minimum of CEUs on its own subject within the
   * total, such as AAPC's "If CPMA, 16 must be related to auditing".
   *
   * @return the rules, possibly empty, each for a credential this version covers
   */
  public abstract List<CredentialContentRule> credentialContentRules();

  /**
   * Returns the activities required of holders of some credentials, such as AHIMA's annual coding
   * self-reviews before 2021; one discontinued on a date for everyone says so in
   * {@link MandatoryActivity#lastDay()}.
   *
   * @return the mandatory activities, possibly empty
   */
  public abstract List<MandatoryActivity> mandatoryActivities();

  /**
   * Returns how the requirements of several credentials held together combine.
   *
   * @return the rule, empty if the sources state none (then several credentials cannot be assessed)
   */
  public abstract Optional<MultiCredentialRule> multiCredentialRule();

  /**
   * Returns what happens when a cycle ends with its requirements unmet: the evaluator applies the rule of
   * the version in force on the day after the cycle ends (see {@link LapseRule}).
   *
   * @return the rule, empty if the sources state none
   */
  public abstract Optional<LapseRule> lapseRule();

  /**
   * Returns whether excess CEUs carry over to the next cycle.
   *
   * @return the rule, empty if the sources say nothing about it
   */
  public abstract Optional<CarryoverRule> carryover();

  /**
   * Returns how contact time converts to CEUs.
   *
   * @return the rule, empty if the sources state none (activities given only in minutes then earn
   *     nothing under this version)
   */
  public abstract Optional<ContactTimeRule> contactTimeRule();

  /**
   * Returns the categories of activity this version accepts.
   *
   * @return the accepted categories, every category unless given
   */
  @Value.Default
  public Set<CeCategory> acceptedCategories() {
    return EnumSet.allOf(CeCategory.class);
  }

  /**
   * Returns the activities the issuer names as qualifying for CE credit under this version, in the
   * sources' order, with the category each counts in (AHIMA: the activities that "qualify for the 20
   * percent of CEUs not related to HIIM domains"). A CE tracker can offer them by name.
   *
   * @return the activities, possibly empty (the sources of this version name none)
   */
  public abstract List<QualifyingActivity> qualifyingActivities();

  /**
   * Returns the source requiring CEUs to come from providers the issuer approves, such as AAPC's "CEUs
   * must come from AAPC-approved vendors".
   *
   * @return the citation, empty if this version accepts any provider
   */
  public abstract Optional<Citation> issuerApprovalRequired();

  /**
   * Returns the source saying that CEUs earned before certification never count, such as AAPC's "CEUs
   * earned prior to certification will not be accepted."
   *
   * <p>The evaluator never counts such CEUs under any policy, because a cycle begins no earlier than
   * the day a credential was earned; this attribute records where an issuer says so explicitly.
   *
   * @return the citation, empty if the sources do not say so in as many words
   */
  public abstract Optional<Citation> ceusBeforeCertificationExcluded();

  /**
   * Returns the sources of this policy version.
   *
   * @return the citations, not empty
   */
  public abstract List<org.himkit.Citation> citations();

  /**
   * Checks whether a cycle beginning on the given date is governed by this version.
   *
   * @param cycleStart the first day of the cycle, not null
   * @return true if the date is within this version's effective range
   */
  public boolean isEffectiveOn(LocalDate cycleStart) {
    Objects.requireNonNull(cycleStart, "cycleStart");
    return effectiveFrom().map(f -> !cycleStart.isBefore(f)).orElse(true)
        && effectiveTo().map(t -> !cycleStart.isAfter(t)).orElse(true);
  }

  /**
   * Returns the CEUs required per cycle for a credential held alone.
   *
   * @param credential the credential, not null
   * @return the requirement, empty if this policy does not cover the credential
   */
  public Optional<Ceus> requiredCeus(org.himkit.CredentialId credential) {
    Objects.requireNonNull(credential, "credential");
    return Optional.ofNullable(requiredCeus().get(credential));
  }

  @Value.Check
  void check() {
    Problems p = Problems.of("renewal policy " + id() + " (" + Text.bounded(name()) + ")");
    p.text(name(), "name");
    p.require(!cycleLength().isNegative() && !cycleLength().isZero(), ErrorCode.INVALID_VALUE, "cycleLength",
        "must be positive", cycleLength());
    if (effectiveFrom().isPresent() && effectiveTo().isPresent()) {
      p.require(!effectiveTo().get().isBefore(effectiveFrom().get()), ErrorCode.INVALID_RANGE, "effectiveTo",
          "must not be before effectiveFrom " + effectiveFrom().get(), effectiveTo().get());
    }
    p.notEmpty(requiredCeus().keySet(), "requiredCeus", "must name at least one credential");
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.notEmpty(acceptedCategories(), "acceptedCategories", "must accept at least one category");
    // the rules whose wording names the value are written out only when broken
    for (QualifyingActivity a : qualifyingActivities()) {
      if (!acceptedCategories().contains(a.category())) {
        p.require(false, ErrorCode.INVALID_VALUE, "qualifyingActivities",
            "must count in a category this version accepts (" + Text.bounded(a.name()) + ")", a.category());
      }
    }
    for (CredentialContentRule r : credentialContentRules()) {
      Ceus total = requiredCeus().get(r.credential());
      if (total == null) {
        p.require(false, ErrorCode.INVALID_VALUE, "credentialContentRules",
            "must name only credentials this version covers", r.credential());
      } else if (!total.isAtLeast(r.minimum())) {
        p.require(false, ErrorCode.INVALID_VALUE, "credentialContentRules",
            "must not ask more of " + r.credential() + " than its " + total + " CEUs", r.minimum());
      }
    }
    for (MandatoryActivity m : mandatoryActivities()) {
      p.require(requiredCeus().keySet().containsAll(m.credentials()), ErrorCode.INVALID_VALUE, "mandatoryActivities",
          "must name only credentials this version covers", m.credentials());
    }
    p.check();
  }


  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link RenewalPolicy} values. */
  public static final class Builder extends ImmutableRenewalPolicy.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
