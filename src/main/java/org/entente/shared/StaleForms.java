package org.entente.shared;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/**
 * What a form shows when someone else saved first: the record as it is now, and one error that says
 * the user's changes were not saved.
 */
public final class StaleForms {

  private StaleForms() {}

  /** Puts {@code current} in the model as {@code name}, carrying only the stale-edit error. */
  public static void show(Model model, String name, Object current, String message) {
    BindingResult errors = new DirectFieldBindingResult(current, name);
    errors.reject("stale", message);
    model.addAttribute(name, current);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
  }
}
