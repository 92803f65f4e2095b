package org.himkit.pathway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;

/**
 * Where a learner stands after some of a pathway's steps, worked out in place: a {@link Standing} and
 * the steps applied to it since, kept as a stack that can be taken back to any depth. The planner walks
 * every candidate pathway, and the shorter pathways of its trimming, on one working standing per plan
 * instead of building a new standing per step.
 *
 * <p>Applying a step has the effect of {@link Standing#after(Step)}; every leaf is read as the standing
 * after those steps would read it ({@link StandingFacts}). Mutable: confined to one plan, one thread.
 */
final class WorkingStanding extends StandingFacts implements Step.Visitor<Boolean> {
  /** The values saved per applied step, to take it back: see {@link #push()}. */
  private static final int FRAME = 11;
  private static final int NO_ARRAY = 0;
  private static final int MONTHS = 1;
  private static final int HOURS = 2;

  private final Standing start;
  private final int[] months;
  private final int[] hours;
  private int highest;
  private boolean diploma;
  private int credits;

  private CredentialId[] heldIds = new CredentialId[4];
  private int heldCount;
  private Credential[] entries = new Credential[4];
  private int entryCount;
  private Step.CompleteProgram[] programs = new Step.CompleteProgram[2];
  private int programCount;
  private String[] trainings = new String[2];
  private int trainingCount;
  private String[] courseCodes = new String[2];
  private int[] courseHours = new int[2];
  private int courseCount;

  /** Per applied step: the counts and values before it, and the one array entry it changed. */
  private int[] frames = new int[FRAME * 8];
  private int depth;
  private final List<CredentialId> pending = new ArrayList<>();

  WorkingStanding(Standing start) {
    this.start = start;
    this.months = start.experienceByDomain().clone();
    this.hours = start.hoursByDomain().clone();
    this.highest = start.highestCompleted();
    this.diploma = start.diploma();
    this.credits = start.collegeCredits();
  }

  /** The number of steps applied to the start. */
  int depth() {
    return depth;
  }

  /**
   * Applies a step if it can be taken here (a credential once its eligibility is met, a
   * post-baccalaureate or graduate program once a baccalaureate degree is completed).
   *
   * @return true if it was taken (the depth is then one more), false if not (nothing changed)
   */
  boolean take(Step step) {
    return step.accept(this);
  }

  /** Takes back the steps applied beyond a depth. */
  void undoTo(int target) {
    while (depth > target) {
      depth--;
      int f = depth * FRAME;
      heldCount = frames[f];
      entryCount = frames[f + 1];
      programCount = frames[f + 2];
      trainingCount = frames[f + 3];
      courseCount = frames[f + 4];
      highest = frames[f + 5];
      diploma = frames[f + 6] != 0;
      credits = frames[f + 7];
      if (frames[f + 8] == MONTHS) {
        months[frames[f + 9]] = frames[f + 10];
      } else if (frames[f + 8] == HOURS) {
        hours[frames[f + 9]] = frames[f + 10];
      }
    }
  }

  /** Saves where this standing is before a step, the step's frame at the current depth. */
  private int push() {
    if ((depth + 1) * FRAME > frames.length) {
      frames = Arrays.copyOf(frames, frames.length * 2);
    }
    int f = depth * FRAME;
    frames[f] = heldCount;
    frames[f + 1] = entryCount;
    frames[f + 2] = programCount;
    frames[f + 3] = trainingCount;
    frames[f + 4] = courseCount;
    frames[f + 5] = highest;
    frames[f + 6] = diploma ? 1 : 0;
    frames[f + 7] = credits;
    frames[f + 8] = NO_ARRAY;
    depth++;
    return f;
  }

  // ---------------------------------------------------------------------------------------------
  // applying a step

  @Override
  public Boolean visitCompleteProgram(Step.CompleteProgram s) {
    if (s.level().compareTo(DegreeLevel.BACCALAUREATE) > 0 && !hasCompletedAtLeast(DegreeLevel.BACCALAUREATE)) {
      return false;
    }
    push();
    if (programCount == programs.length) {
      programs = Arrays.copyOf(programs, programCount * 2);
    }
    programs[programCount++] = s;
    highest = Math.max(highest, rank(s.level()));
    diploma = true;
    return true;
  }

  @Override
  public Boolean visitGainExperience(Step.GainExperience s) {
    raise(MONTHS, months, rank(s.domain()), s.totalMonths());
    return true;
  }

  @Override
  public Boolean visitGainExperienceHours(Step.GainExperienceHours s) {
    raise(HOURS, hours, rank(s.domain()), s.totalHours());
    return true;
  }

  /** Raises an entry of the months or hours to at least a value, saving the old one. */
  private void raise(int which, int[] values, int index, int total) {
    int f = push();
    frames[f + 8] = which;
    frames[f + 9] = index;
    frames[f + 10] = values[index];
    values[index] = Math.max(values[index], total);
  }

  @Override
  public Boolean visitEarnCredential(Step.EarnCredential s) {
    Optional<Requirement> tree = start.catalog().getCredential(s.credential()).eligibility();
    if (tree.isEmpty() || !meets(tree.get())) {
      return false;
    }
    push();
    if (holds(s.credential())) {
      return true;
    }
    pending.clear();
    pending.add(s.credential());
    for (int i = 0; i < pending.size(); i++) {
      CredentialId id = pending.get(i);
      if (!holds(id)) {
        if (heldCount == heldIds.length) {
          heldIds = Arrays.copyOf(heldIds, heldCount * 2);
        }
        heldIds[heldCount++] = id;
        Optional<Credential> c = start.catalog().findCredential(id);
        if (c.isPresent()) {
          if (entryCount == entries.length) {
            entries = Arrays.copyOf(entries, entryCount * 2);
          }
          entries[entryCount++] = c.get();
          pending.addAll(c.get().supersedes());
        }
      }
    }
    return true;
  }

  @Override
  public Boolean visitCompleteTraining(Step.CompleteTraining s) {
    push();
    if (trainingCount == trainings.length) {
      trainings = Arrays.copyOf(trainings, trainingCount * 2);
    }
    trainings[trainingCount++] = s.code();
    return true;
  }

  @Override
  public Boolean visitEarnCollegeCredits(Step.EarnCollegeCredits s) {
    push();
    credits = Math.max(credits, s.totalCredits());
    return true;
  }

  @Override
  public Boolean visitCompleteCoursework(Step.CompleteCoursework s) {
    push();
    if (courseCount == courseCodes.length) {
      courseCodes = Arrays.copyOf(courseCodes, courseCount * 2);
      courseHours = Arrays.copyOf(courseHours, courseCount * 2);
    }
    courseCodes[courseCount] = s.code();
    courseHours[courseCount++] = s.totalCreditHours();
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // the facts

  @Override
  boolean holds(CredentialId credential) {
    if (start.holds(credential)) {
      return true;
    }
    for (int i = 0; i < heldCount; i++) {
      if (heldIds[i].equals(credential)) {
        return true;
      }
    }
    return false;
  }

  @Override
  boolean holdsCredentialIn(Requirement.HoldsCredentialInDomain leaf) {
    if (start.holdsCredentialIn(leaf)) {
      return true;
    }
    for (int i = 0; i < entryCount; i++) {
      if (leaf.isMetByHolding(entries[i])) {
        return true;
      }
    }
    return false;
  }

  @Override
  boolean hasCompleted(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor) {
    if (start.hasCompleted(level, field, accreditor)) {
      return true;
    }
    for (int i = 0; i < programCount; i++) {
      Step.CompleteProgram p = programs[i];
      if (matches(level, field, accreditor, p.level(), p.field(), p.accreditor())) {
        return true;
      }
    }
    return false;
  }

  @Override
  List<Education> finalTerm() {
    return start.finalTerm();
  }

  @Override
  int highestCompleted() {
    return highest;
  }

  @Override
  boolean diploma() {
    return diploma;
  }

  @Override
  int experienceMonths(ExperienceDomain domain) {
    return months[rank(domain)];
  }

  @Override
  int experienceHours(ExperienceDomain domain) {
    return hours[rank(domain)];
  }

  @Override
  int collegeCredits() {
    return credits;
  }

  @Override
  int courseworkCreditHours(String code) {
    int most = start.courseworkCreditHours(code);
    for (int i = 0; i < courseCount; i++) {
      if (courseCodes[i].equals(code)) {
        most = Math.max(most, courseHours[i]);
      }
    }
    return most;
  }

  @Override
  boolean hasReciprocity(OrganizationId agreementWith) {
    return start.hasReciprocity(agreementWith);
  }

  @Override
  boolean hasTraining(String code) {
    if (start.hasTraining(code)) {
      return true;
    }
    for (int i = 0; i < trainingCount; i++) {
      if (trainings[i].equals(code)) {
        return true;
      }
    }
    return false;
  }
}
