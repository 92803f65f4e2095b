package org.himkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/** Golden tests of the renderer's shared wording, and the completeness of every shipped bundle. */
class HimTextTest {
  private final HimText en = HimText.english();

  /**
   * The kinds of value the renderer has a message for. Every constant of each enum needs the key
   * {@code SimpleName.CONSTANT} in every shipped bundle. Add each new kind enum here.
   */
  static final List<Class<? extends Enum<?>>> KINDS = List.of(
      // Renewal
      org.himkit.renewal.RenewalStatus.class, org.himkit.renewal.RequirementKind.class,
      org.himkit.renewal.AmountUnit.class, org.himkit.renewal.KeyDateKind.class, org.himkit.renewal.NoteKind.class,
      org.himkit.renewal.ActivityDisposition.class, org.himkit.renewal.IssuerSource.class,
      org.himkit.renewal.NotAssessedKind.class, org.himkit.policy.CeCategory.class,
      // Pathways
      org.himkit.pathway.UnmetKind.class, org.himkit.pathway.EligibilityReason.class,
      org.himkit.pathway.EligibilityStatus.class, org.himkit.DegreeLevel.class, org.himkit.ProgramField.class,
      org.himkit.ExperienceDomain.class, org.himkit.CredentialDomain.class, org.himkit.pathway.TargetKind.class,
      org.himkit.pathway.StepKind.class, org.himkit.pathway.ObstacleKind.class);

  /** The locales of the bundles the library ships. */
  static final List<Locale> SHIPPED = List.of(Locale.ROOT);

  @Test
  void ceusReadNaturally() {
    assertThat(en.ceus(Ceus.of(1))).isEqualTo("1 CEU");
    assertThat(en.ceus(Ceus.of(0))).isEqualTo("0 CEUs");
    assertThat(en.ceus(Ceus.parse("2.5"))).isEqualTo("2.5 CEUs");
    assertThat(en.ceus(Ceus.parse("0.25"))).isEqualTo("0.25 CEUs");
    assertThat(en.ceus(Ceus.of(40))).isEqualTo("40 CEUs");
  }

  @Test
  void durationsReadAsTheSourcesGiveThem() {
    assertThat(en.duration(Period.ofYears(2))).isEqualTo("2 years");
    assertThat(en.duration(Period.ofYears(1))).isEqualTo("1 year");
    assertThat(en.duration(Period.ofMonths(3))).isEqualTo("3 months");
    assertThat(en.duration(Period.ofMonths(18))).isEqualTo("1 year and 6 months");
    assertThat(en.duration(Period.ofDays(90))).isEqualTo("90 days");
    assertThat(en.duration(Period.ofDays(1))).isEqualTo("1 day");
    assertThat(en.duration(Period.ZERO)).isEqualTo("0 days");
  }

  @Test
  void everyKindHasAMessageInEveryShippedBundle() {
    List<String> missing = new ArrayList<>();
    for (Locale locale : SHIPPED) {
      ResourceBundle bundle = ResourceBundle.getBundle(HimText.BUNDLE, locale);
      for (Class<? extends Enum<?>> kind : KINDS) {
        for (Enum<?> constant : kind.getEnumConstants()) {
          if (!bundle.containsKey(HimText.key(constant))) {
            missing.add(locale + ": " + HimText.key(constant));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void anApplicationBundleMustBeComplete() {
    ResourceBundle partial = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"amount.ceus", "{0} UEC"}};
      }
    };
    assertThat(HimText.missingKeys(partial)).contains("amount.years").doesNotContain("amount.ceus");
    assertThatThrownBy(() -> HimText.of(partial)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCompleteApplicationBundleIsUsed() {
    ResourceBundle english = ResourceBundle.getBundle(HimText.BUNDLE, Locale.ROOT);
    ResourceBundle spanish = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        List<Object[]> rows = new ArrayList<>();
        for (String key : english.keySet()) {
          rows.add(new Object[] {key, english.getString(key)});
        }
        rows.removeIf(r -> r[0].equals("amount.ceus"));
        rows.add(new Object[] {"amount.ceus", "{0,number,#.##} {1,choice,0#UEC|1#UEC}"});
        return rows.toArray(new Object[0][]);
      }

      @Override
      public Locale getLocale() {
        return Locale.forLanguageTag("es");
      }
    };
    HimText es = HimText.of(spanish);
    assertThat(es.locale()).isEqualTo(Locale.forLanguageTag("es"));
    assertThat(es.ceus(Ceus.parse("2.5"))).isEqualTo("2,5 UEC");
  }

  @Test
  void otherLocalesFallBackToEnglishWords() {
    assertThat(HimText.of(Locale.GERMANY).ceus(Ceus.of(3))).isEqualTo("3 CEUs");
  }
}
