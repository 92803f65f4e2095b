package org.himkit.examples;

import java.io.PrintStream;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.catalog.CredentialMatch;
import org.himkit.catalog.HimCatalog;

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
    // quick-start:end
  }
}
