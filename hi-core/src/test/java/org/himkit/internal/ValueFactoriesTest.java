package org.himkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.himkit.Citation;
import org.himkit.Credential;
import org.himkit.CredentialCount;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.Exam;
import org.himkit.ExamPassRate;
import org.himkit.ExamPeriod;
import org.himkit.Fee;
import org.himkit.FeeBasis;
import org.himkit.FeeKind;
import org.himkit.FormerName;
import org.himkit.HimValidationException;
import org.himkit.MemberRate;
import org.himkit.Misnomer;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;
import org.himkit.RenewalPolicyId;
import org.himkit.Requirement;
import org.himkit.SourceType;
import org.himkit.Verification;
import org.junit.jupiter.api.Test;

/**
 * The factories of every attribute through which the built-in data makes the first call's values: each makes the
 * value its public builder makes from the same attributes (equal, same text, same hash, same class), and rejects an
 * invalid or missing attribute as the builder does.
 */
class ValueFactoriesTest {
  private static final ValueFactories MAKE = ValueFactories.get();
  private static final Citation SOURCE = Citation.of("Test publisher", "Test page", "https://example.org/test",
      SourceType.PRIMARY);
  private static final Citation OTHER = SOURCE.quoting("quoted");
  private static final Optional<String> NONE = Optional.empty();

  private static void same(Object made, Object built) {
    assertThat(made).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString())
        .hasSameClassAs(built);
  }

  /** Asserts that the factory and the builder both reject the value, with the same problem. */
  private static void bothReject(String attribute, ThrowingCallable made, ThrowingCallable built) {
    HimValidationException a = catchThrowableOfType(HimValidationException.class, made);
    HimValidationException b = catchThrowableOfType(HimValidationException.class, built);
    assertThat(a).isNotNull();
    assertThat(b).isNotNull();
    assertThat(a.attribute()).contains(attribute);
    assertThat(a.getMessage()).isEqualTo(b.getMessage()).startsWith("invalid " + attribute + " of ");
    assertThat(a.errorCode()).isEqualTo(b.errorCode());
  }

  @Test
  void theImplementationIsFoundOnceByName() {
    assertThat(ValueFactories.get()).isSameAs(MAKE);
    assertThat(MAKE.getClass().getName()).isEqualTo("org.himkit.ValueFactory");
    assertThat(ValueFactories.load("org.himkit.ValueFactory")).isNotSameAs(MAKE).hasSameClassAs(MAKE);
  }

  @Test
  void aMissingOrWrongImplementationIsReportedWithItsName() {
    assertThatThrownBy(() -> ValueFactories.load("org.himkit.NoSuchFactory"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("org.himkit.NoSuchFactory")
        .hasCauseInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> ValueFactories.load("java.lang.Object"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("java.lang.Object")
        .hasCauseInstanceOf(ClassCastException.class);
  }

  @Test
  void citation() {
    URI uri = URI.create("https://example.org/page");
    same(MAKE.citation("P", "T", Optional.of(uri), NONE, SourceType.SECONDARY, Optional.of("v1"), Optional.of("q")),
        Citation.builder().publisher("P").title("T").url(uri).sourceType(SourceType.SECONDARY).version("v1")
            .quote("q").build());
    same(MAKE.citation("P", "T", Optional.empty(), Optional.of("no address"), SourceType.SEED_PAGE, NONE, NONE),
        Citation.builder().publisher("P").title("T").addressNote("no address").sourceType(SourceType.SEED_PAGE)
            .build());
    bothReject("publisher", () -> MAKE.citation(" ", "T", Optional.empty(), NONE, SourceType.PRIMARY, NONE, NONE),
        () -> Citation.builder().publisher(" ").title("T").sourceType(SourceType.PRIMARY).build());
    bothReject("quote", () -> MAKE.citation("P", "T", Optional.empty(), NONE, SourceType.PRIMARY, NONE,
        Optional.of(" ")), () -> Citation.builder().publisher("P").title("T").sourceType(SourceType.PRIMARY)
        .quote(" ").build());
    assertThatThrownBy(() -> MAKE.citation("P", "T", Optional.empty(), NONE, nullOf(SourceType.class), NONE, NONE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sourceType");
  }

  @Test
  void organization() {
    FormerName former = MAKE.formerName("Old name", Optional.of("ON"), Optional.of(Year.of(1950)),
        Optional.of(Year.of(1960)), List.of(SOURCE));
    Fee fee = fee(MemberRate.EVERYONE, List.of(SOURCE));
    URI site = URI.create("https://example.org");
    same(MAKE.organization(OrganizationId.of("ORG"), "Organization", "ORG",
            List.of(OrganizationKind.PROFESSIONAL_ASSOCIATION, OrganizationKind.CERTIFYING_BODY,
                OrganizationKind.PROFESSIONAL_ASSOCIATION),
            List.of(former), Optional.of(site), Optional.of("d"), List.of(SOURCE, OTHER), List.of(fee)),
        Organization.builder().id(OrganizationId.of("ORG")).name("Organization").abbreviation("ORG")
            .addKinds(OrganizationKind.PROFESSIONAL_ASSOCIATION, OrganizationKind.CERTIFYING_BODY,
                OrganizationKind.PROFESSIONAL_ASSOCIATION)
            .addFormerName(former).website(site).description("d").addCitations(SOURCE, OTHER).addFee(fee).build());
    bothReject("kinds", () -> MAKE.organization(OrganizationId.of("ORG"), "Organization", "ORG", List.of(), List.of(),
            Optional.empty(), NONE, List.of(SOURCE), List.of()),
        () -> Organization.builder().id(OrganizationId.of("ORG")).name("Organization").abbreviation("ORG")
            .addCitation(SOURCE).build());
    assertThatThrownBy(() -> MAKE.organization(OrganizationId.of("ORG"), nullOf(String.class), "ORG",
        List.of(OrganizationKind.ACCREDITOR), List.of(), Optional.empty(), NONE, List.of(SOURCE), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
  }

  @Test
  void formerName() {
    same(MAKE.formerName("Old name", Optional.of("ON"), Optional.of(Year.of(1950)), Optional.of(Year.of(1960)),
            List.of(SOURCE, OTHER)),
        FormerName.builder().name("Old name").abbreviation("ON").fromYear(Year.of(1950)).untilYear(Year.of(1960))
            .addCitations(SOURCE, OTHER).build());
    same(MAKE.formerName("Old name", NONE, Optional.empty(), Optional.empty(), List.of(SOURCE)),
        FormerName.builder().name("Old name").addCitation(SOURCE).build());
    bothReject("untilYear", () -> MAKE.formerName("Old name", NONE, Optional.of(Year.of(1960)),
            Optional.of(Year.of(1950)), List.of(SOURCE)),
        () -> FormerName.builder().name("Old name").fromYear(Year.of(1960)).untilYear(Year.of(1950))
            .addCitation(SOURCE).build());
    bothReject("citations", () -> MAKE.formerName("Old name", NONE, Optional.empty(), Optional.empty(), List.of()),
        () -> FormerName.builder().name("Old name").build());
  }

  @Test
  void fee() {
    CredentialId a = CredentialId.of("AAA");
    CredentialId b = CredentialId.of("BBB");
    same(MAKE.fee(FeeKind.EXAM_ELIGIBILITY_EXTENSION, "extension", new BigDecimal("50.00"), Currency.getInstance("CAD"),
            MemberRate.MEMBER, FeeBasis.PER_INCREMENT, Optional.of(Period.ofDays(30)), Optional.of(Period.ofYears(1)),
            List.of(b, a, b), Optional.of(LocalDate.of(2020, 1, 1)), Optional.of(LocalDate.of(2021, 12, 31)),
            Verification.SECONDARY_ONLY, List.of(SOURCE, OTHER)),
        Fee.builder().kind(FeeKind.EXAM_ELIGIBILITY_EXTENSION).description("extension").amount(new BigDecimal("50.00"))
            .currency(Currency.getInstance("CAD")).rate(MemberRate.MEMBER).basis(FeeBasis.PER_INCREMENT)
            .increment(Period.ofDays(30)).every(Period.ofYears(1)).addCredentials(b, a, b)
            .effectiveFrom(LocalDate.of(2020, 1, 1)).effectiveTo(LocalDate.of(2021, 12, 31))
            .verification(Verification.SECONDARY_ONLY).addCitations(SOURCE, OTHER).build());
    // the catalog's fees give the default currency explicitly: the same value as a builder that leaves it out
    same(fee(MemberRate.NON_MEMBER, List.of(SOURCE)), Fee.builder().kind(FeeKind.RECERTIFICATION).description("fee")
        .amount(BigDecimal.TEN).rate(MemberRate.NON_MEMBER).basis(FeeBasis.PER_PAYMENT)
        .verification(Verification.CONFIRMED_AT_SOURCE).addCitation(SOURCE).build());
    bothReject("amount", () -> MAKE.fee(FeeKind.RECERTIFICATION, "fee", BigDecimal.ZERO, Currency.getInstance("USD"),
            MemberRate.EVERYONE, FeeBasis.PER_PAYMENT, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Verification.CONFIRMED_AT_SOURCE, List.of(SOURCE)),
        () -> Fee.builder().kind(FeeKind.RECERTIFICATION).description("fee").amount(BigDecimal.ZERO)
            .rate(MemberRate.EVERYONE).basis(FeeBasis.PER_PAYMENT).verification(Verification.CONFIRMED_AT_SOURCE)
            .addCitation(SOURCE).build());
    bothReject("increment", () -> MAKE.fee(FeeKind.RECERTIFICATION, "fee", BigDecimal.ONE, Currency.getInstance("USD"),
            MemberRate.EVERYONE, FeeBasis.PER_INCREMENT, Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), Optional.empty(), Verification.CONFIRMED_AT_SOURCE, List.of(SOURCE)),
        () -> Fee.builder().kind(FeeKind.RECERTIFICATION).description("fee").amount(BigDecimal.ONE)
            .rate(MemberRate.EVERYONE).basis(FeeBasis.PER_INCREMENT).verification(Verification.CONFIRMED_AT_SOURCE)
            .addCitation(SOURCE).build());
  }

  private static Fee fee(MemberRate rate, List<Citation> citations) {
    return MAKE.fee(FeeKind.RECERTIFICATION, "fee", BigDecimal.TEN, Currency.getInstance("USD"), rate,
        FeeBasis.PER_PAYMENT, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
        Verification.CONFIRMED_AT_SOURCE, citations);
  }

  @Test
  void credential() {
    CredentialId id = CredentialId.of("AAA");
    OrganizationId issuer = OrganizationId.of("ORG");
    FormerName former = MAKE.formerName("Old", Optional.of("OLD"), Optional.empty(), Optional.empty(), List.of(SOURCE));
    Misnomer misnomer = MAKE.misnomer("AAB", "means AAA", List.of(SOURCE));
    Exam exam = MAKE.exam("exam", true, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
        List.of(SOURCE));
    Requirement eligibility = Requirement.highSchoolDiploma();
    RenewalPolicyId policy = RenewalPolicyId.of("POLICY");
    CredentialCount count = new CredentialCount(CredentialCount.Kind.CURRENT_HOLDERS, 10, true, Optional.empty(),
        Optional.empty(), List.of(SOURCE));
    same(MAKE.credential(id, "Full name", CredentialKind.CERTIFICATION, issuer, CredentialStatus.ACTIVE,
            List.of(CredentialDomain.CODING, CredentialDomain.BILLING), List.of("A-A", "A A", "A-A"), List.of(former),
            List.of(misnomer), Optional.of(exam), Optional.of(eligibility), Optional.of(policy),
            List.of(CredentialId.of("BBB"), CredentialId.of("ABB")), Optional.of("d"), List.of(count),
            List.of(SOURCE, OTHER)),
        Credential.builder().id(id).fullName("Full name").kind(CredentialKind.CERTIFICATION).issuer(issuer)
            .status(CredentialStatus.ACTIVE).addDomains(CredentialDomain.CODING, CredentialDomain.BILLING)
            .addAliases("A-A", "A A", "A-A").addFormerName(former).addMisnomer(misnomer).exam(exam)
            .eligibility(eligibility).renewalPolicy(policy).addSupersedes(CredentialId.of("BBB"), CredentialId.of("ABB"))
            .description("d").addCount(count).addCitations(SOURCE, OTHER).build());
    bothReject("supersedes", () -> MAKE.credential(id, "Full name", CredentialKind.CERTIFICATION, issuer,
            CredentialStatus.RETIRED, List.of(CredentialDomain.CODING), List.of(), List.of(), List.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of(id), NONE, List.of(), List.of(SOURCE)),
        () -> Credential.builder().id(id).fullName("Full name").kind(CredentialKind.CERTIFICATION).issuer(issuer)
            .status(CredentialStatus.RETIRED).addDomain(CredentialDomain.CODING).addSupersede(id).addCitation(SOURCE)
            .build());
    assertThatThrownBy(() -> MAKE.credential(id, "Full name", CredentialKind.CERTIFICATION, nullOf(OrganizationId.class),
        CredentialStatus.ACTIVE, List.of(CredentialDomain.CODING), List.of(), List.of(), List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), NONE, List.of(), List.of(SOURCE)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("issuer");
  }

  @Test
  void exam() {
    ExamPeriod window = ExamPeriod.undated(ExamPeriod.Kind.ELIGIBILITY_WINDOW, 120, Verification.CONFIRMED_AT_SOURCE,
        SOURCE);
    ExamPeriod wait = ExamPeriod.from(ExamPeriod.Kind.RETEST_WAIT, 30, LocalDate.of(2023, 9, 11),
        Verification.SECONDARY_ONLY, SOURCE);
    ExamPassRate rate = new ExamPassRate(Year.of(2020), 57, 53, Optional.empty(), List.of(SOURCE));
    same(MAKE.exam("exam", false, Optional.of(Duration.ofMinutes(210)), Optional.of(140), Optional.of(160),
            List.of(window, wait), List.of(rate), List.of(SOURCE, OTHER)),
        Exam.builder().description("exam").national(false).duration(Duration.ofMinutes(210)).minimumItems(140)
            .maximumItems(160).addPeriods(window, wait).addPassRate(rate).addCitations(SOURCE, OTHER).build());
    bothReject("maximumItems", () -> MAKE.exam("exam", false, Optional.empty(), Optional.of(140), Optional.of(139),
            List.of(), List.of(), List.of(SOURCE)),
        () -> Exam.builder().description("exam").national(false).minimumItems(140).maximumItems(139)
            .addCitation(SOURCE).build());
    bothReject("periods", () -> MAKE.exam("exam", false, Optional.empty(), Optional.empty(), Optional.empty(),
            List.of(wait, wait), List.of(), List.of(SOURCE)),
        () -> Exam.builder().description("exam").national(false).addPeriods(wait, wait).addCitation(SOURCE).build());
  }

  @Test
  void misnomer() {
    same(MAKE.misnomer("RHIM", "means RHIA", List.of(SOURCE, OTHER)),
        Misnomer.builder().text("RHIM").note("means RHIA").addCitations(SOURCE, OTHER).build());
    bothReject("note", () -> MAKE.misnomer("RHIM", " ", List.of(SOURCE)),
        () -> Misnomer.builder().text("RHIM").note(" ").addCitation(SOURCE).build());
    assertThatThrownBy(() -> MAKE.misnomer("RHIM", "means RHIA", nullOf(List.class)))
        .isInstanceOf(NullPointerException.class);
  }

  /** A null that the compiler's null checks let through: what a caller that ignores them would pass. */
  @SuppressWarnings({"NullAway", "unchecked"})
  private static <T> T nullOf(Class<?> type) {
    return (T) null;
  }

  @Test
  void setsKeepTheFirstOfEqualElementsInTheOrderGiven() {
    Credential c = MAKE.credential(CredentialId.of("AAA"), "Full name", CredentialKind.CERTIFICATION,
        OrganizationId.of("ORG"), CredentialStatus.ACTIVE, List.of(CredentialDomain.CODING), List.of("B", "A", "B"),
        List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), NONE, List.of(),
        List.of(SOURCE));
    assertThat(c.aliases()).containsExactly("B", "A");
    assertThat(Set.copyOf(c.aliases())).hasSize(2);
  }
}
