package org.himkit.bench.alt;

import static org.himkit.bench.alt.SimplifiedAhima.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.jspecify.annotations.Nullable;

/**
 * The simplified AHIMA rules as a user would write them by hand with streams and {@code BigDecimal}:
 * collect the credentials and the activities of each cycle into lists, then sum each rule's share.
 */
public final class StreamAhima implements SimplifiedAhima.Implementation {
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");
  private static final BigDecimal PER_ADDITIONAL_CEUS = BigDecimal.valueOf(PER_ADDITIONAL);
  private static final BigDecimal CAP_CEUS = BigDecimal.valueOf(CAP);
  private static final BigDecimal HIIM_SHARE = new BigDecimal("0.80");
  private static final BigDecimal AHIMA_SHARE = new BigDecimal("0.40");

  @Override
  public Standing assess(List<CredentialHolding> holdings, List<CeActivity> activities, LocalDate asOf) {
    LocalDate first = holdings.stream().map(CredentialHolding::earned).min(Comparator.naturalOrder()).orElseThrow();
    for (int n = 0; ; n++) {
      LocalDate start = first.plusYears((long) CYCLE_YEARS * n);
      LocalDate end = first.plusYears((long) CYCLE_YEARS * (n + 1)).minusDays(1);
      BigDecimal required = required(holdings, start);
      List<CeActivity> counted = activities.stream()
          .filter(a -> !a.completed().isBefore(start) && !a.completed().isAfter(end))
          .filter(a -> a.category() != CeCategory.UNRELATED)
          .filter(a -> ceus(a).signum() > 0)
          .collect(Collectors.toList());
      BigDecimal earned = sum(counted, a -> true);
      BigDecimal hiim = sum(counted, a -> a.category().isHiimDomain());
      BigDecimal fromAhima = sum(counted, a -> a.sourceOf().contains(AHIMA));
      boolean met = earned.compareTo(required) >= 0
          && hiim.compareTo(required.multiply(HIIM_SHARE)) >= 0
          && (start.isBefore(AHIMA_SOURCE_FROM) || fromAhima.compareTo(required.multiply(AHIMA_SHARE)) >= 0);
      @Nullable Status status = null;
      if (!asOf.isAfter(end)) {
        long daysLeft = ChronoUnit.DAYS.between(asOf, end);
        long passed = ChronoUnit.DAYS.between(start, asOf);
        long length = ChronoUnit.DAYS.between(start, end) + 1;
        boolean behind = 2 * passed > length && earned.multiply(BigDecimal.valueOf(2)).compareTo(required) < 0;
        status = met ? Status.MET : daysLeft < AT_RISK_DAYS || behind ? Status.AT_RISK : Status.ON_TRACK;
      } else if (!met) {
        status = asOf.isAfter(end.plusDays(INACTIVE_DAYS)) ? Status.REVOKED : Status.INACTIVE;
      }
      if (status != null) {
        return new Standing(status, hundredths(required), hundredths(earned));
      }
    }
  }

  private static BigDecimal required(List<CredentialHolding> holdings, LocalDate start) {
    List<String> held = holdings.stream().filter(h -> !h.earned().isAfter(start))
        .map(h -> h.credential().value()).collect(Collectors.toList());
    List<String> maintained = held.stream().filter(id -> !(id.equals("RHIT") && held.contains("RHIA")))
        .collect(Collectors.toList());
    BigDecimal highest = maintained.stream().map(id -> BigDecimal.valueOf(requiredCeus(id)))
        .max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    BigDecimal total = highest.add(PER_ADDITIONAL_CEUS.multiply(BigDecimal.valueOf(maintained.size() - 1L)));
    return highest.max(total.min(CAP_CEUS));
  }

  private static BigDecimal sum(List<CeActivity> activities, Predicate<CeActivity> which) {
    return activities.stream().filter(which).map(StreamAhima::ceus).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal ceus(CeActivity a) {
    if (a.ceus().isPresent()) {
      return a.ceus().map(Ceus::toBigDecimal).orElseThrow();
    }
    int minutes = a.minutes().getAsInt();
    BigDecimal[] hours = BigDecimal.valueOf(minutes).divideAndRemainder(BigDecimal.valueOf(MINUTES_PER_CEU));
    return hours[1].intValue() >= MINIMUM_PART_MINUTES ? hours[0].add(BigDecimal.ONE) : hours[0];
  }

  private static long hundredths(BigDecimal ceus) {
    return ceus.movePointRight(2).longValueExact();
  }
}
