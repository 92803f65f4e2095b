package org.himkit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.OrganizationId;
import org.himkit.Role;
import org.himkit.WorkSettingId;
import org.himkit.catalog.CredentialMatch;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.Ceus;

/** The README's quick start, compiled and run by the tests. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // quick-start:begin
    HimCatalog hi = HimCatalog.builtIn();

    Credential rhit = hi.getCredential(CredentialId.of("RHIT"));
    out.println(rhit.fullName());                        // Registered Health Information Technician

    CredentialMatch m = hi.resolveCredential("RHIM").orElseThrow();
    out.println(m.credential().id() + " " + m.kind());   // RHIA MISNOMER
    out.println(m.note().orElse(""));                    // why "RHIM" means RHIA

    List<Role> roles = hi.roles().requiringAtMost(DegreeLevel.ASSOCIATE)
        .inSetting(WorkSettingId.HOSPITAL).list();
    out.println(roles.get(0).title());                   // Health information technician

    List<Credential> creds = hi.credentials().issuedBy(OrganizationId.of("AHIMA"))
        .withCycleCeusAtMost(Ceus.of(20), LocalDate.of(2026, 1, 1)).list();
    creds.forEach(c -> out.println(c.id()));             // RHIT, CCA, CCS, CCS-P
    // quick-start:end
  }
}
