package org.himkit.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.himkit.Credential;
import org.himkit.Occupation;
import org.himkit.Profession;
import org.himkit.RoleLevel;
import org.himkit.policy.RenewalPolicy;
import org.himkit.catalog.HimCatalog;
import org.himkit.text.HimText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The career explorer ({@code /careers}). */
@Controller
public class CareersController {
  private final HimCatalog catalog;
  private final HimText text;
  private final Clock clock;

  /**
   * Creates the controller.
   *
   * @param catalog  the catalog
   * @param text  the renderer
   * @param clock  the clock that gives the date of the renewal rules shown
   */
  public CareersController(HimCatalog catalog, HimText text, Clock clock) {
    this.catalog = catalog;
    this.text = text;
    this.clock = clock;
  }

  /**
   * Shows the career explorer.
   *
   * @param model  the model
   * @return the view
   */
  @GetMapping("/careers")
  public String careers(Model model) {
    model.addAttribute("page", page(LocalDate.now(clock)));
    return "careers";
  }

  CareersPage page(LocalDate asOf) {
    Profession profession = catalog.profession().orElseThrow();
    List<CareersPage.RoleView> roles = catalog.roles().list().stream().map(this::role).toList();
    Optional<Occupation> wageOccupation = profession.salaryOccupation().flatMap(catalog::findOccupation);
    return new CareersPage(
        catalog.version().map(Object::toString).orElse("custom"),
        asOf,
        profession,
        catalog.getOrganization(profession.professionalOrganization()),
        roles.stream().filter(r -> r.role().level() != RoleLevel.SPECIALIST).toList(),
        roles,
        catalog.workSettings().list(),
        catalog.programTypes().list().stream()
            .map(p -> new CareersPage.ProgramView(p, p.preparesFor().stream().map(catalog::getCredential).toList()))
            .toList(),
        catalog.credentials().list().stream().map(c -> credential(c, asOf)).toList(),
        profession.medianSalary(),
        wageOccupation.flatMap(Occupation::latestMedianAnnualWage),
        wageOccupation);
  }

  private CareersPage.RoleView role(org.himkit.Role role) {
    return new CareersPage.RoleView(role,
        role.typicalEntry().map(text::requirement),
        role.specializationOf().map(id -> catalog.getRole(id).title()),
        catalog.workSettings().list().stream().filter(s -> role.workSettings().contains(s.id())).toList(),
        role.credentials().stream().map(catalog::getCredential)
            .sorted(Comparator.comparing(c -> c.id().value())).toList(),
        role.occupations().stream().map(catalog::getOccupation).toList());
  }

  private CareersPage.CredentialRow credential(Credential c, LocalDate asOf) {
    Optional<RenewalPolicy> policy = c.renewalPolicy().flatMap(id -> catalog.findRenewalPolicy(id, asOf));
    return new CareersPage.CredentialRow(c, catalog.getOrganization(c.issuer()).abbreviation(),
        policy.flatMap(p -> p.requiredCeus(c.id())).map(text::ceus),
        policy.filter(p -> p.requiredCeus(c.id()).isPresent()).map(p -> text.duration(p.cycleLength())));
  }
}
