package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.Requirement;

/**
 * What a learner still needs to meet a requirement tree: the tree pruned to its unmet parts.
 *
 * <p>The structure keeps the tree's alternatives: a credential with seven routes, none met, is one
 * {@link Choice} of seven options, not seven separate needs. {@link All} holds parts that are all
 * still needed, {@link Choice} options of which some number is still needed, and each
 * {@link Condition} one leaf the learner does not meet, with what is missing.
 *
 * <pre>{@code
 * // A coder with 11 months, asking about CCS:
 * // Choice(1, [Condition(RHIA credential, CREDENTIAL), ..., Condition(2 years of coding, EXPERIENCE, 11 months),
 * //            All([Condition(CCA credential, CREDENTIAL), Condition(1 year of coding, EXPERIENCE, 11 months)]), ...])
 * }</pre>
 *
 * <p>Nested choices of one option each are flattened into one choice, and a node with one part is that
 * part. Every implementation is an immutable, thread-safe record.
 */
public sealed interface Unmet permits Unmet.Condition, Unmet.All, Unmet.Choice {

  /**
   * Dispatches this node to the visitor's method for its type.
   *
   * @param <R>  the type of the visitor's answer
   * @param visitor  the visitor, not null
   * @return the visitor's answer
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Returns every unmet leaf of this structure, depth first, in the tree's order.
   *
   * @return the conditions, not empty
   */
  Stream<Condition> conditions();

  private static HimValidationException invalid(String entity, String attribute, String rule, Object value) {
    return HimValidationException.of(ErrorCode.INVALID_VALUE, entity, attribute, rule, value);
  }

  /**
   * An operation on unmet structures, with one method per node type and no default.
   *
   * @param <R>  the type of the answer
   */
  interface Visitor<R> {
    /**
     * Visits one unmet leaf.
     *
     * @param condition  the condition, not null
     * @return the answer
     */
    R visitCondition(Condition condition);

    /**
     * Visits parts that are all still needed.
     *
     * @param all  the node, not null
     * @return the answer
     */
    R visitAll(All all);

    /**
     * Visits options of which some are still needed.
     *
     * @param choice  the node, not null
     * @return the answer
     */
    R visitChoice(Choice choice);
  }

  /**
   * One leaf of the requirement tree that the learner does not meet, with what is missing.
   *
   * @param leaf  the leaf not met
   * @param kind  what is missing
   * @param program  the learner's program the shortfall concerns: for {@link UnmetKind#ACCREDITATION},
   *     {@link UnmetKind#COMPLETION} and {@link UnmetKind#FINAL_TERM}; empty otherwise
   * @param experienceMonths  the months of experience the learner has in the leaf's domain, for
   *     {@link UnmetKind#EXPERIENCE}, and for {@link UnmetKind#EXPERIENCE_HOURS} where the leaf states
   *     a full-time equivalent in months; empty otherwise
   * @param amount  what the learner has toward the leaf in the leaf's own unit: the college credits for
   *     {@link UnmetKind#COLLEGE_CREDITS}, the credit hours for {@link UnmetKind#COURSEWORK}, the hours of
   *     experience for {@link UnmetKind#EXPERIENCE_HOURS}; empty otherwise
   */
  record Condition(Requirement.Leaf leaf, UnmetKind kind, Optional<Education> program, OptionalInt experienceMonths,
      OptionalInt amount) implements Unmet {
    /**
     * Creates an instance after checking it.
     *
     * @param leaf  the leaf not met, not null
     * @param kind  what is missing, not null
     * @param program  the learner's program concerned, present exactly for the program kinds that name one
     * @param experienceMonths  the months the learner has, present exactly for {@link UnmetKind#EXPERIENCE}
     *     and for {@link UnmetKind#EXPERIENCE_HOURS} of a leaf with a full-time equivalent, and fewer than
     *     the leaf asks
     * @param amount  what the learner has in the leaf's unit, present exactly for
     *     {@link UnmetKind#COLLEGE_CREDITS}, {@link UnmetKind#COURSEWORK} and {@link UnmetKind#EXPERIENCE_HOURS},
     *     and less than the leaf asks
     * @throws org.himkit.HimValidationException if the leaf cannot lack that kind (an experience leaf
     *     lacks months, not a credential), a value is given for the wrong kind, or a value already meets
     *     the leaf
     * @throws NullPointerException if an argument is null
     */
    public Condition {
      Objects.requireNonNull(program, "program");
      Objects.requireNonNull(experienceMonths, "experienceMonths");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(leaf, "leaf");
      Objects.requireNonNull(kind, "kind");
      if (!leaf.accept(LeafKinds.INSTANCE).contains(kind)) {
        throw invalid("unmet condition", "kind", "must be one the leaf can lack, " + leaf.accept(LeafKinds.INSTANCE),
            kind);
      }
      boolean namesProgram = kind == UnmetKind.ACCREDITATION || kind == UnmetKind.COMPLETION
          || kind == UnmetKind.FINAL_TERM;
      if (program.isPresent() != namesProgram) {
        throw invalid("unmet condition " + kind, "program",
            "must be given exactly for ACCREDITATION, COMPLETION and FINAL_TERM", program);
      }
      LeafAmounts.Asked asked = LeafAmounts.of(leaf);
      boolean hasMonths = kind == UnmetKind.EXPERIENCE
          || (kind == UnmetKind.EXPERIENCE_HOURS && asked.months().isPresent());
      if (experienceMonths.isPresent() != hasMonths) {
        throw invalid("unmet condition " + kind, "experienceMonths",
            "must be given exactly for EXPERIENCE, and for EXPERIENCE_HOURS of a leaf with a full-time equivalent",
            experienceMonths);
      }
      if (experienceMonths.isPresent()
          && (experienceMonths.getAsInt() < 0 || experienceMonths.getAsInt() >= asked.months().getAsInt())) {
        throw invalid("unmet condition " + kind, "experienceMonths",
            "must be from 0 to less than the months the leaf asks, " + asked.months().getAsInt(),
            experienceMonths.getAsInt());
      }
      boolean hasAmount = kind == UnmetKind.COLLEGE_CREDITS || kind == UnmetKind.COURSEWORK
          || kind == UnmetKind.EXPERIENCE_HOURS;
      if (amount.isPresent() != hasAmount) {
        throw invalid("unmet condition " + kind, "amount",
            "must be given exactly for COLLEGE_CREDITS, COURSEWORK and EXPERIENCE_HOURS", amount);
      }
      if (amount.isPresent() && (amount.getAsInt() < 0 || amount.getAsInt() >= asked.amount().getAsInt())) {
        throw invalid("unmet condition " + kind, "amount",
            "must be from 0 to less than the amount the leaf asks, " + asked.amount().getAsInt(), amount.getAsInt());
      }
    }

    /**
     * Creates an instance with no amount in the leaf's own unit: for every kind other than
     * {@link UnmetKind#COLLEGE_CREDITS}, {@link UnmetKind#COURSEWORK} and {@link UnmetKind#EXPERIENCE_HOURS}.
     *
     * @param leaf  the leaf not met, not null
     * @param kind  what is missing, not null
     * @param program  the learner's program concerned, present exactly for the program kinds that name one
     * @param experienceMonths  the months the learner has, present exactly for {@link UnmetKind#EXPERIENCE}
     * @throws org.himkit.HimValidationException as the canonical constructor does
     * @throws NullPointerException if an argument is null
     */
    public Condition(Requirement.Leaf leaf, UnmetKind kind, Optional<Education> program, OptionalInt experienceMonths) {
      this(leaf, kind, program, experienceMonths, OptionalInt.empty());
    }

    /**
     * Obtains a condition whose leaf is missing as a whole: a credential, a program, a diploma, a
     * training or a reciprocity program.
     *
     * @param leaf  the leaf, not null
     * @param kind  what is missing, not null
     * @return the condition, not null
     * @throws org.himkit.HimValidationException if the kind carries an amount or months, or the leaf
     *     cannot lack it
     */
    public static Condition of(Requirement.Leaf leaf, UnmetKind kind) {
      return new Condition(leaf, kind, Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    /**
     * Returns the months of experience still missing: the months the leaf asks (or equates with its
     * hours at full time) less those the learner has.
     *
     * @return the months, present with {@link #experienceMonths()}
     */
    public OptionalInt missingMonths() {
      return experienceMonths.isPresent()
          ? OptionalInt.of(LeafAmounts.of(leaf).months().getAsInt() - experienceMonths.getAsInt())
          : OptionalInt.empty();
    }

    /**
     * Returns what is still missing in the leaf's own unit: the college credits, credit hours or hours
     * of experience the leaf asks less those the learner has.
     *
     * @return the amount, present with {@link #amount()}
     */
    public OptionalInt missingAmount() {
      return amount.isPresent()
          ? OptionalInt.of(LeafAmounts.of(leaf).amount().getAsInt() - amount.getAsInt())
          : OptionalInt.empty();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCondition(this);
    }

    @Override
    public Stream<Condition> conditions() {
      return Stream.of(this);
    }
  }

  /**
   * Parts that are all still needed.
   *
   * @param parts  the parts, at least two
   */
  record All(List<Unmet> parts) implements Unmet {
    /**
     * Creates an instance after checking it.
     *
     * @param parts  the parts, at least two
     * @throws org.himkit.HimValidationException if there are fewer than two parts
     */
    public All {
      Objects.requireNonNull(parts, "parts");
      parts = ImmutableList.copyOf(parts);
      if (parts.size() < 2) {
        throw invalid("unmet all", "parts", "must have at least two parts (one part is that part)", parts.size());
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAll(this);
    }

    @Override
    public Stream<Condition> conditions() {
      return parts.stream().flatMap(Unmet::conditions);
    }
  }

  /**
   * Options of which {@code needed} are still needed: one for a tree's {@code anyOf}, the parts still
   * missing for an {@code atLeast}.
   *
   * @param needed  how many options are still needed, from 1 to fewer than the options
   * @param options  the options, at least two
   */
  record Choice(int needed, List<Unmet> options) implements Unmet {
    /**
     * Creates an instance after checking it.
     *
     * @param needed  how many options are still needed, from 1 to fewer than the options
     * @param options  the options, at least two
     * @throws org.himkit.HimValidationException if there are fewer than two options or the number
     *     needed is out of range
     */
    public Choice {
      Objects.requireNonNull(options, "options");
      options = ImmutableList.copyOf(options);
      if (options.size() < 2) {
        throw invalid("unmet choice", "options", "must have at least two options (one option is that option)",
            options.size());
      }
      if (needed < 1 || needed >= options.size()) {
        throw invalid("unmet choice", "needed",
            "must be from 1 to fewer than the " + options.size() + " options (all of them is All)", needed);
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitChoice(this);
    }

    @Override
    public Stream<Condition> conditions() {
      return options.stream().flatMap(Unmet::conditions);
    }
  }
}
