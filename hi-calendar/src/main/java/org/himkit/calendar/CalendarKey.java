package org.himkit.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The key that tells one holder's calendar events apart from another's, kept only as a hash.
 *
 * <p>Event ids ({@code UID}) must be the same each time a holder's calendar is written, so that
 * importing a newer file updates the events, and must differ between holders, so that two holders'
 * files imported into one calendar program (a manager's, say) do not overwrite each other. The caller
 * supplies a key that is stable for the holder, such as the portal's account id; this class keeps only
 * its SHA-256 digest, and the event ids are derived from the digest, never from the key in clear.
 *
 * <p>A digest of a short, guessable key (a small account number) can be found by trying every key. If
 * the key is sensitive, pass a value that cannot be guessed: a random value stored with the account, or
 * a keyed hash (HMAC) of the account id under a secret of the application.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarKey {
  /** Separates keys of this library from other uses of the same text. */
  private static final byte[] DOMAIN = "org.himkit.calendar.CalendarKey/1\0".getBytes(StandardCharsets.UTF_8);

  private final byte[] digest;

  private CalendarKey(byte[] digest) {
    this.digest = digest;
  }

  /**
   * Obtains a key from the caller's stable key for a holder, keeping only its hash.
   *
   * @param key  the caller's key for the holder, such as an account id, not blank
   * @return the key, not null
   * @throws NullPointerException if the key is null
   * @throws HimValidationException if the key is blank (the value is not repeated in the message)
   */
  public static CalendarKey of(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "calendar key", "key", "must not be blank",
          "a blank text of " + key.length() + " characters");
    }
    MessageDigest sha = sha256();
    sha.update(DOMAIN);
    return new CalendarKey(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Returns a copy of the SHA-256 digest of the key.
   *
   * @return the 32 bytes of the digest, a new array, not null
   */
  public byte[] digest() {
    return digest.clone();
  }

  /**
   * Feeds the digest to a message digest, without copying it.
   *
   * @param sha  the message digest, not null
   */
  void update(MessageDigest sha) {
    sha.update(digest);
  }

  /**
   * Obtains a SHA-256 message digest, which every Java platform provides.
   *
   * @return a new message digest, not null
   */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * Checks whether this key is equal to another: whether both come from the same caller key.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if the digests are equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CalendarKey other && Arrays.equals(digest, other.digest);
  }

  /**
   * Returns a hash code for this key.
   *
   * @return a hash code of the digest
   */
  @Override
  public int hashCode() {
    return Arrays.hashCode(digest);
  }

  /**
   * Returns the key as {@code CalendarKey[sha256:1f3a9c20...]}: the first bytes of the digest, never the
   * caller's key.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CalendarKey[sha256:");
    for (int i = 0; i < 4; i++) {
      sb.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
    }
    return sb.append("...]").toString();
  }
}
