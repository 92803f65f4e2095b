package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.SEED;

import org.himkit.Profession;

/**
 * DATA: the profession as the seed page describes it, with the page's median salary (the same figure
 * occupation 29-2072 lists among its wages).
 */
final class Seed {
  private Seed() {}

  static Profession profession() {
    return Profession.builder()
        .name("Health information management")
        .description("Health information management professionals study the principles and practices of acquiring, "
            + "analyzing, maintaining, releasing, and protecting medical information vital to providing quality "
            + "patient care.")
        .addLinkedTo("physicians", "technology designers", "information technology")
        .addBridges("patients' health information and payors, such as insurance companies",
            "patients' health information and government and regulating agencies")
        .addFacts("They are a critical component of the electronic health record (EHR) workforce.",
            "There are two levels of health information management professionals: health information technicians "
                + "(HIT) and health information managers (HIM).")
        .professionalOrganization(Ahima.AHIMA)
        .medianSalary(Labor.seedMedian())
        .salaryOccupation(Labor.MEDICAL_RECORDS_SPECIALISTS)
        .addCitation(SEED)
        .build();
  }
}
