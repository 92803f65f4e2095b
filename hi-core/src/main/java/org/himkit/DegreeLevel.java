package org.himkit;

/**
 * An education level, in increasing order.
 *
 * <p>The natural order is the order of the levels: {@code ASSOCIATE.compareTo(BACCALAUREATE) < 0}.
 * A degree of a level is taken to include the levels below it for typical-entry questions; the
 * eligibility rules of a credential name the levels they accept explicitly.
 */
public enum DegreeLevel {
  /** A high-school diploma or its equivalent (GED). */
  HIGH_SCHOOL,
  /** A postsecondary nondegree award, such as a certificate program. */
  POSTSECONDARY_CERTIFICATE,
  /** An associate degree, typically two years. */
  ASSOCIATE,
  /** A baccalaureate (bachelor's) degree, typically four years. */
  BACCALAUREATE,
  /** A post-baccalaureate certificate, such as CAHIIM's HIM "Certificate of Degree". */
  POST_BACCALAUREATE_CERTIFICATE,
  /** A master's degree. */
  MASTERS,
  /** A doctoral or professional degree (for example PhD, JD, MD). */
  DOCTORATE;

  /**
   * Returns the level in plain lower-case words, such as {@code "associate degree"}.
   *
   * @return the label, not null
   */
  public String label() {
    return switch (this) {
      case HIGH_SCHOOL -> "high-school diploma";
      case POSTSECONDARY_CERTIFICATE -> "postsecondary certificate";
      case ASSOCIATE -> "associate degree";
      case BACCALAUREATE -> "baccalaureate degree";
      case POST_BACCALAUREATE_CERTIFICATE -> "post-baccalaureate certificate";
      case MASTERS -> "master's degree";
      case DOCTORATE -> "doctoral degree";
    };
  }
}
