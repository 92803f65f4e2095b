package org.himkit.portal.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An issuer's progress drawn as inline SVG: a bar per requirement (earned against required) and the cycle's
 * timeline with its key dates and the date of the assessment. This class only lays the chart out; the template
 * draws it and escapes every label.
 *
 * @param width  the width of the drawing
 * @param height  the height of the drawing
 * @param bars  the bars, one per requirement
 * @param timeline  the timeline, below the bars
 */
public record ProgressChart(int width, int height, List<Bar> bars, Timeline timeline) {
  static final int WIDTH = 720;
  static final int LEFT = 10;
  static final int BAR_WIDTH = 480;
  static final int ROW = 56;

  /**
   * One requirement's bar.
   *
   * @param y  the top of the row
   * @param label  the requirement in words
   * @param filled  the width of the filled part
   * @param full  the width of the whole bar
   * @param value  the amounts in words, such as "18.5 / 40 CEUs"
   * @param met  whether the requirement is met
   */
  public record Bar(int y, String label, int filled, int full, String value, boolean met) {
    /**
     * Returns the left of the bar.
     *
     * @return the x coordinate
     */
    public int x() {
      return LEFT;
    }
  }

  /**
   * The cycle's timeline.
   *
   * @param y  the line's vertical position
   * @param x1  where the cycle starts
   * @param x2  where the cycle ends
   * @param end  where the line ends (the last key date)
   * @param today  where the date of the assessment is, within the line
   * @param startLabel  the first day, as text
   * @param endLabel  the last day of the cycle, as text
   * @param todayLabel  the date of the assessment, as text
   * @param marks  the key dates, numbered as in the list below the chart
   */
  public record Timeline(int y, int x1, int x2, int end, int today, String startLabel, String endLabel,
      String todayLabel, List<Mark> marks) {}

  /**
   * A key date on the timeline.
   *
   * @param x  its position
   * @param number  its number in the list of key dates
   * @param label  what happens on it, for the tooltip
   */
  public record Mark(int x, int number, String label) {}

  /** One requirement's figures, in hundredths. */
  record Figures(String label, long earned, long required, String value, boolean met) {}

  /** A key date with its number and words. */
  record Dated(LocalDate date, int number, String label) {}

  static ProgressChart of(List<Figures> requirements, LocalDate start, LocalDate end, LocalDate asOf,
      List<Dated> keyDates) {
    List<Bar> bars = new ArrayList<>();
    int y = 10;
    for (Figures f : requirements) {
      long filled = f.required() <= 0 ? BAR_WIDTH : Math.min(BAR_WIDTH, f.earned() * BAR_WIDTH / f.required());
      bars.add(new Bar(y, f.label(), (int) filled, BAR_WIDTH, f.value(), f.met()));
      y += ROW;
    }
    LocalDate last = end;
    for (Dated d : keyDates) {
      if (d.date().isAfter(last)) {
        last = d.date();
      }
    }
    LocalDate first = start.isBefore(asOf) ? start : asOf;
    if (asOf.isAfter(last)) {
      last = asOf;
    }
    long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
    int lineY = y + 30;
    int usable = WIDTH - 2 * LEFT - 20;
    List<Mark> marks = new ArrayList<>();
    for (Dated d : keyDates) {
      marks.add(new Mark(x(first, d.date(), span, usable), d.number(), d.date() + ": " + d.label()));
    }
    return new ProgressChart(WIDTH, lineY + 50, List.copyOf(bars), new Timeline(lineY, x(first, start, span, usable),
        x(first, end, span, usable), x(first, last, span, usable), x(first, asOf, span, usable), start.toString(),
        end.toString(), asOf.toString(), List.copyOf(marks)));
  }

  private static int x(LocalDate first, LocalDate date, long span, int usable) {
    return LEFT + 10 + (int) (ChronoUnit.DAYS.between(first, date) * usable / span);
  }
}
