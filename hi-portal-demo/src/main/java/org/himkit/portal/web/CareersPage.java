package org.himkit.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.himkit.Credential;
import org.himkit.Occupation;
import org.himkit.Organization;
import org.himkit.Profession;
import org.himkit.ProgramType;
import org.himkit.Role;
import org.himkit.WageStatistic;
import org.himkit.WorkSetting;

/**
 * The career explorer: the profession as the seed page describes it, each role with its settings, credentials
 * and entry path, the work settings, the degrees, the credentials with their renewal rules and the wage with
 * its source and period.
 *
 * @param catalogVersion  the catalog's data version, or "custom"
 * @param asOf  the date whose renewal rules are shown
 * @param profession  the profession
 * @param organization  its professional organization
 * @param levels  the two levels (technician and manager)
 * @param roles  every role
 * @param settings  every work setting, the seed page's nine first
 * @param programs  the program types
 * @param credentials  the credentials with their renewal rules
 * @param statedWage  the median salary the seed page states, with its source
 * @param latestWage  the latest median annual wage with a reference period
 * @param wageOccupation  the occupation the wages count
 */
public record CareersPage(String catalogVersion, LocalDate asOf, Profession profession, Organization organization,
    List<RoleView> levels, List<RoleView> roles, List<WorkSetting> settings, List<ProgramView> programs,
    List<CredentialRow> credentials, Optional<WageStatistic> statedWage, Optional<WageStatistic> latestWage,
    Optional<Occupation> wageOccupation) {

  /**
   * A role with what the page shows of it.
   *
   * @param role  the role
   * @param typicalEntry  its typical entry in words, empty where no source gives one
   * @param broader  the title of the role it specializes, if any
   * @param settings  its work settings
   * @param credentials  its credentials
   * @param occupations  its occupations
   */
  public record RoleView(Role role, Optional<String> typicalEntry, Optional<String> broader,
      List<WorkSetting> settings, List<Credential> credentials, List<Occupation> occupations) {}

  /**
   * A program type with the names of the credentials it prepares for.
   *
   * @param program  the program type
   * @param preparesFor  the credentials it prepares for
   */
  public record ProgramView(ProgramType program, List<Credential> preparesFor) {}

  /**
   * A credential with its renewal rule for cycles beginning on the page's date.
   *
   * @param credential  the credential
   * @param issuer  its issuer's abbreviation
   * @param ceusPerCycle  the CEUs required per cycle, empty if no rule is recorded
   * @param cycle  the cycle's length, empty if no rule is recorded
   */
  public record CredentialRow(Credential credential, String issuer, Optional<String> ceusPerCycle,
      Optional<String> cycle) {}
}
