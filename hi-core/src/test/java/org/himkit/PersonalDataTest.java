package org.himkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.PublicApi.PERSONAL;
import static org.himkit.PublicApi.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.ActivityDisposition;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.CycleWindow;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.IssuerSource;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import org.junit.jupiter.api.Test;

/**
 * {@link HimException} promises that messages never contain personal data, and the renewal values
 * promise the same of their {@code toString()}. A caller's activity ids, titles and providers and a
 * holding's reference carry a marker here; no {@code toString()} of a value reached from them, and no
 * message of an exception thrown over them, may contain it, while the accessors still give it.
 */
class PersonalDataTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  private static final RenewalEvaluator EVALUATOR = RenewalEvaluator.of(HimCatalog.builtIn());

  @Test
  void noToStringOfAPublicTypeShowsPersonalData() {
    Map<Class<?>, List<Object>> samples = PublicApi.samples(PublicApi.publicClasses());
    TreeSet<String> leaking = new TreeSet<>();
    int withMarker = 0;
    for (Map.Entry<Class<?>, List<Object>> e : samples.entrySet()) {
      for (Object o : e.getValue()) {
        if (o.toString().contains(PERSONAL)) {
          leaking.add(e.getKey().getName());
        }
      }
    }
    // the values reached do carry the marker, through their accessors
    for (Object o : samples.getOrDefault(CeActivity.class, List.of())) {
      CeActivity a = (CeActivity) o;
      assertThat(a.id() + a.title() + a.provider()).contains(PERSONAL);
      withMarker++;
    }
    assertThat(withMarker).isPositive();
    assertThat(samples).containsKeys(CeActivity.class, ActivityOutcome.class, RenewalAssessment.class,
        RenewalResult.class, HolderRecord.class, CredentialHolding.class);
    assertThat(samples.get(CredentialHolding.class)).anySatisfy(h ->
        assertThat(((CredentialHolding) h).holderReference()).hasValueSatisfying(r -> assertThat(r).contains(PERSONAL)));
    assertThat(leaking).as("public types whose toString shows an activity's id, title or provider").isEmpty();
  }

  @Test
  void theActivityToStringKeepsWhatIsNotPersonal() {
    CeActivity a = activity("9").completed(LocalDate.of(2025, 5, 1)).ceus(Ceus.parse("2.5"))
        .category(CeCategory.HIIM_DOMAIN).addSourceOf(OrganizationId.of("AHIMA")).build();
    assertThat(a).hasToString("CeActivity{completed=2025-05-01, ceus=2.5, category=HIIM_DOMAIN, sourceOf=[AHIMA]}");
  }

  private static CeActivity.Builder hiim(String n, LocalDate completed) {
    return activity(n).completed(completed).ceus(Ceus.of(1)).category(CeCategory.HIIM_DOMAIN);
  }

  /** Every way the library rejects input that carries personal data. */
  private static List<ThrowingCallable> rejections() {
    LocalDate day = LocalDate.of(2025, 3, 1);
    List<CredentialHolding> rhia = List.of(CredentialHolding.builder().credential(CredentialId.of("RHIA"))
        .earned(LocalDate.of(2020, 1, 1)).holderReference(PERSONAL).build());
    CeActivity a = hiim("1", day).build();
    List<ThrowingCallable> r = new ArrayList<>();
    r.add(() -> activity("2").title(" ").completed(day).ceus(Ceus.of(1)).category(CeCategory.HIIM_DOMAIN).build());
    r.add(() -> activity("2").provider("\u00a0").completed(day).ceus(Ceus.of(1)).category(CeCategory.HIIM_DOMAIN)
        .build());
    r.add(() -> hiim("3", day).id(PERSONAL.repeat(30)).build());
    r.add(() -> hiim("4", day).id(PERSONAL + "\n").build());
    r.add(() -> hiim("5", day).title(PERSONAL.repeat(500)).build());
    r.add(() -> hiim("6", LocalDate.of(1899, 1, 1)).build());
    r.add(() -> hiim("7", day).minutes(30).build());
    r.add(() -> hiim("8", day).ceus(Ceus.of(500)).build());
    r.add(() -> activity("9").completed(day).minutes(100_000).category(CeCategory.HIIM_DOMAIN).build());
    r.add(() -> hiim("10", day).addSourceOf(OrganizationId.of("AHIMA")).addNotSourceOf(OrganizationId.of("AHIMA"))
        .build());
    r.add(() -> EVALUATOR.assess(rhia, List.of(a, CeActivity.builder().from(a).completed(day.plusDays(3)).build()),
        AS_OF));
    r.add(() -> EVALUATOR.assess(rhia, List.of(a, CeActivity.builder().from(a).id("other-" + PERSONAL).build()),
        AS_OF));
    r.add(() -> EVALUATOR.history(rhia, List.of(a, a), AS_OF));
    r.add(() -> EVALUATOR.assess(List.of(CredentialHolding.builder().credential(CredentialId.of("RHIA"))
        .earned(AS_OF.plusDays(1)).holderReference(PERSONAL).build()), List.of(a), AS_OF));
    r.add(() -> CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(LocalDate.of(1800, 1, 1))
        .holderReference(PERSONAL).build());
    r.add(() -> CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(day)
        .cycleStart(day.minusDays(1)).holderReference(PERSONAL).build());
    r.add(() -> HolderRecord.builder().addAllHoldings(rhia).addActivities(a).recordsBegin(LocalDate.of(1800, 1, 1))
        .build());
    RenewalAssessment assessment = EVALUATOR.assess(rhia, List.of(a), AS_OF).assessments().get(0);
    CycleWindow window = assessment.window();
    r.add(() -> new ActivityOutcome(a, ActivityDisposition.NOT_APPROVED, Ceus.of(1), window, Optional.empty(),
        IssuerSource.NOT_FROM_ISSUER, Optional.empty()));
    return r;
  }

  @Test
  void noExceptionMessageShowsPersonalData() {
    List<ThrowingCallable> rejections = rejections();
    for (int i = 0; i < rejections.size(); i++) {
      int n = i;
      assertThatThrownBy(rejections.get(i)).as("rejection %d", n).isInstanceOf(HimException.class)
          .satisfies(e -> {
            assertThat(e.getMessage()).as("rejection %d", n).doesNotContain(PERSONAL);
            assertThat(e.toString()).as("rejection %d", n).doesNotContain(PERSONAL);
            if (e instanceof HimValidationException v) {
              for (HimValidationException p : v.problems()) {
                assertThat(p.getMessage() + p.value()).as("rejection %d", n).doesNotContain(PERSONAL);
              }
            }
          });
    }
  }
}
