package org.himkit;

/**
 * How an education program is delivered.
 */
public enum DeliveryMode {
  /** Traditional classroom teaching. */
  CLASSROOM,
  /** Distance learning. */
  DISTANCE;
}
