package org.entente.identity.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Puts a form's errors in the order its fields appear on the page, as the GOV.UK error summary
 * expects; Bean Validation reports them in no particular order.
 */
final class FieldOrder {

  private FieldOrder() {}

  static void apply(Model model, BindingResult binding, String... fieldsInPageOrder) {
    List<String> order = List.of(fieldsInPageOrder);
    BeanPropertyBindingResult ordered =
        new BeanPropertyBindingResult(binding.getTarget(), binding.getObjectName());
    binding.getGlobalErrors().forEach(ordered::addError);
    binding.getFieldErrors().stream()
        .sorted(Comparator.comparingInt(e -> position(order, e.getField())))
        .forEach(ordered::addError);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), ordered);
  }

  private static int position(List<String> order, String field) {
    int i = order.indexOf(field);
    return i < 0 ? order.size() : i;
  }
}
