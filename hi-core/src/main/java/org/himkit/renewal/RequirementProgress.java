package org.himkit.renewal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.ErrorCode;
import org.himkit.OrganizationId;
import org.himkit.internal.Checks;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.Ceus;
import org.himkit.policy.MandatoryActivity;

/**
 * Progress toward one requirement of a cycle: the CEU total, one of the policy's content rules or
 * credential content rules, or one of its mandatory activities, each by reference to the rule, with the amounts required and earned.
 *
 * <p>For a mandatory activity the amounts count activities ({@link AmountUnit#ACTIVITIES}), held as
 * whole {@link Ceus} so that every requirement reads the same way, and {@link #yearsMissing()} lists the
 * years of the cycle that lack one. {@link org.himkit.text.HimText#describe(RequirementProgress)} gives
 * the requirement in words.
 *
 * <pre>{@code
 * for (RequirementProgress r : assessment.requirements()) {
 *   if (r.kind() == RequirementKind.TOTAL) {
 *     widget.show(r.earned(), r.required(), r.remaining());
 *   }
 * }
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind  which rule this is, not null
 * @param contentRule  the policy's content rule, present exactly for {@link RequirementKind#CONTENT_RULE}
 * @param mandatoryActivity  the policy's mandatory activity, present exactly for
 *     {@link RequirementKind#MANDATORY_ACTIVITY}
 * @param credentialContentRule  the policy's credential content rule, present exactly for
 *     {@link RequirementKind#CREDENTIAL_CONTENT_RULE}
 * @param issuer  the issuer whose rule it is, not null
 * @param unit  what the amounts count, not null
 * @param required  the amount required, not null
 * @param earned  the amount earned so far, not null
 * @param yearsMissing  for a mandatory activity, the cycle years that lack it, in order; otherwise empty
 */
public record RequirementProgress(RequirementKind kind, Optional<ContentRule> contentRule,
    Optional<MandatoryActivity> mandatoryActivity, Optional<CredentialContentRule> credentialContentRule,
    OrganizationId issuer, AmountUnit unit, Ceus required,
    Ceus earned, List<CycleYear> yearsMissing) {
  /**
   * Creates a progress entry after checking it.
   *
   * @param kind  which rule this is, not null
   * @param contentRule  the content rule, present exactly for a content rule
   * @param mandatoryActivity  the mandatory activity, present exactly for a mandatory activity
   * @param credentialContentRule  the credential content rule, present exactly for one
   * @param issuer  the issuer, not null
   * @param unit  what the amounts count, not null
   * @param required  the amount required, not null
   * @param earned  the amount earned, not null
   * @param yearsMissing  the cycle years lacking a mandatory activity, empty for other kinds
   * @throws org.himkit.HimValidationException if the rule does not match the kind, or years are missing
   *     for another kind
   * @throws NullPointerException if an argument is null
   */
  public RequirementProgress {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(contentRule, "contentRule");
    Objects.requireNonNull(mandatoryActivity, "mandatoryActivity");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(earned, "earned");
    yearsMissing = List.copyOf(Objects.requireNonNull(yearsMissing, "yearsMissing")); // the JDK's: start-up
    boolean content = kind == RequirementKind.CONTENT_RULE;
    boolean mandatory = kind == RequirementKind.MANDATORY_ACTIVITY;
    boolean credential = kind == RequirementKind.CREDENTIAL_CONTENT_RULE;
    if (content != contentRule.isPresent() || mandatory != mandatoryActivity.isPresent()
        || credential != credentialContentRule.isPresent()
        || (!mandatory && !yearsMissing.isEmpty()) || mandatory != (unit == AmountUnit.ACTIVITIES)) {
      Checks.require(false, ErrorCode.INVALID_VALUE, "requirement progress of " + issuer, "kind",
          "must come with exactly its rule, in activities exactly for a mandatory activity, and with missing "
              + "years only for a mandatory activity", kind);
    }
  }

  /**
   * Obtains the progress toward a cycle's CEU total.
   *
   * @param issuer  the issuer, not null
   * @param unit  {@link AmountUnit#CEUS} or {@link AmountUnit#CE_HOURS}, not null
   * @param required  the total required, not null
   * @param earned  the total earned, not null
   * @return the progress, not null
   */
  public static RequirementProgress total(OrganizationId issuer, AmountUnit unit, Ceus required, Ceus earned) {
    return new RequirementProgress(RequirementKind.TOTAL, Optional.empty(), Optional.empty(), Optional.empty(), issuer,
        unit, required, earned, List.of());
  }

  /**
   * Obtains the progress toward a content rule.
   *
   * @param rule  the policy's rule, not null
   * @param issuer  the issuer, not null
   * @param unit  {@link AmountUnit#CEUS} or {@link AmountUnit#CE_HOURS}, not null
   * @param required  the share required, not null
   * @param earned  the qualifying amount earned, not null
   * @return the progress, not null
   */
  public static RequirementProgress content(ContentRule rule, OrganizationId issuer, AmountUnit unit,
      Ceus required, Ceus earned) {
    return new RequirementProgress(RequirementKind.CONTENT_RULE, Optional.of(Objects.requireNonNull(rule, "rule")),
        Optional.empty(), Optional.empty(), issuer, unit, required, earned, List.of());
  }

  /**
   * Obtains the progress toward a credential content rule: its {@link CredentialContentRule#minimum()}
   * required.
   *
   * @param rule  the policy's rule, not null
   * @param issuer  the issuer, not null
   * @param unit  {@link AmountUnit#CEUS} or {@link AmountUnit#CE_HOURS}, not null
   * @param earned  the amount earned on the credential's subject, not null
   * @return the progress, not null
   */
  public static RequirementProgress credentialContent(CredentialContentRule rule, OrganizationId issuer,
      AmountUnit unit, Ceus earned) {
    Objects.requireNonNull(rule, "rule");
    return new RequirementProgress(RequirementKind.CREDENTIAL_CONTENT_RULE, Optional.empty(), Optional.empty(),
        Optional.of(rule), issuer, unit, rule.minimum(), earned, List.of());
  }

  /**
   * Obtains the progress toward a mandatory activity.
   *
   * @param activity  the policy's mandatory activity, not null
   * @param issuer  the issuer, not null
   * @param required  the number of activities required, not null
   * @param earned  the number completed, counted at most {@link MandatoryActivity#perCycleYear()} a year
   * @param yearsMissing  the cycle years that lack it, not null
   * @return the progress, not null
   */
  public static RequirementProgress mandatory(MandatoryActivity activity, OrganizationId issuer, Ceus required,
      Ceus earned, List<CycleYear> yearsMissing) {
    return new RequirementProgress(RequirementKind.MANDATORY_ACTIVITY, Optional.empty(),
        Optional.of(Objects.requireNonNull(activity, "activity")), Optional.empty(),
        issuer, AmountUnit.ACTIVITIES, required, earned, yearsMissing);
  }

  /**
   * Checks whether the requirement is met.
   *
   * @return true if the earned amount is at least the required amount and, for a mandatory activity, no
   *     year lacks it
   */
  public boolean met() {
    return earned.isAtLeast(required) && yearsMissing.isEmpty();
  }

  /**
   * Returns the amount still missing.
   *
   * @return the required amount minus the earned amount, or zero, not null
   */
  public Ceus remaining() {
    return required.minusOrZero(earned);
  }
}
