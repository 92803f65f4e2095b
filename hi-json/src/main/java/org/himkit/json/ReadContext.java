package org.himkit.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.himkit.Citation;
import org.himkit.TypedId;
import org.jspecify.annotations.Nullable;

/**
 * The state of one read: the problems found so far, the references to check once the whole document is
 * read, and the citations already seen (a catalog repeats the same sources many times; equal citations
 * are shared, which keeps a large catalog small in memory). Not thread-safe: one read, one context.
 */
final class ReadContext {
  private final List<JsonProblem> problems = new ArrayList<>();
  private int found;
  private final @Nullable References references;
  private final Map<Citation, Citation> citations = new HashMap<>();

  private ReadContext(@Nullable References references) {
    this.references = references;
  }

  /** Returns a context for a single value, whose references are not checked. */
  static ReadContext standalone() {
    return new ReadContext(null);
  }

  /** Returns a context for a catalog document, which records references to check. */
  static ReadContext forCatalog(References references) {
    return new ReadContext(references);
  }

  /** Records a problem; past the limit of a report, only counts it. */
  void problem(JsonPath path, JsonProblem.Kind kind, String message) {
    found++;
    if (problems.size() < HimJsonException.MAX_PROBLEMS - 1) {
      problems.add(new JsonProblem(path.toString(), kind, message));
    }
  }

  /** Returns how many problems were found, including those past the limit of a report. */
  int found() {
    return found;
  }

  /** Returns whether the report is full, so that reading may stop. */
  boolean full() {
    return found >= HimJsonException.MAX_PROBLEMS - 1;
  }

  /** Returns the problems to report, with a last one saying how many more there are. */
  List<JsonProblem> problems() {
    if (found <= problems.size()) {
      return List.copyOf(problems);
    }
    List<JsonProblem> all = new ArrayList<>(problems);
    all.add(new JsonProblem("$", JsonProblem.Kind.TOO_MANY_PROBLEMS, "reading stopped after "
        + problems.size() + " problems; the document has more"));
    return List.copyOf(all);
  }

  /** Records a reference to an entry, to be checked when the whole catalog is read. */
  void reference(References.Kind kind, TypedId<?> id, JsonPath path) {
    if (references != null) {
      references.refer(kind, id, path);
    }
  }

  /** Returns the citation equal to the given one that this read has seen first. */
  Citation intern(Citation citation) {
    Citation seen = citations.putIfAbsent(citation, citation);
    return seen == null ? citation : seen;
  }
}
