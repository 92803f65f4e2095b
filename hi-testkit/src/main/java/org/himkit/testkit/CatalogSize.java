package org.himkit.testkit;

import com.google.common.primitives.ImmutableIntArray;

/**
 * How many entries of each kind a {@linkplain CatalogGenerator generated catalog} has.
 *
 * <p>Each size gives a range per kind; a catalog draws a number in each range, the bounds often, and
 * shrinks toward the lower bounds. The ranges (organizations, credentials, renewal policies with
 * their versions, occupations, work settings, roles, program types, program offerings, known
 * omissions):
 *
 * <table class="striped">
 * <caption>Entries per size</caption>
 * <thead><tr><th scope="col">size</th><th scope="col">org.</th><th scope="col">cred.</th>
 *   <th scope="col">policies (versions)</th><th scope="col">occ.</th><th scope="col">settings</th>
 *   <th scope="col">roles</th><th scope="col">types</th><th scope="col">offerings</th>
 *   <th scope="col">omissions</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">EMPTY</th><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
 * <tr><th scope="row">SMALL</th><td>1-3</td><td>0-6</td><td>0-2 (1-3)</td><td>0-3</td><td>0-4</td><td>0-6</td><td>0-3</td><td>0-6</td><td>0-2</td></tr>
 * <tr><th scope="row">MEDIUM</th><td>1-4</td><td>1-40</td><td>0-3 (1-3)</td><td>1-6</td><td>1-9</td><td>1-30</td><td>1-8</td><td>0-50</td><td>0-4</td></tr>
 * <tr><th scope="row">LARGE</th><td>2-10</td><td>50-300</td><td>3-20 (1-4)</td><td>5-30</td><td>9-20</td><td>50-300</td><td>8-30</td><td>500-2000</td><td>0-10</td></tr>
 * </tbody>
 * </table>
 *
 * <p>A catalog without organizations has no credentials or policies, and one without program types
 * has no offerings. {@link CatalogGenerator#withOfferings(int, int)} sets the offerings apart.
 */
public enum CatalogSize {
  /** No entry of any kind, and no profession. */
  EMPTY(0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
  /** A few entries of each kind: quick to build, easy to read when a property fails. */
  SMALL(1, 3, 0, 6, 0, 2, 3, 0, 3, 0, 4, 0, 6, 0, 3, 0, 6, 2),
  /** Tens of entries: enough for queries to have something to filter. */
  MEDIUM(1, 4, 1, 40, 0, 3, 3, 1, 6, 1, 9, 1, 30, 1, 8, 0, 50, 4),
  /** Hundreds of entries and thousands of offerings, for tests of scale. */
  LARGE(2, 10, 50, 300, 3, 20, 4, 5, 30, 9, 20, 50, 300, 8, 30, 500, 2000, 10);

  /**
   * The bounds, in this order: organizations (min, max), credentials (min, max), policies (min, max),
   * versions per policy (max), occupations, work settings, roles, program types and offerings (min,
   * max each), known omissions (max).
   */
  private final ImmutableIntArray bounds;

  CatalogSize(int... bounds) {
    this.bounds = ImmutableIntArray.copyOf(bounds);
  }

  int minOrganizations() {
    return bounds.get(0);
  }

  int maxOrganizations() {
    return bounds.get(1);
  }

  int minCredentials() {
    return bounds.get(2);
  }

  int maxCredentials() {
    return bounds.get(3);
  }

  int minPolicies() {
    return bounds.get(4);
  }

  int maxPolicies() {
    return bounds.get(5);
  }

  int maxVersions() {
    return bounds.get(6);
  }

  int minOccupations() {
    return bounds.get(7);
  }

  int maxOccupations() {
    return bounds.get(8);
  }

  int minSettings() {
    return bounds.get(9);
  }

  int maxSettings() {
    return bounds.get(10);
  }

  int minRoles() {
    return bounds.get(11);
  }

  int maxRoles() {
    return bounds.get(12);
  }

  int minProgramTypes() {
    return bounds.get(13);
  }

  int maxProgramTypes() {
    return bounds.get(14);
  }

  int minOfferings() {
    return bounds.get(15);
  }

  int maxOfferings() {
    return bounds.get(16);
  }

  int maxOmissions() {
    return bounds.get(17);
  }
}
