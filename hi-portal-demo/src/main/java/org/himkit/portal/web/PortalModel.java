package org.himkit.portal.web;

import org.himkit.text.HimText;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the renderer ({@code text}), so that the templates show the catalog's data and the answers in
 * HIM Kit's words, never an enum constant's name.
 */
@ControllerAdvice(assignableTypes = {HomeController.class, CareersController.class, ProgramsController.class,
    AdvisorController.class, TrackerController.class})
public class PortalModel {
  private final HimText text;

  /**
   * Creates the advice.
   *
   * @param text  the renderer, from the starter
   */
  public PortalModel(HimText text) {
    this.text = text;
  }

  /**
   * Returns the renderer, as the model attribute {@code text}.
   *
   * @return the renderer
   */
  @ModelAttribute("text")
  public HimText text() {
    return text;
  }
}
