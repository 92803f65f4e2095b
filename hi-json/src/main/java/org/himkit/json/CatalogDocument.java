package org.himkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.himkit.CatalogException;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.HimValidationException;
import org.himkit.KnownOmissionId;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.Profession;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.TypedId;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.catalog.CatalogVersion;
import org.himkit.catalog.HimCatalog;
import org.himkit.catalog.KnownOmission;
import org.himkit.policy.RenewalPolicy;
import org.himkit.RenewalPolicyId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * Catalog documents and overlays: writes a catalog as one JSON document, and reads a document or an
 * overlay entry by entry from a stream, so that memory holds the values read and one entry's tree at a
 * time, never the whole document's.
 *
 * <p>A read checks each entry as it comes, then the ids (no duplicates), the references (each to an
 * entry the catalog holds), the renewal policies' dates (no overlapping versions) and finally the
 * catalog builder's own rules, and reports every problem with its JSON path.
 */
final class CatalogDocument {
  private CatalogDocument() {}

  /** The format version this library writes and reads. */
  static final int FORMAT_VERSION = 1;

  static final String FORMAT_VERSION_FIELD = "formatVersion";
  static final String CATALOG_VERSION_FIELD = "catalogVersion";
  static final String PROFESSION_FIELD = "profession";
  static final String ADD = "add";
  static final String REPLACE = "replace";

  /** An entry read, with where it was written. */
  record Located<T>(T value, JsonPath path) {}

  /**
   * One kind of catalog entry: its member name, codec, id (of an entry, and parsed from text) and how the
   * catalog lists and adds it.
   */
  record Section<T>(String name, ObjectCodec<T> codec, References.Kind kind, Function<T, TypedId<?>> id,
      Function<String, TypedId<?>> parseId, Function<HimCatalog, List<T>> listing, Adder<T> adder) {}

  /** Adds an entry to a catalog builder. */
  @FunctionalInterface
  interface Adder<T> {
    void add(HimCatalog.Builder builder, T value);
  }

  static final Section<Organization> ORGANIZATIONS = new Section<>("organizations", Vocab.ORGANIZATION,
      References.Kind.ORGANIZATION, Organization::id, OrganizationId::of, HimCatalog::organizations, HimCatalog.Builder::addOrganization);
  static final Section<Credential> CREDENTIALS = new Section<>("credentials", Vocab.CREDENTIAL,
      References.Kind.CREDENTIAL, Credential::id, CredentialId::of, c -> c.credentials().list(), HimCatalog.Builder::addCredential);
  static final Section<ProgramType> PROGRAM_TYPES = new Section<>("programTypes", Vocab.PROGRAM_TYPE,
      References.Kind.PROGRAM_TYPE, ProgramType::id, ProgramTypeId::of, c -> c.programTypes().list(), HimCatalog.Builder::addProgramType);
  static final Section<ProgramOffering> PROGRAM_OFFERINGS = new Section<>("programOfferings", Vocab.PROGRAM_OFFERING,
      References.Kind.PROGRAM_OFFERING, ProgramOffering::id, ProgramOfferingId::of,
      c -> c.programOfferings().list(),
      HimCatalog.Builder::addProgramOffering);
  static final Section<Role> ROLES = new Section<>("roles", Vocab.ROLE, References.Kind.ROLE, Role::id, RoleId::of,
      c -> c.roles().list(), HimCatalog.Builder::addRole);
  static final Section<WorkSetting> WORK_SETTINGS = new Section<>("workSettings", Vocab.WORK_SETTING,
      References.Kind.WORK_SETTING, WorkSetting::id, WorkSettingId::of,
      c -> c.workSettings().list(), HimCatalog.Builder::addWorkSetting);
  static final Section<Occupation> OCCUPATIONS = new Section<>("occupations", Vocab.OCCUPATION,
      References.Kind.OCCUPATION, Occupation::id, OccupationId::of,
      c -> c.occupations().list(), HimCatalog.Builder::addOccupation);
  static final Section<RenewalPolicy> RENEWAL_POLICIES = new Section<>("renewalPolicies", Policies.RENEWAL_POLICY,
      References.Kind.RENEWAL_POLICY, RenewalPolicy::id, RenewalPolicyId::of, HimCatalog::renewalPolicies,
      HimCatalog.Builder::addRenewalPolicy);
  static final Section<KnownOmission> KNOWN_OMISSIONS = new Section<>("knownOmissions", Vocab.KNOWN_OMISSION,
      References.Kind.KNOWN_OMISSION, KnownOmission::id, KnownOmissionId::of, HimCatalog::knownOmissions,
      HimCatalog.Builder::addKnownOmission);

  /** The sections, in the order a document lists them. */
  static final List<Section<?>> SECTIONS = List.of(ORGANIZATIONS, CREDENTIALS, PROGRAM_TYPES, PROGRAM_OFFERINGS,
      ROLES, WORK_SETTINGS, OCCUPATIONS, RENEWAL_POLICIES, KNOWN_OMISSIONS);

  private static final ImmutableMap<String, Section<?>> BY_NAME;

  static {
    ImmutableMap.Builder<String, Section<?>> b = ImmutableMap.builder();
    SECTIONS.forEach(s -> b.put(s.name(), s));
    BY_NAME = b.build();
  }

  private static final Set<String> CATALOG_FIELDS = fields(FORMAT_VERSION_FIELD, CATALOG_VERSION_FIELD, PROFESSION_FIELD);
  private static final Set<String> OVERLAY_FIELDS = Set.of(FORMAT_VERSION_FIELD, ADD, REPLACE);
  private static final Set<String> PART_FIELDS = fields(PROFESSION_FIELD);

  private static Set<String> fields(String... first) {
    Set<String> out = new java.util.LinkedHashSet<>(List.of(first));
    SECTIONS.forEach(s -> out.add(s.name()));
    return java.util.Collections.unmodifiableSet(out);
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  /** Writes a catalog as one document. */
  static void write(HimCatalog catalog, JsonGenerator g) {
    g.writeStartObject();
    g.writeNumberProperty(FORMAT_VERSION_FIELD, FORMAT_VERSION);
    W.opt(g, CATALOG_VERSION_FIELD, catalog.version(), Scalars.CATALOG_VERSION);
    W.opt(g, PROFESSION_FIELD, catalog.profession(), Vocab.PROFESSION);
    for (Section<?> s : SECTIONS) {
      writeSection(g, s, catalog);
    }
    g.writeEndObject();
  }

  private static <T> void writeSection(JsonGenerator g, Section<T> s, HimCatalog catalog) {
    W.list(g, s.name(), s.listing().apply(catalog), s.codec());
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  /** The entries of a document, or of one part of an overlay, with where each was written. */
  static final class Part {
    @Nullable Located<Profession> profession;
    final Map<Section<?>, List<Located<?>>> entries = new LinkedHashMap<>();
    /** The ids of entries that could not be read, so that references to them are not reported too. */
    final Map<Section<?>, List<Located<TypedId<?>>>> brokenIds = new LinkedHashMap<>();

    @SuppressWarnings("unchecked") // each section's list holds that section's type
    <T> List<Located<T>> of(Section<T> s) {
      return (List<Located<T>>) (List<?>) entries.computeIfAbsent(s, k -> new ArrayList<>());
    }
  }

  /** Thrown to stop reading once the report is full. */
  private static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads a catalog document from a parser positioned before or at its first token.
   *
   * @param whole  true if the parser holds nothing but the document, which is then checked for
   *     trailing content
   * @throws HimJsonException listing every problem, if the document is invalid
   */
  static HimCatalog readCatalog(JsonParser p, boolean whole) {
    References refs = new References();
    ReadContext cx = ReadContext.forCatalog(refs);
    Part part = new Part();
    List<CatalogVersion> version = new ArrayList<>(1);
    boolean complete = read(p, whole, cx, (name, at) -> {
      if (name.equals(CATALOG_VERSION_FIELD)) {
        Optional.ofNullable(Scalars.CATALOG_VERSION.read(p.readValueAsTree(), at, cx)).ifPresent(version::add);
        return true;
      }
      return member(p, cx, name, at, part);
    }, CATALOG_FIELDS, "a catalog document");
    if (!complete) {
      throwIfAny(cx);
    }
    for (Section<?> s : SECTIONS) {
      define(s, part, refs, cx);
    }
    refs.check(cx);
    checkPolicyDates(policyVersions(part), cx);
    throwIfAny(cx);
    HimCatalog.Builder b = HimCatalog.builder();
    version.forEach(b::version);
    if (part.profession != null) {
      b.profession(part.profession.value());
    }
    for (Section<?> s : SECTIONS) {
      addAll(b, s, part);
    }
    return build(b, part, cx);
  }

  /**
   * Reads an overlay from a parser and applies it to a base catalog.
   *
   * @throws HimJsonException listing every problem, if the overlay is invalid or the merged catalog is
   */
  static HimCatalog readOverlay(HimCatalog base, JsonParser p, boolean whole) {
    References refs = new References();
    ReadContext cx = ReadContext.forCatalog(refs);
    Part add = new Part();
    Part replace = new Part();
    boolean complete = read(p, whole, cx, (name, at) -> {
      Part part = name.equals(ADD) ? add : name.equals(REPLACE) ? replace : null;
      if (part == null) {
        return false;
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        cx.problem(at, JsonProblem.Kind.WRONG_TYPE, "must be an object of catalog entries");
        p.skipChildren();
        return true;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String member = p.currentName();
        p.nextToken();
        if (!member(p, cx, member, at.field(member), part)) {
          cx.problem(at.field(member), JsonProblem.Kind.UNKNOWN_FIELD, Obj.unknown(member, "an overlay part",
              PART_FIELDS));
          p.skipChildren();
        }
      }
      return true;
    }, OVERLAY_FIELDS, "an overlay");
    if (!complete) {
      throwIfAny(cx);
    }
    for (Section<?> s : SECTIONS) {
      defineBase(s, base, refs);
    }
    for (Section<?> s : SECTIONS) {
      define(s, add, refs, cx);
      checkReplaced(s, replace, base, cx);
    }
    if (add.profession != null && base.profession().isPresent()) {
      cx.problem(add.profession.path(), JsonProblem.Kind.DUPLICATE_ID,
          "the base catalog already describes the profession; put it under replace to change it");
    }
    if (replace.profession != null && base.profession().isEmpty()) {
      cx.problem(replace.profession.path(), JsonProblem.Kind.UNRESOLVED_REFERENCE,
          "the base catalog does not describe the profession; put it under add");
    }
    refs.check(cx);
    checkPolicyDates(mergedPolicies(base, add, replace), cx);
    throwIfAny(cx);

    HimCatalog.Builder b = HimCatalog.builder();
    base.version().ifPresent(b::version);
    Located<Profession> profession = replace.profession != null ? replace.profession : add.profession;
    if (profession != null) {
      b.profession(profession.value());
    } else {
      base.profession().ifPresent(b::profession);
    }
    for (Section<?> s : SECTIONS) {
      if (s.kind() == References.Kind.RENEWAL_POLICY) {
        mergedPolicies(base, add, replace).forEach(v -> b.addRenewalPolicy(v.value()));
      } else {
        merge(b, s, base, add, replace);
      }
    }
    Part located = new Part();
    for (Section<?> s : SECTIONS) {
      copy(s, add, located);
      copy(s, replace, located);
    }
    return build(b, located, cx);
  }

  /** Reads a member of the document's root object, other than formatVersion. */
  @FunctionalInterface
  private interface RootMember {
    /** Returns false if the member is not one the document has. */
    boolean read(String name, JsonPath at);
  }

  /**
   * Reads the root object, giving each member to the reader, and reports a missing or unknown
   * formatVersion.
   *
   * @return true if the whole document was read, false if reading stopped at a fault or a full report
   */
  private static boolean read(JsonParser p, boolean whole, ReadContext cx, RootMember members, Set<String> fields,
      String what) {
    try {
      JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
      if (t == null) {
        cx.problem(JsonPath.ROOT, JsonProblem.Kind.SYNTAX, "the document is empty");
        throwIfAny(cx);
      }
      if (t != JsonToken.START_OBJECT) {
        cx.problem(JsonPath.ROOT, JsonProblem.Kind.WRONG_TYPE, "must be an object (" + what + ")");
        throwIfAny(cx);
      }
      boolean formatSeen = false;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonPath at = JsonPath.ROOT.field(name);
        p.nextToken();
        if (name.equals(FORMAT_VERSION_FIELD)) {
          formatSeen = true;
          JsonNode v = p.readValueAsTree();
          if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() != FORMAT_VERSION) {
            cx.problem(at, JsonProblem.Kind.UNSUPPORTED_FORMAT, "this reader reads formatVersion " + FORMAT_VERSION
                + " (was " + Scalars.shorten(v.toString()) + ")");
          }
        } else if (!members.read(name, at)) {
          cx.problem(at, JsonProblem.Kind.UNKNOWN_FIELD, Obj.unknown(name, what, fields));
          p.skipChildren();
        }
      }
      if (whole && p.nextToken() != null) {
        cx.problem(JsonPath.ROOT, JsonProblem.Kind.SYNTAX, "content after the end of the document at "
            + where(p.currentLocation()));
      }
      if (!formatSeen) {
        cx.problem(JsonPath.ROOT.field(FORMAT_VERSION_FIELD), JsonProblem.Kind.UNSUPPORTED_FORMAT,
            "is required: the version of the document's format, " + FORMAT_VERSION);
      }
      return true;
    } catch (Full full) {
      return false;
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (StreamConstraintsException e) {
      cx.problem(path(p.streamReadContext()), JsonProblem.Kind.LIMIT, e.getOriginalMessage() + " at "
          + where(e.getLocation()));
    } catch (JacksonException e) {
      cx.problem(path(p.streamReadContext()), JsonProblem.Kind.SYNTAX, e.getOriginalMessage() + " at "
          + where(e.getLocation()));
    }
    return false;
  }

  /** Reads a member of a document or overlay part: the profession or a section of entries. */
  private static boolean member(JsonParser p, ReadContext cx, String name, JsonPath at, Part part) {
    if (name.equals(PROFESSION_FIELD)) {
      Profession profession = Vocab.PROFESSION.read(p.readValueAsTree(), at, cx);
      if (profession != null) {
        part.profession = new Located<>(profession, at);
      }
      return true;
    }
    Section<?> s = BY_NAME.get(name);
    if (s == null) {
      return false;
    }
    readSection(p, cx, s, at, part);
    return true;
  }

  private static <T> void readSection(JsonParser p, ReadContext cx, Section<T> s, JsonPath at, Part part) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      cx.problem(at, JsonProblem.Kind.WRONG_TYPE, "must be an array of " + s.name());
      p.skipChildren();
      return;
    }
    List<Located<T>> out = part.of(s);
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonPath path = at.index(i++);
      JsonNode node = p.readValueAsTree();
      T value = s.codec().read(node, path, cx);
      if (value != null) {
        out.add(new Located<>(value, path));
      } else {
        brokenId(s, node).ifPresent(id -> part.brokenIds.computeIfAbsent(s, k -> new ArrayList<>())
            .add(new Located<>(id, path)));
      }
      if (cx.full()) {
        throw new Full();
      }
    }
  }

  /** Returns the id of an entry that could not be read, if its id member is a valid id. */
  private static Optional<TypedId<?>> brokenId(Section<?> s, JsonNode node) {
    JsonNode id = node.get("id");
    if (id == null || !id.isString()) {
      return Optional.empty();
    }
    try {
      return Optional.of(s.parseId().apply(id.stringValue()));
    } catch (HimValidationException e) {
      return Optional.empty();
    }
  }

  private static String where(@Nullable TokenStreamLocation l) {
    return l == null ? "an unknown place" : "line " + l.getLineNr() + ", column " + l.getColumnNr();
  }

  /** Returns the JSON path of the parser's position. */
  private static JsonPath path(@Nullable TokenStreamContext c) {
    if (c == null || c.inRoot()) {
      return JsonPath.ROOT;
    }
    JsonPath parent = path(c.getParent());
    if (c.inArray()) {
      return parent.index(Math.max(0, c.getCurrentIndex()));
    }
    String name = c.currentName();
    return name == null ? parent : parent.field(name);
  }

  private static void throwIfAny(ReadContext cx) {
    if (cx.found() > 0) {
      throw new HimJsonException(org.himkit.ErrorCode.INVALID_CATALOG, "catalog document", cx.problems());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // ids, references and dates

  /** Records the ids of a part's entries; in an overlay, an added id must be new to the base catalog. */
  private static <T> void define(Section<T> s, Part part, References refs, ReadContext cx) {
    List<Located<TypedId<?>>> ids = new ArrayList<>();
    part.of(s).forEach(e -> ids.add(new Located<>(s.id().apply(e.value()), e.path())));
    ids.addAll(part.brokenIds.getOrDefault(s, List.of()));
    for (Located<TypedId<?>> e : ids) {
      TypedId<?> id = e.value();
      Optional<String> first = refs.define(s.kind(), id, e.path().toString());
      if (first.isPresent() && s.kind() != References.Kind.RENEWAL_POLICY) {
        cx.problem(e.path().field("id"), JsonProblem.Kind.DUPLICATE_ID, first.get().equals(BASE)
            ? s.kind().label() + " \"" + id + "\" is already in the base catalog; put it under replace to change it"
            : "duplicates the " + s.kind().label() + " id \"" + id + "\" of " + first.get());
      }
    }
  }

  private static final String BASE = "the base catalog";

  private static <T> void defineBase(Section<T> s, HimCatalog base, References refs) {
    for (T value : s.listing().apply(base)) {
      refs.define(s.kind(), s.id().apply(value), BASE);
    }
  }

  /** Checks that every replaced entry is in the base catalog and replaced once. */
  private static <T> void checkReplaced(Section<T> s, Part replace, HimCatalog base, ReadContext cx) {
    Set<TypedId<?>> inBase = new HashSet<>();
    s.listing().apply(base).forEach(v -> inBase.add(s.id().apply(v)));
    Map<TypedId<?>, JsonPath> seen = new LinkedHashMap<>();
    for (Located<T> e : replace.of(s)) {
      TypedId<?> id = s.id().apply(e.value());
      if (!inBase.contains(id)) {
        cx.problem(e.path().field("id"), JsonProblem.Kind.UNRESOLVED_REFERENCE, "replaces " + s.kind().label() + " \""
            + id + "\", which the base catalog does not hold; put it under add");
      } else if (s.kind() != References.Kind.RENEWAL_POLICY && seen.containsKey(id)) {
        cx.problem(e.path().field("id"), JsonProblem.Kind.DUPLICATE_ID, "duplicates the " + s.kind().label()
            + " id \"" + id + "\" of " + seen.get(id));
      }
      seen.putIfAbsent(id, e.path());
    }
  }

  /** A policy version with where it was written, or no path for a version of the base catalog. */
  private record Version(RenewalPolicy value, Optional<JsonPath> path) {}

  private static List<Version> policyVersions(Part part) {
    List<Version> out = new ArrayList<>();
    for (Located<RenewalPolicy> e : part.of(RENEWAL_POLICIES)) {
      out.add(new Version(e.value(), Optional.of(e.path())));
    }
    return out;
  }

  /** Returns the policy versions of the merged catalog: the base's, those replaced swapped, then those added. */
  private static List<Version> mergedPolicies(HimCatalog base, Part add, Part replace) {
    Map<RenewalPolicyId, List<Located<RenewalPolicy>>> replaced = new LinkedHashMap<>();
    for (Located<RenewalPolicy> e : replace.of(RENEWAL_POLICIES)) {
      replaced.computeIfAbsent(e.value().id(), k -> new ArrayList<>()).add(e);
    }
    List<Version> out = new ArrayList<>();
    Set<RenewalPolicyId> done = new HashSet<>();
    for (RenewalPolicy v : base.renewalPolicies()) {
      List<Located<RenewalPolicy>> with = replaced.get(v.id());
      if (with == null) {
        out.add(new Version(v, Optional.empty()));
      } else if (done.add(v.id())) {
        with.forEach(e -> out.add(new Version(e.value(), Optional.of(e.path()))));
      }
    }
    add.of(RENEWAL_POLICIES).forEach(e -> out.add(new Version(e.value(), Optional.of(e.path()))));
    return out;
  }

  /** Reports every pair of versions of one policy whose effective dates overlap, at the later one written. */
  private static void checkPolicyDates(List<Version> versions, ReadContext cx) {
    for (int i = 0; i < versions.size(); i++) {
      for (int j = i + 1; j < versions.size(); j++) {
        Version a = versions.get(i);
        Version b = versions.get(j);
        if (!a.value().id().equals(b.value().id()) || !overlap(a.value(), b.value())) {
          continue;
        }
        boolean laterWritten = b.path().isPresent();
        Version at = laterWritten ? b : a;
        Version other = laterWritten ? a : b;
        cx.problem(at.path().orElse(JsonPath.ROOT), JsonProblem.Kind.OVERLAPPING_DATES, "renewal policy \""
            + at.value().id() + "\" version \"" + at.value().name() + "\" (" + range(at.value())
            + ") overlaps version \"" + other.value().name() + "\" (" + range(other.value()) + ") of "
            + other.path().map(JsonPath::toString).orElse(BASE) + "; versions of one policy must not overlap");
      }
    }
  }

  private static boolean overlap(RenewalPolicy a, RenewalPolicy b) {
    LocalDate aFrom = a.effectiveFrom().orElse(LocalDate.MIN);
    LocalDate aTo = a.effectiveTo().orElse(LocalDate.MAX);
    LocalDate bFrom = b.effectiveFrom().orElse(LocalDate.MIN);
    LocalDate bTo = b.effectiveTo().orElse(LocalDate.MAX);
    return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
  }

  private static String range(RenewalPolicy p) {
    return p.effectiveFrom().map(LocalDate::toString).orElse("from the start") + " to "
        + p.effectiveTo().map(LocalDate::toString).orElse("no end");
  }

  // ---------------------------------------------------------------------------------------------
  // building

  private static <T> void addAll(HimCatalog.Builder b, Section<T> s, Part part) {
    part.of(s).forEach(e -> s.adder().add(b, e.value()));
  }

  private static <T> void copy(Section<T> s, Part from, Part to) {
    to.of(s).addAll(from.of(s));
  }

  /** Adds the base catalog's entries with the replaced ones swapped in place, then the added ones. */
  private static <T> void merge(HimCatalog.Builder b, Section<T> s, HimCatalog base, Part add, Part replace) {
    Map<TypedId<?>, T> replaced = new LinkedHashMap<>();
    replace.of(s).forEach(e -> replaced.putIfAbsent(s.id().apply(e.value()), e.value()));
    for (T v : s.listing().apply(base)) {
      s.adder().add(b, replaced.getOrDefault(s.id().apply(v), v));
    }
    add.of(s).forEach(e -> s.adder().add(b, e.value()));
  }

  /** Builds the catalog; a rule of the builder that fails is reported at the entry its message names. */
  private static HimCatalog build(HimCatalog.Builder b, Part located, ReadContext cx) {
    try {
      return b.build();
    } catch (CatalogException e) {
      for (String problem : e.problems()) {
        cx.problem(locate(problem, located), JsonProblem.Kind.CATALOG_RULE, problem);
      }
      throwIfAny(cx);
      throw e;
    }
  }

  /**
   * Finds the entry a problem of the catalog builder is about, by the entity its message begins with,
   * such as {@code "credential RHIT ..."}; the document's root if none matches.
   */
  private static JsonPath locate(String problem, Part located) {
    if (problem.startsWith(PROFESSION_FIELD) && located.profession != null) {
      return located.profession.path();
    }
    for (Section<?> s : SECTIONS) {
      for (Located<?> e : located.entries.getOrDefault(s, ImmutableList.of())) {
        if (problem.startsWith(s.kind().label() + " " + idOf(s, e) + " ")) {
          return e.path();
        }
      }
    }
    return JsonPath.ROOT;
  }

  @SuppressWarnings("unchecked") // the entries of a section are of its type
  private static <T> TypedId<?> idOf(Section<T> s, Located<?> e) {
    return s.id().apply((T) e.value());
  }
}
