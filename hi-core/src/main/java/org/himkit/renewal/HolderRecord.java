package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.himkit.ErrorCode;
import org.himkit.OrganizationId;
import org.himkit.internal.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a caller knows about one holder: the credentials held, the CE activities recorded and, for a
 * tracker that holds only part of the history, how far back the record is complete.
 *
 * <p>Without a statement the ledger is taken as complete: every activity the holder ever completed is
 * in it, and every cycle since the first credential was earned is judged on it. A tracker that only
 * holds recent activities states where its records begin ({@link #recordsBegin()}), or that the holder
 * was in good standing with an issuer through the cycle ending on a day
 * ({@link #goodStandingThrough()}); the cycles before are then reported as
 * {@link RenewalStatus#NOT_RECORDED}, not judged, and the cycle in force is judged on its own.
 *
 * <pre>{@code
 * HolderRecord tracked = HolderRecord.builder().addAllHoldings(holdings).addAllActivities(recent)
 *     .recordsBegin(LocalDate.of(2025, 1, 1)).build();
 * RenewalResult result = evaluator.assess(tracked, asOf);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HolderRecord {
  HolderRecord() {}

  /**
   * What assessing this record left to reuse, kept as {@link String} keeps its hash: a cache of pure functions
   * of the record (and the evaluator), set whole. Either the checked ledger alone ({@link Ledger}), or the
   * holdings as the last evaluator that assessed the record resolved and grouped them, with the checked ledger
   * ({@link Grouped}) or, once that evaluator asked a second status-only question, the groups laid out for its walk
   * ({@link HoldingGroups.Kept}), with the cycle and the CEUs earned of the last standing, which the next one reuses
   * if they are the same.
   */
  @SuppressWarnings("immutables:incompat") // a cache, not an attribute: see above
  private final AtomicReference<@Nullable Object> cache = new AtomicReference<>();

  /** The value kept, read with acquire semantics. */
  private @Nullable Object cached() {
    return cache.getAcquire(); // what another thread kept is seen whole
  }

  /**
   * Keeps a value, written with release semantics: without a fence per write (a record asked once writes twice).
   * Two threads may keep a value at once: the last one stays, and either is right (a pure function of the record).
   */
  private void cache(Object value) {
    cache.setRelease(value);
  }

  /**
   * Returns the credentials held.
   *
   * @return the holdings, possibly empty
   */
  @Value.Parameter(order = 0) // for HolderRecord.of (the generated class is package-private)
  public abstract List<CredentialHolding> holdings();

  /**
   * Returns the CE activities recorded, in any order.
   *
   * @return the activities, possibly empty
   */
  @Value.Parameter(order = 1)
  public abstract List<CeActivity> activities();

  /**
   * Returns the first day from which the ledger holds every activity the holder completed. A cycle that
   * began before it and ended before the assessment date is not judged; the cycle in force is judged on
   * the activities recorded, with a note that its earlier ones may be missing.
   *
   * @return the day, empty if the ledger is complete
   */
  public abstract Optional<LocalDate> recordsBegin();

  /**
   * Returns, per issuer, the last day of a cycle through which the caller states the holder was in good
   * standing (the issuer confirmed the renewal): that cycle and the ones before it are not judged. The
   * day must be the last day of a cycle as the evaluator computes it, before the assessment date.
   *
   * @return the days by issuer, possibly empty
   */
  public abstract Map<OrganizationId, LocalDate> goodStandingThrough();

  /**
   * Obtains a complete record of a holder's credentials and activities.
   *
   * @param holdings  the credentials held, not null
   * @param activities  the activities, not null
   * @return the record, not null
   */
  public static HolderRecord of(Collection<CredentialHolding> holdings, Collection<CeActivity> activities) {
    Objects.requireNonNull(holdings, "holdings");
    Objects.requireNonNull(activities, "activities");
    // copied as the builder copies them (nulls rejected alike), except that an immutable list is taken as it is;
    // one record, with its cache, built once
    return ImmutableHolderRecord.of((Iterable<CredentialHolding>) holdings, (Iterable<CeActivity>) activities);
  }

  /**
   * Returns the activities checked (unique ids, none given twice) and laid out in date order, once per
   * record (until a status-only walk lays the record out: then again, once): every full assessment of the record
   * reads them, whatever its date. Not an attribute: it takes no part in equality, and an exception is thrown
   * again by every assessment until the record is fixed.
   *
   * @return the ledger, not null
   * @throws org.himkit.HimValidationException if two activities share an id or one is given twice
   */
  Ledger ledger() {
    Object c = cached();
    if (c instanceof Ledger l) {
      return l;
    }
    Ledger kept = c instanceof Grouped g ? g.ledger : c instanceof HoldingGroups.Kept k ? k.ledger : null;
    if (kept != null) {
      return kept;
    }
    Ledger checked = Ledger.checked(activities());
    cache(c instanceof Grouped g ? new Grouped(g.evaluator, g.grouped, checked)
        : c instanceof HoldingGroups.Kept k ? k.with(checked) : checked);
    return checked;
  }

  /**
   * What the first assessment of this record by an evaluator keeps: the holdings as it resolved and grouped them,
   * with the checked ledger if kept. The small form of {@link HoldingGroups.Kept} (three fields, not twelve), made
   * for each record asked once; the full form is made from it if the record is asked a status-only question again.
   * The holdings are kept as a {@link HoldingGroups} or, if the first question grouped them in one group alone
   * ({@link HoldingGroups.Shapes#grouped}), as that {@link HoldingGroups.Group}: the groups are made from it when a
   * later question needs them ({@link #groups}).
   */
  private record Grouped(Object evaluator, Object grouped, @Nullable Ledger ledger) {}

  /** The groups a {@link Grouped} keeps, made from its group alone if that is what it keeps (and kept then). */
  private HoldingGroups groups(Grouped g) {
    if (g.grouped instanceof HoldingGroups groups) {
      return groups;
    }
    HoldingGroups groups = HoldingGroups.ofOne((HoldingGroups.Group) g.grouped, holdings());
    cache(new Grouped(g.evaluator, groups, g.ledger)); // the same value, in the form later questions read
    return groups;
  }

  /**
   * Returns what an evaluator kept with this record.
   *
   * @param evaluator  the evaluator
   * @return the groups (with the ledger or the laid-out groups), or null if that evaluator has not assessed this
   *     record last
   */
  HoldingGroups.@Nullable Kept keptFor(Object evaluator) {
    Object c = cached();
    if (c instanceof Grouped g) { // asked once before: the full form, laid out by the caller and kept in its place
      return g.evaluator == evaluator ? new HoldingGroups.Kept(evaluator, groups(g), g.ledger) : null;
    }
    return c instanceof HoldingGroups.Kept k && k.evaluator == evaluator ? k : null;
  }

  /**
   * Returns the holdings as an evaluator resolved and grouped them for this record before.
   *
   * @param evaluator  the evaluator
   * @return the groups, or null if that evaluator has not assessed this record last
   */
  @Nullable HoldingGroups groupsOf(Object evaluator) {
    Object c = cached();
    if (c instanceof Grouped g) {
      return g.evaluator == evaluator ? groups(g) : null;
    }
    return c instanceof HoldingGroups.Kept k && k.evaluator == evaluator ? k.groups : null;
  }

  /**
   * Returns the holdings as an evaluator resolved and grouped them for this record before, in the form kept: a
   * {@link HoldingGroups.Group} alone if the first question kept it so, else the groups.
   *
   * @param evaluator  the evaluator
   * @return the group or groups, or null if that evaluator has not assessed this record last
   */
  @Nullable Object groupedBy(Object evaluator) {
    Object c = cached();
    if (c instanceof Grouped g) {
      return g.evaluator == evaluator ? g.grouped : null;
    }
    return c instanceof HoldingGroups.Kept k && k.evaluator == evaluator ? k.groups : null;
  }

  /**
   * Keeps the holdings as an evaluator resolved and grouped them (with the checked ledger if kept), unless that
   * evaluator keeps them already.
   *
   * @param evaluator  the evaluator
   * @param groups  the groups, or a {@link HoldingGroups.Group} of every holding alone
   */
  void keep(Object evaluator, Object groups) {
    Object c = cached();
    if (groupedBy(evaluator) != null) {
      return;
    }
    Ledger checked = c instanceof Ledger l ? l : c instanceof Grouped g ? g.ledger
        : c instanceof HoldingGroups.Kept k ? k.ledger : null;
    cache(new Grouped(evaluator, groups, checked));
  }

  /**
   * Keeps what an evaluator resolved and laid out for this record's status-only walk, in place of the ledger: a
   * full assessment checks the activities again, once, if it is asked later.
   *
   * @param k  what to keep
   */
  void keep(HoldingGroups.Kept k) {
    cache(k);
  }

  @Value.Check
  void check() {
    recordsBegin().ifPresent(d -> Checks.require(!d.isBefore(CredentialHolding.EARLIEST), ErrorCode.INVALID_DATE,
        "holder record", "recordsBegin", "must not be before " + CredentialHolding.EARLIEST, d));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link HolderRecord} values. */
  public static final class Builder extends ImmutableHolderRecord.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
