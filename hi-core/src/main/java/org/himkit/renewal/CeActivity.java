package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.OrganizationId;
import org.himkit.internal.HimActivityStyle;
import org.himkit.internal.Problems;
import org.himkit.internal.Text;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.immutables.value.Value;

/**
 * A continuing education activity a holder completed: a webinar, a course, a conference session.
 *
 * <p>An activity is given either in CEUs, as its provider awarded them, or in minutes of contact time,
 * which each issuer's policy converts ({@link org.himkit.policy.ContactTimeRule}); not both. Its
 * category says whether it is within AHIMA's HIIM domains, and its provider may be one of an issuer's
 * own sources ({@link #sourceOf()}: AHIMA resources for AHIMA's 40 percent rule) or approved by an
 * issuer ({@link #approvedBy()}: AAPC accepts only CEUs from vendors it approves). An issuer's own
 * sources count as approved by it. Unless the caller says otherwise ({@link #notSourceOf()}), an activity
 * whose provider is the issuer itself, or a provider the issuer's content rule names (AHIMA: HCPro),
 * counts as from the issuer's sources too ({@link IssuerSource}). An activity may also be about the own
 * subject of a credential ({@link #specificTo()}: auditing for AAPC's CPMA).
 *
 * <p>Amounts are checked: a single activity of more than {@link #MAX_CEUS} CEUs or
 * {@link #MAX_MINUTES} minutes is taken to be a typing error and rejected, as is an activity dated
 * before 1900. Zero CEUs or minutes are rejected too. The id is at most 200 characters without control
 * characters, the title and provider at most 4,096 characters; none is blank.
 *
 * <p>The id, title and provider may be personal data (a certificate number, a course a person took):
 * neither {@link #toString()} nor the message of an exception shows them.
 *
 * <pre>{@code
 * CeActivity webinar = CeActivity.builder()
 *     .id("cert-2025-0412").title("ICD-10-CM coding update").provider("AHIMA")
 *     .completed(LocalDate.of(2025, 4, 12)).ceus(Ceus.parse("1.5"))
 *     .category(CeCategory.HIIM_DOMAIN).addSourceOf(OrganizationId.AHIMA)
 *     .build();
 * CeActivity course = CeActivity.builder()
 *     .id("course-7").title("Privacy law").provider("State association")
 *     .completed(LocalDate.of(2025, 6, 3)).minutes(90)   // the issuer's policy converts minutes
 *     .category(CeCategory.OTHER_RELEVANT)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimActivityStyle // HimDataStyle's, the derived attributes plain final fields
public abstract class CeActivity {
  /** The largest amount one activity may carry: 100 CEUs, more than any issuer requires per cycle. */
  public static final Ceus MAX_CEUS = Ceus.of(100);

  /** The longest contact time one activity may carry: 6,000 minutes, that is 100 hours. */
  public static final int MAX_MINUTES = 6_000;

  CeActivity() {}

  /**
   * Returns the caller's id of the activity, unique among the activities assessed together, such as a
   * certificate number.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the title of the activity.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the day the activity was completed.
   *
   * @return the date, not before 1900-01-01
   */
  public abstract LocalDate completed();

  /**
   * Returns the CEUs the provider awarded.
   *
   * @return the CEUs, positive and at most {@link #MAX_CEUS}; empty if the activity is given in minutes
   */
  public abstract Optional<Ceus> ceus();

  /**
   * Returns the contact time in minutes.
   *
   * @return the minutes, from 1 to {@link #MAX_MINUTES}; empty if the activity is given in CEUs
   */
  public abstract OptionalInt minutes();

  /**
   * Returns what the activity is about.
   *
   * @return the category, not null
   */
  public abstract CeCategory category();

  /**
   * Returns the provider, such as {@code "AHIMA"} or a component state association.
   *
   * @return the provider, not blank
   */
  public abstract String provider();

  /**
   * Returns the issuers whose own sources the provider is (AHIMA: "AHIMA resources (including HCPro
   * products, services, and family of brands) and/or the Component Associations").
   *
   * @return the issuers, possibly empty
   */
  public abstract Set<OrganizationId> sourceOf();

  /**
   * Returns the issuers whose own sources the caller says the provider is not, overriding the reading of
   * the provider's name ({@link IssuerSource#EXCLUDED_BY_CALLER}).
   *
   * @return the issuers, possibly empty, none of them in {@link #sourceOf()}
   */
  public abstract Set<OrganizationId> notSourceOf();

  /**
   * Returns the credentials whose own subject the activity is about, for their issuer's
   * {@link org.himkit.policy.CredentialContentRule}: an auditing course marked {@code CPMA} counts toward
   * AAPC's "If CPMA, 16 must be related to auditing". The caller says so, as with {@link #sourceOf()};
   * the library does not read a subject from a title.
   *
   * @return the credentials, possibly empty
   */
  public abstract Set<CredentialId> specificTo();

  /**
   * Returns the issuers that approved the activity for CEUs, such as AAPC.
   *
   * @return the issuers, possibly empty
   */
  public abstract Set<OrganizationId> approvedBy();

  /**
   * Checks whether the activity comes from, or is approved by, an issuer.
   *
   * @param issuer the issuer, not null
   * @return true if the issuer is in {@link #sourceOf()} or {@link #approvedBy()}
   */
  public boolean isApprovedBy(OrganizationId issuer) {
    java.util.Objects.requireNonNull(issuer, "issuer");
    return sourceOf().contains(issuer) || approvedBy().contains(issuer);
  }

  /**
   * Returns the completion day as an epoch day, for the evaluator's per-activity path. Worked out as the activity is
   * built, as {@link #amountCode}, {@link #marks} and {@link #idHash} are (every assessment reads the four of each
   * activity): a final field read as it is, where a lazy attribute's read first reads a volatile word of flags
   * ({@link org.himkit.internal.HimActivityStyle}). The hashes of the title and provider, read only for activities
   * sharing a day or an issuer's name, stay lazy.
   *
   * @return the epoch day
   */
  @Value.Derived
  @Value.Auxiliary
  long day() {
    return completed().toEpochDay();
  }

  /**
   * Returns the amount in primitive form, for the evaluator's per-activity path.
   *
   * @return the CEUs in hundredths if given in CEUs, else minus the minutes
   */
  @Value.Derived
  @Value.Auxiliary
  long amountCode() {
    // worked out as the activity is built, before its check: an activity given neither amount (refused) is 0 here
    return ceus().isPresent() ? ceus().get().hundredths() : minutes().isPresent() ? -minutes().getAsInt() : 0;
  }

  /** {@link #marks()}: the caller named issuers whose sources the provider is. */
  static final int MARKED_SOURCE = 1;
  /** {@link #marks()}: the caller named issuers whose sources the provider is not. */
  static final int MARKED_NOT_SOURCE = 2;
  /** {@link #marks()}: the caller named issuers that approved the activity. */
  static final int MARKED_APPROVED = 4;
  /** {@link #marks()}: the caller named credentials whose subject the activity is about. */
  static final int MARKED_SPECIFIC = 8;

  /** {@link #marks()}: the category's ordinal is kept above the marks, from this bit. */
  static final int CATEGORY_SHIFT = 8;

  /**
   * Returns which of the issuer sets are not empty, as bits, so that the evaluator's per-activity path
   * looks into a set only when it holds something; and above them the category's ordinal, so that the path
   * reads both from the activity's primitive fields, next to its day and amount, not from its category's
   * reference further on in the object.
   *
   * @return {@link #MARKED_SOURCE}, {@link #MARKED_NOT_SOURCE}, {@link #MARKED_APPROVED} and
   *     {@link #MARKED_SPECIFIC} combined in the low byte, the category's ordinal from {@link #CATEGORY_SHIFT}
   */
  @Value.Derived
  @Value.Auxiliary
  @SuppressWarnings("EnumOrdinal") // read back through CeCategory.values(), never stored outside the activity
  int marks() {
    return (sourceOf().isEmpty() ? 0 : MARKED_SOURCE) | (notSourceOf().isEmpty() ? 0 : MARKED_NOT_SOURCE)
        | (approvedBy().isEmpty() ? 0 : MARKED_APPROVED) | (specificTo().isEmpty() ? 0 : MARKED_SPECIFIC)
        | category().ordinal() << CATEGORY_SHIFT;
  }

  /**
   * Returns the hash of the id, kept with the activity so that the evaluator's duplicate check does not
   * reach into the id's text unless two hashes agree.
   *
   * @return the hash of {@link #id()}
   */
  @Value.Derived
  @Value.Auxiliary
  int idHash() {
    return id().hashCode();
  }

  /**
   * Returns the hash of the provider's key ({@link #providerKey()}), kept with the activity, computed without
   * building the key where it can be.
   *
   * @return the hash
   */
  @Value.Lazy
  int providerKeyHash() {
    return Text.nameKeyHash(provider());
  }

  /**
   * Returns the hash of the title's key ({@link #titleKey()}), kept with the activity, computed without
   * building the key where it can be.
   *
   * @return the hash
   */
  @Value.Lazy
  int titleKeyHash() {
    return Text.nameKeyHash(title());
  }

  /**
   * Returns the CEUs given, or zero if the activity is given in minutes, for the evaluator's per-activity
   * path.
   *
   * @return the CEUs, not null
   */
  @Value.Lazy
  Ceus givenCeus() {
    return ceus().orElse(Ceus.ZERO);
  }

  /**
   * Returns the title in the form duplicates are found by ({@link Text#nameKey(String)}: Unicode NFC,
   * spaces trimmed and runs of spaces made one space, lower case).
   *
   * @return the key, not null
   */
  @Value.Lazy
  String titleKey() {
    return Text.nameKey(title());
  }

  /**
   * Returns the provider in the form duplicates and issuer sources are found by (see {@link #titleKey()}).
   *
   * @return the key, not null
   */
  @Value.Lazy
  String providerKey() {
    return Text.nameKey(provider());
  }

  @Value.Check
  void check() {
    boolean amountOk = ceus().isPresent() != minutes().isPresent()
        && (ceus().isEmpty() || (!ceus().get().isZero() && MAX_CEUS.isAtLeast(ceus().get())))
        && (minutes().isEmpty() || (minutes().getAsInt() > 0 && minutes().getAsInt() <= MAX_MINUTES));
    if (!validText(id(), Text.MAX_CODE_LENGTH) || !validText(title(), Text.MAX_TEXT_LENGTH)
        || !validText(provider(), Text.MAX_TEXT_LENGTH) || completed().isBefore(CredentialHolding.EARLIEST)
        || !amountOk || !java.util.Collections.disjoint(sourceOf(), notSourceOf())) {
      reject();
    }
  }

  /** Whether a caller's text is not blank, at most {@code max} characters and, for an id, free of controls. */
  private static boolean validText(String text, int max) {
    return !Text.isBlank(text) && text.length() <= max && (max != Text.MAX_CODE_LENGTH || !Text.hasControl(text));
  }

  /**
   * Reports every problem at once. The id, title and provider may carry personal data (a certificate
   * number, a course a person took), so no message quotes them: the entity is named by its completion
   * day, and a text is described by its length only.
   */
  private void reject() {
    Problems p = Problems.of("CE activity completed " + completed());
    personalText(p, id(), "id", Text.MAX_CODE_LENGTH);
    personalText(p, title(), "title", Text.MAX_TEXT_LENGTH);
    personalText(p, provider(), "provider", Text.MAX_TEXT_LENGTH);
    p.require(!completed().isBefore(CredentialHolding.EARLIEST), ErrorCode.INVALID_DATE, "completed",
        "must not be before " + CredentialHolding.EARLIEST, completed());
    p.require(ceus().isPresent() != minutes().isPresent(), ErrorCode.INVALID_VALUE, "ceus",
        "give either CEUs or minutes, not both and not neither", ceus().map(Ceus::toString).orElse("no CEUs")
            + (minutes().isPresent() ? " and " + minutes().getAsInt() + " minutes" : " and no minutes"));
    ceus().ifPresent(c -> p.require(!c.isZero() && MAX_CEUS.isAtLeast(c), ErrorCode.INVALID_VALUE,
        "ceus", "must be more than 0 and at most " + MAX_CEUS + " for one activity", c));
    if (minutes().isPresent()) {
      int m = minutes().getAsInt();
      p.require(m > 0 && m <= MAX_MINUTES, ErrorCode.INVALID_VALUE, "minutes",
          "must be from 1 to " + MAX_MINUTES + " for one activity", m);
    }
    p.require(java.util.Collections.disjoint(sourceOf(), notSourceOf()), ErrorCode.INVALID_VALUE, "notSourceOf",
        "must not name an issuer also in sourceOf " + sourceOf(), notSourceOf());
    p.check();
  }

  private static void personalText(Problems p, String text, String attribute, int max) {
    String shown = "(" + text.length() + " characters, not shown)";
    p.require(!Text.isBlank(text), ErrorCode.INVALID_VALUE, attribute, "must not be blank", "(blank)");
    p.require(text.length() <= max, ErrorCode.INVALID_VALUE, attribute,
        "must be at most " + max + " characters long", shown);
    p.require(max != Text.MAX_CODE_LENGTH || !Text.hasControl(text), ErrorCode.INVALID_VALUE, attribute,
        "must not contain control characters", shown);
  }

  /**
   * Returns the activity without its id, title and provider, which may carry personal data, such as
   * {@code "CeActivity{completed=2025-05-01, ceus=5, category=HIIM_DOMAIN, sourceOf=[AHIMA]}"}; the
   * accessors give them.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CeActivity{completed=").append(completed());
    ceus().ifPresent(c -> sb.append(", ceus=").append(c));
    minutes().ifPresent(m -> sb.append(", minutes=").append(m));
    sb.append(", category=").append(category());
    if (!sourceOf().isEmpty()) {
      sb.append(", sourceOf=").append(sourceOf());
    }
    if (!notSourceOf().isEmpty()) {
      sb.append(", notSourceOf=").append(notSourceOf());
    }
    if (!approvedBy().isEmpty()) {
      sb.append(", approvedBy=").append(approvedBy());
    }
    return sb.append('}').toString();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link CeActivity} values. */
  public static final class Builder extends ImmutableCeActivity.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
