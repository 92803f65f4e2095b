package org.himkit.portal.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A pathway drawn as inline SVG: a column of boxes, one per stage, joined by arrows. This class only lays the
 * boxes out; the template draws them, and escapes every label.
 *
 * @param width  the width of the drawing
 * @param height  the height of the drawing
 * @param boxes  the boxes, top to bottom
 * @param arrows  the arrows between consecutive boxes
 */
public record FlowDiagram(int width, int height, List<Box> boxes, List<Arrow> arrows) {
  static final int WIDTH = 720;
  static final int MARGIN = 10;
  static final int LINE = 18;
  static final int PADDING = 12;
  static final int GAP = 34;
  static final int CHARS_PER_LINE = 84;

  /**
   * A box with its label wrapped into lines.
   *
   * @param x  left
   * @param y  top
   * @param w  width
   * @param h  height
   * @param kind  {@code start}, {@code step} or {@code goal}, for the style
   * @param lines  the label's lines
   * @param number  the step's number, 0 for the start and the goal
   */
  public record Box(int x, int y, int w, int h, String kind, List<String> lines, int number) {
    /**
     * Returns the baseline of a line of the label.
     *
     * @param index  the line's index
     * @return the y coordinate
     */
    public int lineY(int index) {
      return y + PADDING + 13 + index * LINE;
    }

    /**
     * Returns where the label's text starts.
     *
     * @return the x coordinate
     */
    public int textX() {
      return x + (number > 0 ? 44 : 14);
    }
  }

  /**
   * An arrow from the bottom of one box to the top of the next.
   *
   * @param x  the horizontal position
   * @param y1  where it starts
   * @param y2  where it ends (the tip)
   */
  public record Arrow(int x, int y1, int y2) {}

  /**
   * Lays out a pathway: the start, the steps in order and the goal.
   *
   * @param start  the label of the start
   * @param steps  the labels of the steps
   * @param goal  the label of the goal
   * @return the diagram
   */
  public static FlowDiagram of(String start, List<String> steps, String goal) {
    List<Box> boxes = new ArrayList<>();
    int y = MARGIN;
    List<String> labels = new ArrayList<>();
    labels.add(start);
    labels.addAll(steps);
    labels.add(goal);
    for (int i = 0; i < labels.size(); i++) {
      String kind = i == 0 ? "start" : i == labels.size() - 1 ? "goal" : "step";
      List<String> lines = wrap(labels.get(i), kind.equals("step") ? CHARS_PER_LINE - 4 : CHARS_PER_LINE);
      int h = 2 * PADDING + lines.size() * LINE;
      boxes.add(new Box(MARGIN, y, WIDTH - 2 * MARGIN, h, kind, lines, kind.equals("step") ? i : 0));
      y += h + GAP;
    }
    List<Arrow> arrows = new ArrayList<>();
    for (int i = 1; i < boxes.size(); i++) {
      Box above = boxes.get(i - 1);
      arrows.add(new Arrow(WIDTH / 2, above.y() + above.h(), boxes.get(i).y() - 2));
    }
    return new FlowDiagram(WIDTH, y - GAP + MARGIN, List.copyOf(boxes), List.copyOf(arrows));
  }

  /**
   * Wraps text into lines of at most the given length, breaking at spaces (a longer word gets a line of its own).
   *
   * @param text  the text
   * @param max  the longest line
   * @return the lines, at least one
   */
  static List<String> wrap(String text, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +", -1)) {
      if (line.length() > 0 && line.length() + 1 + word.length() > max) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return List.copyOf(lines);
  }
}
