package org.himkit;

/**
 * The level of a role in the profession.
 */
public enum RoleLevel {
  /** The technician level: the seed's health information technician. */
  TECHNICIAN,
  /** The management level: the seed's health information manager. */
  MANAGER,
  /** A specialization, such as medical coder or cancer registrar. */
  SPECIALIST;
}
