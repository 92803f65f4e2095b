package org.himkit.json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.himkit.TypedId;

/**
 * The entries a catalog document defines and the references between them, each with its JSON path, so
 * that a duplicate id or a reference to nothing is reported where it is written.
 */
final class References {

  /** The kinds of entry that can be referred to. */
  enum Kind {
    ORGANIZATION("organization"),
    CREDENTIAL("credential"),
    PROGRAM_TYPE("program type"),
    ROLE("role"),
    WORK_SETTING("work setting"),
    OCCUPATION("occupation"),
    RENEWAL_POLICY("renewal policy"),
    PROGRAM_OFFERING("program offering"),
    KNOWN_OMISSION("known omission");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** Returns the kind in words, such as {@code "program type"}. */
    String label() {
      return label;
    }
  }

  /** Where each defined id is written: a path, or {@code "the base catalog"}. */
  private final Map<Kind, Map<String, String>> defined = new EnumMap<>(Kind.class);
  private final List<Ref> references = new ArrayList<>();

  private record Ref(Kind kind, String id, JsonPath path) {}

  /**
   * Records an entry's id.
   *
   * @return where the id was already defined, empty if it was not
   */
  Optional<String> define(Kind kind, TypedId<?> id, String where) {
    return Optional.ofNullable(defined.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id.value(), where));
  }

  /** Checks whether an id is defined. */
  boolean isDefined(Kind kind, TypedId<?> id) {
    return defined.getOrDefault(kind, Map.of()).containsKey(id.value());
  }

  /** Records a reference to check. */
  void refer(Kind kind, TypedId<?> id, JsonPath path) {
    references.add(new Ref(kind, id.value(), path));
  }

  /** Reports every reference to an id that is not defined. */
  void check(ReadContext cx) {
    for (Ref r : references) {
      if (!defined.getOrDefault(r.kind(), Map.of()).containsKey(r.id())) {
        cx.problem(r.path(), JsonProblem.Kind.UNRESOLVED_REFERENCE, "refers to " + r.kind().label() + " \"" + r.id()
            + "\", which the catalog does not hold");
      }
    }
  }
}
