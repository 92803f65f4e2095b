package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.himkit.CredentialId;
import org.himkit.policy.Ceus;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.RenewalPolicy;

/**
 * DATA: the renewal policies of AHIMA, AAPC and NCRA, as effective-dated versions.
 *
 * <p>AHIMA: before 2021 (the recertification page of about 2019-2020, with the retired credentials
 * still listed), from 2021-01-01 (self-reviews and grace status removed), and from 2025-01-01 (40 %
 * of CEUs from AHIMA sources). The 2024-01-01 update is not modelled: its content is not confirmed.
 */
final class Policies {
  private Policies() {}

  private static Map<CredentialId, Ceus> ahimaCurrent() {
    Map<CredentialId, Ceus> m = new LinkedHashMap<>();
    for (CredentialId id : List.of(Ahima.RHIA, Ahima.CHPS, Ahima.CHDA, Ahima.CDIP)) {
      m.put(id, Ceus.of(30));
    }
    for (CredentialId id : List.of(Ahima.RHIT, Ahima.CCA, Ahima.CCS, Ahima.CCS_P)) {
      m.put(id, Ceus.of(20));
    }
    return m;
  }

  static List<RenewalPolicy> policies() {
    Map<CredentialId, Ceus> before2021 = ahimaCurrent();
    before2021.put(Ahima.PCS, Ceus.of(20));
    before2021.put(Ahima.CHP, Ceus.of(30));
    before2021.put(Ahima.CHS, Ceus.of(30));
    RenewalPolicy ahima2019 = RenewalPolicy.builder()
        .id(Ahima.POLICY).name("AHIMA recertification, before 2021").issuer(Ahima.AHIMA)
        .effectiveTo(LocalDate.of(2020, 12, 31))
        .cycleLength(Period.ofYears(2)).cycleAnchor(CycleAnchor.DATE_EARNED)
        .putAllRequiredCeus(before2021)
        .addCitations(SEED, AHIMA_RECERTIFICATION_2019, AHIMA_OLD_RECERTIFICATION_MIRROR)
        .build();
    RenewalPolicy ahima2021 = RenewalPolicy.builder()
        .id(Ahima.POLICY).name("AHIMA recertification, 2021").issuer(Ahima.AHIMA)
        .effectiveFrom(LocalDate.of(2021, 1, 1)).effectiveTo(LocalDate.of(2024, 12, 31))
        .cycleLength(Period.ofYears(2)).cycleAnchor(CycleAnchor.DATE_EARNED)
        .putAllRequiredCeus(ahimaCurrent())
        .addCitations(SEED, AHIMA_RECERTIFICATION_FAQ, AHIMA_UPDATES, AHIMA_RECERTIFICATION_ASPX)
        .build();
    RenewalPolicy ahima2025 = RenewalPolicy.builder()
        .id(Ahima.POLICY).name("AHIMA recertification, 2025").issuer(Ahima.AHIMA)
        .effectiveFrom(LocalDate.of(2025, 1, 1))
        .cycleLength(Period.ofYears(2)).cycleAnchor(CycleAnchor.DATE_EARNED)
        .putAllRequiredCeus(ahimaCurrent())
        .addCitations(SEED, AHIMA_RECERTIFICATION_2025, AHIMA_RECERTIFICATION_FAQ)
        .build();
    Map<CredentialId, Ceus> aapc = new LinkedHashMap<>();
    for (CredentialId id : List.of(Aapc.CPC, Aapc.COC, Aapc.CPB, Aapc.CRC)) {
      aapc.put(id, Ceus.of(36));
    }
    RenewalPolicy aapcCurrent = RenewalPolicy.builder()
        .id(Aapc.POLICY).name("AAPC CEU requirements").issuer(Aapc.AAPC)
        .cycleLength(Period.ofYears(2)).cycleAnchor(CycleAnchor.MEMBERSHIP_RENEWAL_DATE)
        .putAllRequiredCeus(aapc)
        .addCitations(AAPC_CEU_HELP, AAPC_CEU_FAQ, AAPC_CEU_POLICIES, AAPC_MAINTAIN)
        .build();
    RenewalPolicy ncra = RenewalPolicy.builder()
        .id(Ncra.POLICY).name("NCRA continuing education").issuer(Ncra.NCRA)
        .cycleLength(Period.ofYears(2)).cycleAnchor(CycleAnchor.CALENDAR_YEAR_END)
        .putAllRequiredCeus(Map.of(Ncra.ODS, Ceus.of(20)))
        .addCitation(NCRA_MAINTENANCE)
        .build();
    return List.of(ahima2019, ahima2021, ahima2025, aapcCurrent, ncra);
  }
}
