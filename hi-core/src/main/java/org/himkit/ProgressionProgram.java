package org.himkit;

import java.util.List;
import java.util.Optional;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A program that takes the holder of one credential toward another, such as the RHIT to RHIA
 * programs the seed page mentions.
 *
 * <p>Progression is not an automatic upgrade: the holder still meets the target credential's
 * eligibility, typically by completing a program of its level.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgressionProgram {
  ProgressionProgram() {}

  /**
   * Returns the credential the learner holds, such as {@code RHIT}.
   *
   * @return the starting credential, not null
   */
  public abstract CredentialId fromCredential();

  /**
   * Returns the credential the program leads to, such as {@code RHIA}.
   *
   * @return the target credential, not null
   */
  public abstract CredentialId toCredential();

  /**
   * Returns whether such programs are available.
   *
   * @return the availability, not null
   */
  public abstract Availability availability();

  /**
   * Returns what the source says, in plain words.
   *
   * @return the note, empty if none
   */
  public abstract Optional<String> note();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("progression program " + fromCredential() + " to " + toCredential());
    p.require(!fromCredential().equals(toCredential()), ErrorCode.INVALID_VALUE, "toCredential",
        "must differ from the starting credential", toCredential());
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.text(note(), "note");
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

  /** A builder of {@link ProgressionProgram} values. */
  public static final class Builder extends ImmutableProgressionProgram.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
