package org.himkit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.Profession;
import org.himkit.Role;
import org.himkit.RoleLevel;
import org.himkit.WorkSetting;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.Ceus;
import org.himkit.portal.web.Labels;
import org.himkit.text.HimText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The career explorer shows every fact of the seed page, from the catalog, with its source. */
@PortalTest
class CareersPageTest {
  @Autowired MockMvc mvc;
  @Autowired HimCatalog catalog;

  private Document page;

  @BeforeEach
  void load() throws Exception {
    page = Pages.get(mvc, "/careers");
  }

  @Test
  void theProfessionWithWhatItLinksAndBridges() {
    Profession p = catalog.profession().orElseThrow();
    String text = page.expectFirst("#profession").text();
    assertThat(text).contains(p.description()).contains(p.facts()).contains(p.bridges());
    p.linkedTo().forEach(l -> assertThat(text).contains(l));
    assertThat(text).contains("acquiring, analyzing, maintaining, releasing, and protecting medical information");
    assertThat(page.select("#profession .sources li")).isNotEmpty();
  }

  @Test
  void theTwoLevelsWithTheirTypicalEntry() {
    List<String> titles = page.select("#levels article h3").eachText();
    assertThat(titles).containsExactly("Health information technician (HIT)", "Health information manager (HIM)");
    assertThat(page.expectFirst("#levels").text())
        .contains(HimText.english().requirement(role(RoleLevel.TECHNICIAN).typicalEntry().orElseThrow()))
        .contains("associate degree").contains("RHIT").contains("baccalaureate degree").contains("RHIM");
  }

  @Test
  void everyRoleWithItsSettingsCredentialsAndEntryPath() {
    assertThat(page.select("article.role")).hasSize(catalog.roles().count());
    for (Role role : catalog.roles().list()) {
      Element article = page.expectFirst("#role-" + role.id().value());
            String text = article.text();
      assertThat(text).contains(role.title()).contains(role.summary());
      role.responsibilities().forEach(r -> assertThat(text).contains(r));
      for (WorkSetting s : catalog.workSettings().list()) {
        assertThat(text.contains(s.name())).as(role.title() + " in " + s.name())
            .isEqualTo(role.workSettings().contains(s.id()));
      }
      role.credentials().forEach(c -> assertThat(text).contains(c.value()));
      role.typicalEntry().ifPresent(entry -> assertThat(text).contains(HimText.english().requirement(entry)));
    }
    assertThat(page.expectFirst("#role-health-information-technician").text())
        .contains("Works directly with patients not generally direct");
  }

  @Test
  void theNineWorkEnvironmentsOfTheSeedPageComeFirst() {
    assertThat(page.select("#settings li").eachText()).startsWith("Hospitals", "Physician offices",
        "Long-term care facilities", "Insurance companies", "Correctional facilities", "Mental health facilities",
        "IT companies", "Law offices", "Consultants")
        .hasSize(catalog.workSettings().count());
  }

  @Test
  void theDegreesWithLengthFocusDeliveryAndTheCredentialsTheyPrepareFor() {
    String associate = page.expectFirst("#program-him-associate").text();
    assertThat(associate).contains("2 years").contains("technical").contains("classroom, distance")
        .contains("Evening programs available").contains("General overview of the profession")
        .contains("RHIT (Registered Health Information Technician)");
    String bachelor = page.expectFirst("#program-him-baccalaureate").text();
    assertThat(bachelor).contains("4 years").contains("management").contains("Two years of general education courses")
        .contains("Professional coursework begins in the junior year").contains("RHIT to RHIA programs: available")
        .contains("RHIA (Registered Health Information Administrator)");
  }

  @Test
  void theCredentialsWithTheCeusOfACycleBeginningToday() {
    HimText text = HimText.english();
    assertThat(page.expectFirst("#credential-RHIT").select("td").eachText())
        .containsExactly("RHIT", "Registered Health Information Technician", "AHIMA", "active", text.ceus(Ceus.of(20)),
            "2 years");
    assertThat(page.expectFirst("#credential-RHIA").select("td").eachText()).contains(text.ceus(Ceus.of(30)));
    assertThat(page.select("#credentials tbody tr")).hasSize(catalog.credentials().count());
    assertThat(page.expectFirst("#credentials").text()).contains("Cycles beginning " + PortalTest.TODAY);
    // the page and the catalog agree on a credential whose rule changed: the rule in force today is shown
    assertThat(catalog.findRenewalPolicy(catalog.getCredential(CredentialId.of("RHIT")).renewalPolicy().orElseThrow(),
        LocalDate.of(2026, 11, 24))).isPresent();
  }

  @Test
  void theSalaryTheSeedPageStatesWithItsSourceAndMissingPeriod() {
    Element salary = page.expectFirst("#salary");
    var stated = catalog.profession().orElseThrow().medianSalary().orElseThrow();
    assertThat(salary.text()).contains("$48,780").contains(Labels.usd(stated.amount()))
        .contains("Reference period: none given").contains("not confirmed at source")
        .contains("Medical Records Specialists");
    assertThat(salary.select(".sources li").eachText()).anyMatch(s -> s.contains(stated.citations().get(0).title()));
    assertThat(salary.select(".wage")).hasSize(2);
  }

  @Test
  void theProfessionalOrganization() {
    assertThat(page.expectFirst("#organization").text())
        .contains("American Health Information Management Association (AHIMA)");
  }

  private Role role(RoleLevel level) {
    return catalog.roles().atLevel(level).first().orElseThrow();
  }
}
