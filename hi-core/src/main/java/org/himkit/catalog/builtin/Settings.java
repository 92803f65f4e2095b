package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.SEED;

import java.util.List;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;

/** DATA: the nine work environments of the seed page, in the page's order. */
final class Settings {
  private Settings() {}

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
        setting(WorkSettingId.CONSULTING, "Consultants"));
  }

  private static WorkSetting setting(WorkSettingId id, String name) {
    return WorkSetting.builder().id(id).name(name).addCitation(SEED).build();
  }
}
