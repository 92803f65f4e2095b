package org.himkit.portal.web;

import org.himkit.catalog.HimCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page ({@code /}). */
@Controller
public class HomeController {
  private final HimCatalog catalog;

  /**
   * Creates the controller.
   *
   * @param catalog  the catalog
   */
  public HomeController(HimCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Shows the home page.
   *
   * @param model  the model
   * @return the view
   */
  @GetMapping("/")
  public String home(Model model) {
    model.addAttribute("catalogVersion", catalog.version().map(Object::toString).orElse("custom"));
    return "home";
  }
}
