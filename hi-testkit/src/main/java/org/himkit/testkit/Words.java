package org.himkit.testkit;

import java.util.List;

/**
 * The vocabularies of generated text: plain English words of the profession, with names that differ
 * only in case, names with accented letters, and names that share a prefix, so that text matching is
 * exercised. Nothing here is a fact about the profession.
 */
final class Words {
  private Words() {}

  static final List<String> PROSE = List.of("Generated requirement", "A program of study", "Coding experience",
      "Completion of a course", "Registry work", "Documentation review", "Privacy training");

  static final List<String> TRAININGS = List.of("training", "coding-course", "privacy-module", "registry-course",
      "review-program");

  static final List<String> COURSEWORK = List.of("coursework", "anatomy-physiology", "medical-terminology",
      "pharmacology", "statistics");

  static final List<String> PUBLISHERS = List.of("Example Association", "Example Bureau of Statistics",
      "Generated Publisher", "Soci\u00e9t\u00e9 Exemple", "Test Council");

  static final List<String> TITLES = List.of("Certification handbook", "Recertification guide", "Occupational outlook",
      "Program directory", "Candidate guide", "News release");

  static final List<String> TOPICS = List.of("Coding", "Health information", "Data analytics", "Privacy",
      "Documentation", "Registry", "Billing", "Informatics");

  static final List<String> ORGANIZATION_WORDS = List.of("Association", "Council", "Academy", "Commission",
      "Society", "Bureau");

  static final List<String> INSTITUTIONS = List.of("Lakeside College", "lakeview University", "Lake Forest Institute",
      "North Valley Community College", "Northern State", "St. Mary's College", "Saint Louis School",
      "\u00c5lesund H\u00f8gskole", "Example Tech", "EXAMPLE Academy");

  static final List<String> COUNTRIES = List.of("US", "CA", "PR", "GB");

  static final List<String> REGIONS = List.of("IL", "il", "NY", "ON", "Qc", "TX", "\u00cele-de-France");

  static final List<String> CITIES = List.of("Chicago", "Springfield", "Toronto", "Montr\u00e9al", "San Juan");

  static final List<String> ROLE_TITLES = List.of("Coder", "analyst", "Manager", "registrar", "Specialist",
      "technician", "Director", "auditor");

  static final List<String> SETTINGS = List.of("Hospitals", "law offices", "Clinics", "Insurance companies",
      "consulting firms", "Registries");

  static final List<String> SENTENCES = List.of("Reviews records for accuracy.", "Assigns codes to diagnoses.",
      "Maintains a registry.", "Protects patient privacy.", "Analyzes data.", "Leads a department.");

  static final List<String> SCOPES = List.of("Medical records specialists",
      "Health information technologists and medical registrars", "All occupations");

  static final List<String> EDITIONS = List.of("2022 edition", "May 2023 data", "2024-25 edition", "Q3 2021");

  static final List<String> PROGRAM_WORDS = List.of("Associate program", "bachelor program", "Master program",
      "Certificate program", "Progression program");
}
