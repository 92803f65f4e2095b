package org.himkit.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.himkit.AccreditationStandard;
import org.himkit.Citation;
import org.himkit.Credential;
import org.himkit.CredentialCount;
import org.himkit.EmploymentFigure;
import org.himkit.EntryEducation;
import org.himkit.EntryExperience;
import org.himkit.Exam;
import org.himkit.ExamPassRate;
import org.himkit.ExamPeriod;
import org.himkit.Fee;
import org.himkit.FeeBasis;
import org.himkit.FeeKind;
import org.himkit.IndustryEmployment;
import org.himkit.MemberRate;
import org.himkit.Occupation;
import org.himkit.Organization;
import org.himkit.OutlookFigure;
import org.himkit.Profession;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOutcome;
import org.himkit.ProgramType;
import org.himkit.Verification;
import org.himkit.WageStatistic;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CredentialHolding;
import org.himkit.testkit.Generator;
import org.himkit.testkit.HimGenerators;

/**
 * Generators of the value parts that hi-testkit does not generate yet (fees, dated exam periods, pass
 * rates, credential counts, program outcomes, accreditation standards, entry experience, top industries,
 * figure scopes, citations without address, the profession's stated salary, a holding's explicit cycle),
 * each added to a value the kit generates. Every choice is a bounded draw whose smallest value is the
 * simplest, as the kit's generators do, so that the values shrink; the kit can absorb these later.
 */
final class MoreGenerators {
  private MoreGenerators() {}

  private static final List<String> WORDS = List.of("recertification fee", "Retest wait", "U.S. and Canada results only",
      "worldwide", "OOH, 2024-25 edition", "General Medical and Surgical Hospitals", "caf\u00e9 \u00e0 la carte",
      "quote \"in\" quotes \\ and a backslash", "line\nbreak and tab\t", "emoji \ud83d\ude00");

  static String word(RandomGenerator r) {
    return WORDS.get(r.nextInt(WORDS.size()));
  }

  /** Returns one of an enum's constants. */
  static <E extends Enum<E>> E pick(RandomGenerator r, Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[r.nextInt(all.length)];
  }

  static <T> Optional<T> maybe(RandomGenerator r, Generator<T> g) {
    return r.nextBoolean() ? Optional.of(g.next(r)) : Optional.empty();
  }

  static <T> List<T> upTo(RandomGenerator r, int max, Generator<T> g) {
    int n = r.nextInt(max + 1);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(g.next(r));
    }
    return out;
  }

  static LocalDate date(RandomGenerator r) {
    return HimGenerators.dates().next(r);
  }

  static List<Citation> citations(RandomGenerator r) {
    List<Citation> out = new ArrayList<>();
    out.add(citation().next(r));
    out.addAll(upTo(r, 1, citation()));
    return out;
  }

  /** Citations, some without an address but with a note saying why. */
  static Generator<Citation> citation() {
    return r -> {
      Citation c = HimGenerators.citations().next(r);
      return r.nextBoolean() ? Citation.builder().from(c).url(Optional.empty()).addressNote(word(r)).build() : c;
    };
  }

  /** Amounts of money with a scale of 0 to 4 digits, some very large. */
  static BigDecimal amount(RandomGenerator r) {
    return BigDecimal.valueOf(1 + r.nextLong(r.nextBoolean() ? 100_000L : Long.MAX_VALUE / 2), r.nextInt(5));
  }

  static Generator<Fee> fees() {
    return r -> {
      FeeBasis basis = pick(r, FeeBasis.class);
      Fee.Builder b = Fee.builder().kind(pick(r, FeeKind.class))
          .description(word(r)).amount(amount(r)).rate(pick(r, MemberRate.class))
          .basis(basis).verification(pick(r, Verification.class))
          .citations(citations(r));
      if (r.nextBoolean()) {
        b.currency(Currency.getInstance(List.of("EUR", "CAD", "JPY", "BHD").get(r.nextInt(4))));
      }
      if (basis == FeeBasis.PER_INCREMENT) {
        b.increment(Period.ofMonths(1 + r.nextInt(24)));
      }
      b.every(maybe(r, x -> Period.ofYears(1 + x.nextInt(3))));
      b.credentials(upTo(r, 2, HimGenerators.credentialIds()));
      Optional<LocalDate> from = maybe(r, MoreGenerators::date);
      b.effectiveFrom(from);
      b.effectiveTo(maybe(r, x -> from.orElse(LocalDate.of(2000, 1, 1)).plusDays(x.nextInt(4000))));
      return b.build();
    };
  }

  static Generator<Organization> organizations() {
    return r -> Organization.builder().from(HimGenerators.organizations().next(r)).fees(upTo(r, 3, fees())).build();
  }

  static Generator<ExamPeriod> examPeriod(ExamPeriod.Kind kind, int startOffset) {
    return r -> {
      // two periods of a kind never share a start: only the first of each kind may be undated
      Optional<LocalDate> from = r.nextBoolean() || startOffset >= 800
          ? Optional.of(LocalDate.of(2010, 1, 1).plusDays(startOffset)) : Optional.empty();
      Optional<LocalDate> to = from.isPresent() && r.nextBoolean()
          ? Optional.of(from.get().plusDays(r.nextInt(1000))) : Optional.empty();
      return new ExamPeriod(kind, 1 + r.nextInt(365), from, to,
          pick(r, Verification.class), citations(r));
    };
  }

  static Generator<ExamPassRate> passRates() {
    return r -> new ExamPassRate(Year.of(2000 + r.nextInt(30)), 1 + r.nextInt(100_000), r.nextInt(101),
        maybe(r, MoreGenerators::word), citations(r));
  }

  static Generator<Exam> exams() {
    return r -> {
      List<ExamPeriod> periods = new ArrayList<>();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        periods.add(examPeriod(i % 2 == 0 ? ExamPeriod.Kind.ELIGIBILITY_WINDOW : ExamPeriod.Kind.RETEST_WAIT, i * 400).next(r));
      }
      return Exam.builder().from(HimGenerators.exams().next(r)).periods(periods).passRates(upTo(r, 3, passRates()))
          .build();
    };
  }

  static Generator<CredentialCount> counts() {
    return r -> new CredentialCount(pick(r, CredentialCount.Kind.class), 1 + r.nextLong(1_000_000_000L),
        r.nextBoolean(), maybe(r, MoreGenerators::date), maybe(r, MoreGenerators::word), citations(r));
  }

  static Generator<Credential> credentials() {
    return r -> {
      Credential c = HimGenerators.credentials().next(r);
      return Credential.builder().from(c).counts(upTo(r, 2, counts())).exam(maybe(r, exams())).build();
    };
  }

  static Generator<AccreditationStandard> accreditationStandards() {
    return r -> {
      Year adopted = Year.of(1990 + r.nextInt(40));
      return new AccreditationStandard(word(r), adopted, maybe(r, x -> adopted.plusYears(x.nextInt(10))),
          citations(r));
    };
  }

  static Generator<ProgramType> programTypes() {
    return r -> ProgramType.builder().from(HimGenerators.programTypes().next(r))
        .accreditationStandards(upTo(r, 2, accreditationStandards())).build();
  }

  static Generator<ProgramOutcome> outcomes() {
    return r -> {
      ProgramOutcome.Kind kind = pick(r, ProgramOutcome.Kind.class);
      BigDecimal percent = BigDecimal.valueOf(r.nextInt(10_001), r.nextInt(3)).min(BigDecimal.valueOf(100));
      return new ProgramOutcome(kind, percent, date(r), kind == ProgramOutcome.Kind.CERTIFICATION_EXAM_PASS_RATE
          ? maybe(r, HimGenerators.credentialIds()) : Optional.empty(), upTo(r, 2, citation()));
    };
  }

  static Generator<ProgramOffering> programOfferings() {
    return r -> ProgramOffering.builder().from(HimGenerators.programOfferings().next(r))
        .outcomes(upTo(r, 3, outcomes())).build();
  }

  static Generator<WageStatistic> wages() {
    return r -> WageStatistic.builder().from(HimGenerators.wageStatistics().next(r))
        .scope(maybe(r, MoreGenerators::word)).build();
  }

  static Generator<Occupation> occupations() {
    return r -> {
      Occupation o = HimGenerators.occupations().next(r);
      List<EmploymentFigure> employment = new ArrayList<>();
      o.employment().forEach(f -> employment.add(EmploymentFigure.builder().from(f).scope(maybe(r,
          MoreGenerators::word)).build()));
      List<OutlookFigure> outlook = new ArrayList<>();
      o.outlook().forEach(f -> outlook.add(OutlookFigure.builder().from(f).scope(maybe(r, MoreGenerators::word))
          .build()));
      List<EntryEducation> education = new ArrayList<>();
      o.entryEducation().forEach(f -> education.add(EntryEducation.builder().from(f)
          .scope(maybe(r, MoreGenerators::word)).build()));
      return Occupation.builder().from(o).wages(upTo(r, 3, wages())).employment(employment).outlook(outlook)
          .entryEducation(education)
          .entryExperience(upTo(r, 2, entryExperience())).topIndustries(upTo(r, 3, industries())).build();
    };
  }

  static Generator<EntryExperience> entryExperience() {
    return r -> new EntryExperience(word(r), word(r), citations(r));
  }

  static Generator<IndustryEmployment> industries() {
    return r -> new IndustryEmployment(word(r), 1 + r.nextLong(1_000_000L), YearMonth.of(2000 + r.nextInt(30),
        1 + r.nextInt(12)), word(r), citations(r));
  }

  static Generator<Profession> professions() {
    return r -> {
      Profession p = HimGenerators.professions().next(r);
      if (!r.nextBoolean()) {
        return p;
      }
      return Profession.builder().from(p).medianSalary(wages().next(r))
          .salaryOccupation(HimGenerators.occupationIds().next(r)).build();
    };
  }

  static Generator<CredentialHolding> holdings() {
    return r -> {
      LocalDate earned = date(r);
      CredentialHolding.Builder b = CredentialHolding.builder().credential(HimGenerators.credentialIds().next(r))
          .earned(earned).holderReference(maybe(r, x -> "member " + x.nextInt(1_000_000)));
      b.cycleStart(maybe(r, x -> earned.plusDays(x.nextInt(800))));
      b.firstCycleRequiredCeus(maybe(r, x -> Ceus.ofHundredths(x.nextInt(5001))));
      return b.build();
    };
  }
}
