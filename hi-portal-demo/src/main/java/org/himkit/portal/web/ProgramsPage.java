package org.himkit.portal.web;

import java.util.List;
import org.himkit.Credential;
import org.himkit.DegreeLevel;
import org.himkit.ProgramOffering;
import org.himkit.ProgramType;

/**
 * The program finder: the filters, the program types that match and the (fictional) offerings that match.
 *
 * @param form  the filters as given, with a message per wrong field
 * @param credentials  the credentials some program prepares for, to choose from
 * @param levels  the degree levels of the program types, to choose from
 * @param states  the states of the offerings, to choose from
 * @param types  the program types that match, empty when a filter is wrong
 * @param offerings  the offerings that match, empty when a filter is wrong
 * @param allOfferings  how many offerings the catalog holds
 */
public record ProgramsPage(Form form, List<Credential> credentials, List<DegreeLevel> levels, List<String> states,
    List<ProgramType> types, List<Offering> offerings, int allOfferings) {

  /**
   * An offering with the name of its program type.
   *
   * @param offering  the offering
   * @param type  its program type
   */
  public record Offering(ProgramOffering offering, ProgramType type) {}
}
