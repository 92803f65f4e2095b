package org.himkit;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.himkit.internal.ValueFactories;

/**
 * The {@link ValueFactories} of HIM Kit: the generated classes' factories of every attribute, reachable from this
 * package only. {@code ValueFactories} finds this class by its name.
 */
final class ValueFactory extends ValueFactories {
  ValueFactory() {}

  @Override
  public Citation citation(String publisher, String title, Optional<URI> url, Optional<String> addressNote,
      SourceType sourceType, Optional<String> version, Optional<String> quote) {
    return ImmutableCitation.of(publisher, title, url, addressNote, sourceType, version, quote);
  }

  @Override
  public Organization organization(OrganizationId id, String name, String abbreviation, List<OrganizationKind> kinds,
      List<FormerName> formerNames, Optional<URI> website, Optional<String> description, List<Citation> citations,
      List<Fee> fees) {
    return ImmutableOrganization.of(id, name, abbreviation, kinds, formerNames, website, description, citations, fees);
  }

  @Override
  public FormerName formerName(String name, Optional<String> abbreviation, Optional<Year> fromYear,
      Optional<Year> untilYear, List<Citation> citations) {
    return ImmutableFormerName.of(name, abbreviation, fromYear, untilYear, citations);
  }

  @Override
  public Fee fee(FeeKind kind, String description, BigDecimal amount, Currency currency, MemberRate rate,
      FeeBasis basis, Optional<Period> increment, Optional<Period> every, List<CredentialId> credentials,
      Optional<LocalDate> effectiveFrom, Optional<LocalDate> effectiveTo, Verification verification,
      List<Citation> citations) {
    return ImmutableFee.of(kind, description, amount, currency, rate, basis, increment, every, credentials,
        effectiveFrom, effectiveTo, verification, citations);
  }

  @Override
  public Credential credential(CredentialId id, String fullName, CredentialKind kind, OrganizationId issuer,
      CredentialStatus status, List<CredentialDomain> domains, List<String> aliases, List<FormerName> formerNames,
      List<Misnomer> misnomers, Optional<Exam> exam, Optional<Requirement> eligibility,
      Optional<RenewalPolicyId> renewalPolicy, List<CredentialId> supersedes, Optional<String> description,
      List<CredentialCount> counts, List<Citation> citations) {
    return ImmutableCredential.of(id, fullName, kind, issuer, status, domains, aliases, formerNames, misnomers, exam,
        eligibility, renewalPolicy, supersedes, description, counts, citations);
  }

  @Override
  public Exam exam(String description, boolean national, Optional<Duration> duration, Optional<Integer> minimumItems,
      Optional<Integer> maximumItems, List<ExamPeriod> periods, List<ExamPassRate> passRates,
      List<Citation> citations) {
    return ImmutableExam.of(description, national, duration, minimumItems, maximumItems, periods, passRates,
        citations);
  }

  @Override
  public Misnomer misnomer(String text, String note, List<Citation> citations) {
    return ImmutableMisnomer.of(text, note, citations);
  }
}
