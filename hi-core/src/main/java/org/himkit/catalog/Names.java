package org.himkit.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.himkit.UnknownEntryException;
import org.himkit.internal.Text;

/** Near-match suggestions for lookups; names are compared by their {@linkplain Text#key(String) keys}. */
final class Names {
  private Names() {}

  /**
   * Returns the failure of a lookup of an id that the catalog does not hold. Made here and declared as a
   * {@link RuntimeException}, so that linking {@link HimCatalog} (the first call of {@link HimCatalog#builtIn()}) does
   * not load the exception's class, which only a failed lookup needs (start-up).
   *
   * @param kind  the kind of entry, such as {@code credential}
   * @param id  the id looked up
   * @param suggestions  the near ids, best first
   * @return an {@link UnknownEntryException}
   */
  static RuntimeException unknownEntry(String kind, String id, List<String> suggestions) {
    return new UnknownEntryException(kind, id, suggestions);
  }

  /**
   * Returns the failure of a catalog that is not consistent, for the same reason as {@link #unknownEntry}: the
   * built-in catalog's first call links its builder, but never fails.
   *
   * @param problems  every problem found
   * @return an {@link org.himkit.CatalogException}
   */
  static RuntimeException invalidCatalog(List<String> problems) {
    return new org.himkit.CatalogException(problems);
  }

  /**
   * Returns the candidates nearest to a name, best first: those within an edit distance of two of
   * its key, or whose key starts with the name's key.
   *
   * @param name the name looked up
   * @param candidates the names that exist
   * @param limit the largest number of suggestions
   * @return the suggestions, best first
   */
  static List<String> suggestions(String name, Collection<String> candidates, int limit) {
    String key = Text.key(name);
    return candidates.stream()
        .map(c -> new Scored(c, distance(key, Text.key(c)), !key.isEmpty() && Text.key(c).startsWith(key)))
        .filter(s -> s.distance() <= 2 || s.prefix())
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
        .limit(limit)
        .map(Scored::candidate)
        .distinct()
        .collect(Collectors.toList());
  }

  private record Scored(String candidate, int distance, boolean prefix) {}

  /**
   * Returns the Levenshtein distance between two texts.
   *
   * @param a the first text
   * @param b the second text
   * @return the number of single-character edits between them
   */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
