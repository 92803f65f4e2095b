package org.himkit;

import java.util.List;
import org.himkit.internal.HimFirstPartsStyle;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A name that is used for a credential in some texts but is not the credential's name.
 *
 * <p>The seed page calls the health information manager's credential "RHIM"; no such credential
 * exists, and the baccalaureate-level HIM credential is RHIA. Resolving "RHIM" therefore leads to
 * RHIA with this misnomer's note, never to a credential of that name.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimFirstPartsStyle // the JDK's collections, and a factory of every attribute for the built-in data: start-up
public abstract class Misnomer {
  Misnomer() {}

  /**
   * Returns the mistaken name, such as {@code "RHIM"}.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Returns an explanation of the mistake and of the credential meant.
   *
   * @return the note, not blank
   */
  public abstract String note();

  /**
   * Returns the sources: where the misnomer appears and what shows the correct name.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("misnomer", text());
    p.text(text(), "text");
    p.text(note(), "note");
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.check();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Misnomer} values. */
  public static final class Builder extends ImmutableMisnomer.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
