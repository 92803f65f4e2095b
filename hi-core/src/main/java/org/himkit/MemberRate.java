package org.himkit;

/** Whom an amount of a fee applies to: the issuer's members, everyone else, or everyone. */
public enum MemberRate {
  /** Members of the issuing organization. */
  MEMBER,
  /** People who are not members of the issuing organization. */
  NON_MEMBER,
  /** Everyone, whether a member or not. */
  EVERYONE;
}
