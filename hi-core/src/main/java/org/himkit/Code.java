package org.himkit;

import java.util.Objects;
import org.himkit.internal.Problems;

/**
 * An occupation code in a classification scheme, such as SOC 2018 {@code 29-2072} "Medical Records
 * Specialists" or O*NET-SOC {@code 29-2072.00}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param scheme the scheme, not null
 * @param schemeVersion the version of the scheme, such as {@code "2018"}, not blank
 * @param value the code, such as {@code "29-2072"}, not blank
 * @param label the scheme's title for the code, not blank
 */
public record Code(CodeScheme scheme, String schemeVersion, String value, String label) {
  /**
   * Creates a code after checking it.
   *
   * @param scheme the scheme, not null
   * @param schemeVersion the version of the scheme, such as {@code "2018"}, not blank
   * @param value the code, such as {@code "29-2072"}, not blank
   * @param label the scheme's title for the code, not blank
   * @throws HimValidationException if a part is blank
   */
  public Code {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(schemeVersion, "schemeVersion");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
    Problems p = Problems.of("code " + scheme + " " + value);
    p.text(schemeVersion, "schemeVersion");
    p.code(value, "value");
    p.text(label, "label");
    p.check();
  }

  /**
   * Returns the code as {@code SCHEME VERSION VALUE}, such as {@code "SOC 2018 29-2072"}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return scheme + " " + schemeVersion + " " + value + " (" + label + ")";
  }
}
