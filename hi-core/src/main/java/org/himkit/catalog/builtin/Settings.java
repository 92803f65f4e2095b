package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.LaterSources.NCRA_WHERE_REGISTRARS_WORK;
import static org.himkit.catalog.builtin.Sources.SEED;
import static org.himkit.catalog.builtin.Sources.SEER_REGISTRARS_PAGE;

import java.util.List;
import org.himkit.Citation;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;

/**
 * DATA: the nine work environments of the seed page, in the page's order, then the cancer registrars'
 * other work settings as NCI's SEER program lists them.
 */
final class Settings {
  private Settings() {}

  /** SEER's list of cancer registrars' work settings. */
  static final Citation SEER_SETTINGS = SEER_REGISTRARS_PAGE.quoting("Most cancer registrars work in hospitals. Other "
      + "work settings include central or state cancer registries, standard setting organizations, government "
      + "agencies, software vendors, pharmaceutical companies, insurance agencies, and staffing firms.");

  static final WorkSettingId CENTRAL_CANCER_REGISTRY = WorkSettingId.of("central-cancer-registry");
  static final WorkSettingId STANDARD_SETTING_ORGANIZATION = WorkSettingId.of("standard-setting-organization");
  static final WorkSettingId GOVERNMENT_AGENCY = WorkSettingId.of("government-agency");
  static final WorkSettingId SOFTWARE_VENDOR = WorkSettingId.of("software-vendor");
  static final WorkSettingId PHARMACEUTICAL_COMPANY = WorkSettingId.of("pharmaceutical-company");
  static final WorkSettingId STAFFING_FIRM = WorkSettingId.of("staffing-firm");

  /** The cancer registrar's settings, in SEER's order ("insurance agencies" as the seed's insurance companies). */
  static final List<WorkSettingId> REGISTRAR_SETTINGS = List.of(WorkSettingId.HOSPITAL, CENTRAL_CANCER_REGISTRY,
      STANDARD_SETTING_ORGANIZATION, GOVERNMENT_AGENCY, SOFTWARE_VENDOR, PHARMACEUTICAL_COMPANY,
      WorkSettingId.INSURANCE_COMPANY, STAFFING_FIRM);

  static final List<WorkSettingId> SEED_SETTINGS = List.of(WorkSettingId.HOSPITAL, WorkSettingId.PHYSICIAN_OFFICE,
      WorkSettingId.LONG_TERM_CARE, WorkSettingId.INSURANCE_COMPANY, WorkSettingId.CORRECTIONAL_FACILITY,
      WorkSettingId.MENTAL_HEALTH_FACILITY, WorkSettingId.IT_COMPANY, WorkSettingId.LAW_OFFICE,
      WorkSettingId.CONSULTING);

  static List<WorkSetting> settings() {
    return List.of(
        setting(WorkSettingId.HOSPITAL, "Hospitals"),
        setting(WorkSettingId.PHYSICIAN_OFFICE, "Physician offices"),
        setting(WorkSettingId.LONG_TERM_CARE, "Long-term care facilities"),
        setting(WorkSettingId.INSURANCE_COMPANY, "Insurance companies"),
        setting(WorkSettingId.CORRECTIONAL_FACILITY, "Correctional facilities"),
        setting(WorkSettingId.MENTAL_HEALTH_FACILITY, "Mental health facilities"),
        setting(WorkSettingId.IT_COMPANY, "IT companies"),
        setting(WorkSettingId.LAW_OFFICE, "Law offices"),
        setting(WorkSettingId.CONSULTING, "Consultants"),
        registrarSetting(CENTRAL_CANCER_REGISTRY, "Central or state cancer registries")
            .addCitation(NCRA_WHERE_REGISTRARS_WORK).build(),
        registrarSetting(STANDARD_SETTING_ORGANIZATION, "Standard setting organizations").build(),
        registrarSetting(GOVERNMENT_AGENCY, "Government agencies").addCitation(NCRA_WHERE_REGISTRARS_WORK).build(),
        registrarSetting(SOFTWARE_VENDOR, "Software vendors").build(),
        registrarSetting(PHARMACEUTICAL_COMPANY, "Pharmaceutical companies").build(),
        registrarSetting(STAFFING_FIRM, "Staffing firms").build());
  }

  private static WorkSetting.Builder registrarSetting(WorkSettingId id, String name) {
    WorkSetting.Builder b = WorkSetting.builder();
    b.id(id).name(name).addCitation(SEER_SETTINGS);
    return b;
  }

  private static WorkSetting setting(WorkSettingId id, String name) {
    return WorkSetting.builder().id(id).name(name).addCitation(SEED).build();
  }
}
