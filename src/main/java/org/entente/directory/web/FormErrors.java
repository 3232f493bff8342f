package org.entente.directory.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts a form's errors in the order its fields appear, as the GOV.UK error summary asks: Bean
 * Validation reports them in no particular order.
 */
final class FormErrors {

  private FormErrors() {}

  static void inFieldOrder(Model model, String formName, BindingResult errors) {
    Object form = errors.getTarget();
    if (form == null || !form.getClass().isRecord()) {
      return;
    }
    List<String> fields =
        Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
    BindingResult ordered = new BeanPropertyBindingResult(form, formName);
    errors.getGlobalErrors().forEach(ordered::addError);
    errors.getFieldErrors().stream()
        .sorted(Comparator.comparingInt((FieldError e) -> position(fields, e.getField())))
        .forEach(ordered::addError);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, ordered);
  }

  private static int position(List<String> fields, String field) {
    int index = fields.indexOf(field);
    return index < 0 ? fields.size() : index;
  }
}
