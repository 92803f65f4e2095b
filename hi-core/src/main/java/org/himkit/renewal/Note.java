package org.himkit.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.KnownOmissionId;
import org.himkit.policy.Ceus;

/**
 * Something that shaped an assessment and that a holder should know: an explicit input the evaluator
 * followed, a credential left out, a cycle not judged, or a choice the library makes where a source
 * leaves a rule open, linked to the {@link org.himkit.catalog.KnownOmission} that documents it.
 *
 * <p>{@link org.himkit.text.HimText#describe(Note)} gives it in words; an application can show the
 * documented reason with {@code catalog.getKnownOmission(note.choice().get())}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind  what the note says, not null
 * @param choice  the known omission documenting the library's choice it rests on, empty if none
 * @param credentials  the credentials it concerns, possibly empty
 * @param date  the date it concerns (see {@link NoteKind}), empty if none
 * @param amount  the amount it concerns (see {@link NoteKind}), empty if none
 */
public record Note(NoteKind kind, Optional<KnownOmissionId> choice, List<CredentialId> credentials,
    Optional<LocalDate> date, Optional<Ceus> amount) {
  /**
   * Creates a note.
   *
   * @param kind  what the note says, not null
   * @param choice  the known omission it rests on, empty if none
   * @param credentials  the credentials it concerns, possibly empty
   * @param date  the date it concerns, empty if none
   * @param amount  the amount it concerns, empty if none
   * @throws NullPointerException if an argument or element is null
   */
  public Note {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    credentials = List.copyOf(Objects.requireNonNull(credentials, "credentials")); // the JDK's: start-up
  }

  /**
   * Obtains a note of a kind alone.
   *
   * @param kind  what the note says, not null
   * @param choice  the known omission it rests on, empty if none
   * @return the note, not null
   */
  public static Note of(NoteKind kind, Optional<KnownOmissionId> choice) {
    return new Note(kind, choice, List.of(), Optional.empty(), Optional.empty());
  }

  /**
   * Obtains a note about a date.
   *
   * @param kind  what the note says, not null
   * @param choice  the known omission it rests on, empty if none
   * @param date  the date, not null
   * @return the note, not null
   */
  public static Note onDate(NoteKind kind, Optional<KnownOmissionId> choice, LocalDate date) {
    return new Note(kind, choice, List.of(), Optional.of(Objects.requireNonNull(date, "date")), Optional.empty());
  }
}
