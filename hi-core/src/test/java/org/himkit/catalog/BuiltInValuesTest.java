package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.himkit.Citation;
import org.himkit.Credential;
import org.himkit.Exam;
import org.himkit.Fee;
import org.himkit.FormerName;
import org.himkit.Misnomer;
import org.himkit.Organization;
import org.junit.jupiter.api.Test;

/**
 * The built-in data makes its organizations and credentials, with their fees, former names, misnomers, exams and
 * citations, through the factories of every attribute ({@code ValueFactories}), not through their builders (start-up):
 * each such value, rebuilt attribute by attribute through its public builder, is the same value (equal, same text,
 * same hash, same class), so users who build or copy these values see no difference.
 */
class BuiltInValuesTest {
  private static final HimCatalog HI = HimCatalog.builtIn();

  private final List<Object> checked = new ArrayList<>();

  private <T> T same(T value, T rebuilt) {
    assertThat(rebuilt).isEqualTo(value).hasSameHashCodeAs(value).hasToString(value.toString())
        .hasSameClassAs(value);
    checked.add(value);
    return value;
  }

  @Test
  void everyOrganizationAndItsPartsIsWhatItsBuildersMake() {
    for (Organization o : HI.organizations()) {
      same(o, Organization.builder().id(o.id()).name(o.name()).abbreviation(o.abbreviation()).kinds(o.kinds())
          .formerNames(rebuiltFormerNames(o.formerNames())).website(o.website()).description(o.description())
          .citations(rebuilt(o.citations())).fees(rebuiltFees(o.fees())).build());
    }
    assertThat(HI.organizations()).hasSize(6);
    assertThat(checked).hasAtLeastOneElementOfType(Fee.class).hasAtLeastOneElementOfType(FormerName.class)
        .hasAtLeastOneElementOfType(Citation.class);
  }

  @Test
  void everyCredentialAndItsPartsIsWhatItsBuildersMake() {
    List<Credential> credentials = HI.credentials().list();
    for (Credential c : credentials) {
      List<Misnomer> misnomers = new ArrayList<>();
      for (Misnomer m : c.misnomers()) {
        misnomers.add(same(m, Misnomer.builder().text(m.text()).note(m.note()).citations(rebuilt(m.citations()))
            .build()));
      }
      same(c, Credential.builder().id(c.id()).fullName(c.fullName()).kind(c.kind()).issuer(c.issuer())
          .status(c.status()).domains(c.domains()).aliases(c.aliases()).formerNames(rebuiltFormerNames(c.formerNames()))
          .misnomers(misnomers).exam(c.exam().map(this::rebuilt)).eligibility(c.eligibility())
          .renewalPolicy(c.renewalPolicy()).supersedes(c.supersedes()).description(c.description()).counts(c.counts())
          .citations(rebuilt(c.citations())).build());
    }
    assertThat(credentials).hasSizeGreaterThan(20);
    assertThat(checked).hasAtLeastOneElementOfType(Exam.class).hasAtLeastOneElementOfType(Misnomer.class)
        .hasAtLeastOneElementOfType(FormerName.class);
  }

  private Exam rebuilt(Exam e) {
    return same(e, Exam.builder().description(e.description()).national(e.national()).duration(e.duration())
        .minimumItems(e.minimumItems()).maximumItems(e.maximumItems()).periods(e.periods()).passRates(e.passRates())
        .citations(rebuilt(e.citations())).build());
  }

  private List<Citation> rebuilt(List<Citation> citations) {
    List<Citation> out = new ArrayList<>();
    for (Citation c : citations) {
      out.add(same(c, Citation.builder().publisher(c.publisher()).title(c.title()).url(c.url())
          .addressNote(c.addressNote()).sourceType(c.sourceType()).version(c.version()).quote(c.quote()).build()));
    }
    return out;
  }

  private List<FormerName> rebuiltFormerNames(List<FormerName> names) {
    List<FormerName> out = new ArrayList<>();
    for (FormerName f : names) {
      out.add(same(f, FormerName.builder().name(f.name()).abbreviation(f.abbreviation()).fromYear(f.fromYear())
          .untilYear(f.untilYear()).citations(rebuilt(f.citations())).build()));
    }
    return out;
  }

  private List<Fee> rebuiltFees(List<Fee> fees) {
    List<Fee> out = new ArrayList<>();
    for (Fee f : fees) {
      out.add(same(f, Fee.builder().kind(f.kind()).description(f.description()).amount(f.amount())
          .currency(f.currency()).rate(f.rate()).basis(f.basis()).increment(f.increment()).every(f.every())
          .credentials(f.credentials()).effectiveFrom(f.effectiveFrom()).effectiveTo(f.effectiveTo())
          .verification(f.verification()).citations(rebuilt(f.citations())).build()));
    }
    return out;
  }
}
