package org.himkit.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.himkit.AccreditationStatus;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.ProgramType;
import org.himkit.catalog.HimCatalog;
import org.himkit.catalog.ProgramOfferingQuery;
import org.himkit.catalog.ProgramTypeQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The program finder ({@code /programs}): filters over program types and the sample offerings. */
@Controller
public class ProgramsController {
  private final HimCatalog catalog;

  /**
   * Creates the controller.
   *
   * @param catalog  the catalog, with the sample offerings
   */
  public ProgramsController(HimCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Shows the finder with the filters given.
   *
   * @param params  the filters: {@code credential}, {@code level}, {@code delivery}, {@code evening},
   *     {@code state}, {@code accredited}, {@code institution}
   * @param model  the model
   * @return the view
   */
  @GetMapping("/programs")
  public String programs(@RequestParam Map<String, String> params, Model model) {
    model.addAttribute("page", find(new Form(params)));
    return "programs";
  }

  ProgramsPage find(Form form) {
    Optional<CredentialId> credential = form.choice("credential",
        v -> catalog.findCredential(CredentialId.of(v)).map(c -> c.id()));
    Optional<DegreeLevel> level = form.choice("level", DegreeLevel.class);
    Optional<DeliveryMode> delivery = form.choice("delivery", DeliveryMode.class);
    Optional<String> state = form.choice("state", v -> states().contains(v) ? Optional.of(v) : Optional.empty());
    Optional<String> institution = form.text("institution");
    boolean evening = form.checked("evening");
    boolean accredited = form.checked("accredited");

    List<ProgramType> types = List.of();
    List<ProgramsPage.Offering> offerings = List.of();
    if (!form.hasErrors()) {
      ProgramTypeQuery t = catalog.programTypes();
      ProgramOfferingQuery o = catalog.programOfferings();
      if (credential.isPresent()) {
        t = t.preparingFor(credential.get());
        o = o.preparingFor(credential.get());
      }
      if (level.isPresent()) {
        t = t.atLevel(level.get());
        o = o.atLevel(level.get());
      }
      if (delivery.isPresent()) {
        t = t.withDeliveryMode(delivery.get());
        o = o.withDeliveryMode(delivery.get());
      }
      if (evening) {
        t = t.withEveningPrograms();
        o = o.withEveningPrograms();
      }
      if (state.isPresent()) {
        o = o.inRegion("US", state.get());
      }
      if (accredited) {
        o = o.withAccreditationStatus(AccreditationStatus.ACCREDITED);
      }
      if (institution.isPresent()) {
        o = o.institutionStartingWith(institution.get());
      }
      types = t.list();
      offerings = o.sortedByInstitution().list().stream()
          .map(x -> new ProgramsPage.Offering(x, catalog.getProgramType(x.programType()))).toList();
    }
    return new ProgramsPage(form,
        catalog.programTypes().list().stream().flatMap(p -> p.preparesFor().stream()).distinct()
            .map(catalog::getCredential).toList(),
        catalog.programTypes().list().stream().map(ProgramType::level).distinct().sorted().toList(),
        states(), types, offerings, catalog.programOfferings().count());
  }

  private List<String> states() {
    return catalog.programOfferings().stream().flatMap(o -> o.location().region().stream()).distinct().sorted()
        .toList();
  }
}
