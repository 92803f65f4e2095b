package org.himkit.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.himkit.AccreditationStandard;
import org.himkit.CredentialCount;
import org.himkit.CredentialId;
import org.himkit.EntryExperience;
import org.himkit.ExamPassRate;
import org.himkit.ExamPeriod;
import org.himkit.Fee;
import org.himkit.FeeBasis;
import org.himkit.FeeKind;
import org.himkit.IndustryEmployment;
import org.himkit.MemberRate;
import org.himkit.ProgramOutcome;
import org.himkit.Verification;

/**
 * Draws of the facts attached to entries: fees, exam periods and pass rates, credential counts,
 * program outcomes, accreditation standards, entry experience and employment by industry, each
 * through its public builder or constructor, with the edges of their ranges (0 and 100 percent, a
 * period of one day, an effective range of one day) often.
 */
final class Facts {
  private Facts() {}

  private static final List<Period> PERIODS = List.of(Period.ofDays(1), Period.ofDays(30), Period.ofMonths(3),
      Period.ofMonths(6), Period.ofYears(1), Period.ofYears(2));

  private static final List<String> INDUSTRIES = List.of("General medical and surgical hospitals",
      "Offices of physicians", "Nursing care facilities", "Administrative and support services",
      "Professional, scientific, and technical services", "Outpatient care centers");

  /** An effective range, open at either end or both. */
  record Range(Optional<LocalDate> from, Optional<LocalDate> to) {}

  /** Draws an effective range: open at either end, one day long, or any two dates in order. */
  static Range range(RandomGenerator r, DateGenerator dates) {
    Optional<LocalDate> from = Draws.maybe(r, () -> dates.next(r));
    Optional<LocalDate> to = Draws.maybe(r, () -> dates.next(r));
    if (from.isPresent() && to.isPresent()) {
      if (Draws.oneIn(r, 4)) {
        return new Range(from, from);
      }
      if (to.get().isBefore(from.get())) {
        return new Range(to, from);
      }
    }
    return new Range(from, to);
  }

  /**
   * Draws a fee; the credentials it names come from a pool (the issuer's own in a catalog), a
   * per-increment fee has its increment and no other basis has one.
   */
  static Fee fee(RandomGenerator r, Pool<CredentialId> credentials, DateGenerator dates) {
    FeeKind kind = Draws.pick(r, FeeKind.values());
    FeeBasis basis = Draws.pick(r, FeeBasis.values());
    Range range = range(r, dates);
    Fee.Builder b = Fee.builder().kind(kind).description(Draws.phrase(r, Words.TOPICS) + " fee")
        .amount(BigDecimal.valueOf(Draws.between(r, 1L, 100_000L), 2)).rate(Draws.pick(r, MemberRate.values()))
        .basis(basis).addAllCredentials(credentials.some(r, 2)).effectiveFrom(range.from()).effectiveTo(range.to())
        .verification(Draws.pick(r, Verification.values())).addAllCitations(Vocabulary.citations(r));
    if (basis == FeeBasis.PER_INCREMENT) {
      b.increment(Draws.pick(r, PERIODS));
    }
    b.every(Draws.maybe(r, () -> Draws.pick(r, PERIODS)));
    if (Draws.oneIn(r, 6)) {
      b.currency(Currency.getInstance(Draws.pick(r, "EUR", "CAD", "JPY")));
    }
    return b.build();
  }

  /**
   * Draws an exam period: undated, from a day on, or for a range, one day to two years long, with a
   * start that none of {@code taken} has for its kind; {@code taken} is updated.
   */
  static ExamPeriod examPeriod(RandomGenerator r, DateGenerator dates, Set<String> taken) {
    ExamPeriod.Kind kind = Draws.pick(r, ExamPeriod.Kind.values());
    Range range = range(r, dates);
    if (!taken.add(kind + " " + range.from())) {
      // the undated period of this kind, or one starting that day, is already there: start later
      LocalDate start = range.from().map(d -> d.plusDays(1)).orElse(dates.from());
      while (!taken.add(kind + " " + Optional.of(start))) {
        start = start.plusDays(1);
      }
      LocalDate first = start;
      range = new Range(Optional.of(first), range.to().filter(t -> !t.isBefore(first)));
    }
    return new ExamPeriod(kind, Draws.between(r, 1, 730), range.from(), range.to(),
        Draws.pick(r, Verification.values()), Vocabulary.citations(r));
  }

  /** Draws up to {@code max} exam periods, no two of a kind starting on the same day. */
  static List<ExamPeriod> examPeriods(RandomGenerator r, DateGenerator dates, int max) {
    Set<String> taken = new HashSet<>();
    return Draws.listOf(r, 0, max, () -> examPeriod(r, dates, taken));
  }

  static ExamPassRate passRate(RandomGenerator r) {
    int percent = Draws.oneIn(r, 3) ? Draws.pick(r, 0, 100, 50) : Draws.between(r, 0, 100);
    return new ExamPassRate(Year.of(r.nextInt(2000, 2036)), Draws.between(r, 1, 100_000), percent,
        Draws.maybe(r, () -> Draws.pick(r, "first-time testers", "graduates of accredited programs", "all testers")),
        Vocabulary.citations(r));
  }

  static CredentialCount credentialCount(RandomGenerator r, DateGenerator dates) {
    return new CredentialCount(Draws.pick(r, CredentialCount.Kind.values()), Draws.between(r, 1L, 1_000_000L),
        r.nextBoolean(), Draws.maybe(r, () -> dates.next(r)),
        Draws.maybe(r, () -> Draws.pick(r, "worldwide", "in the United States", "active members")),
        Vocabulary.citations(r));
  }

  /** Draws a program outcome; a certification exam pass rate may name an exam of the pool. */
  static ProgramOutcome programOutcome(RandomGenerator r, Pool<CredentialId> exams, DateGenerator dates) {
    ProgramOutcome.Kind kind = Draws.pick(r, ProgramOutcome.Kind.values());
    BigDecimal percent = Draws.oneIn(r, 3) ? BigDecimal.valueOf(Draws.pick(r, 0, 100))
        : BigDecimal.valueOf(Draws.between(r, 0, 10_000), 2);
    Optional<CredentialId> exam = kind == ProgramOutcome.Kind.CERTIFICATION_EXAM_PASS_RATE && r.nextBoolean()
        ? exams.one(r) : Optional.empty();
    return new ProgramOutcome(kind, percent, dates.next(r), exam,
        r.nextBoolean() ? Vocabulary.citations(r) : List.of());
  }

  static AccreditationStandard accreditationStandard(RandomGenerator r) {
    int adopted = r.nextInt(1990, 2036);
    return new AccreditationStandard(Draws.pick(r, "Associate Degree Standards", "Baccalaureate Degree Standards",
        "Master's Degree Standards", "Health Informatics Standards") + " " + adopted, Year.of(adopted),
        Draws.maybe(r, () -> Year.of(adopted + Draws.between(r, 0, 10))), Vocabulary.citations(r));
  }

  static EntryExperience entryExperience(RandomGenerator r) {
    return new EntryExperience(Draws.pick(r, "None", "Less than 5 years", "5 years or more"),
        Draws.pick(r, Words.EDITIONS), Vocabulary.citations(r));
  }

  static IndustryEmployment industryEmployment(RandomGenerator r) {
    return new IndustryEmployment(Draws.pick(r, INDUSTRIES), Draws.between(r, 1L, 1_000_000L),
        YearMonth.of(r.nextInt(2000, 2036), r.nextInt(1, 13)), Draws.pick(r, Words.EDITIONS), Vocabulary.citations(r));
  }

}
