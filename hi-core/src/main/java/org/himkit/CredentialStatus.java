package org.himkit;

/**
 * Whether the issuer still offers a credential.
 */
public enum CredentialStatus {
  /** The issuer offers the credential's exam and maintains it. */
  ACTIVE,
  /** The issuer no longer offers the credential's exam. */
  RETIRED;
}
