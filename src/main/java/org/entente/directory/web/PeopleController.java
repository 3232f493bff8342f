package org.entente.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.entente.directory.AreaRef;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.directory.PersonRef;
import org.entente.shared.ListLinks;
import org.entente.shared.NotFoundException;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The area's people: a filtered list, each one's page, and forms to add and change. */
@Controller
@RequestMapping("/areas/{area}/people")
class PeopleController {

  static final String LIST = "directory/people";
  static final String SHOW = "directory/person";
  static final String FORM = "directory/person-form";
  static final String FORM_NAME = "personForm";
  private static final String TO_SHOW = "redirect:/areas/{area}/people/{id}";

  private final People people;
  private final Organisations organisations;
  private final DirectoryChoices choices;
  private final DirectoryEditing editing;
  private final MessageSource messages;

  PeopleController(
      People people,
      Organisations organisations,
      DirectoryChoices choices,
      DirectoryEditing editing,
      MessageSource messages) {
    this.people = people;
    this.organisations = organisations;
    this.choices = choices;
    this.editing = editing;
    this.messages = messages;
  }

  @InitBinder
  void trimText(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @InitBinder(FORM_NAME)
  void readVersionLeniently(WebDataBinder binder) {
    binder.registerCustomEditor(Integer.class, LenientEditor.ofInteger());
  }

  @ModelAttribute("mayEdit")
  boolean mayEdit(AreaRef area, Authentication user) {
    return editing.mayEdit(area, user);
  }

  @GetMapping
  String list(
      AreaRef area,
      @ModelAttribute("filter") PersonFilterForm filter,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String order,
      HttpServletRequest request,
      Model model) {
    PageRequest pageRequest = PageRequest.of(page, size, sort, order, People.SORT_KEYS, "name");
    Page<PersonRef> found = people.search(area.id(), filter.filter(), pageRequest);
    Set<Long> organisationIds = new LinkedHashSet<>();
    found.items().stream()
        .map(PersonRef::organisationId)
        .filter(o -> o != null)
        .forEach(organisationIds::add);
    model.addAttribute("page", found);
    model.addAttribute("organisationNames", organisations.names(area.id(), organisationIds));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute("organisations", choices.organisations(area.id()));
    return LIST;
  }

  @GetMapping("/{id}")
  String show(AreaRef area, @PathVariable long id, Model model) {
    PersonRef person = people.find(area.id(), id).orElseThrow(() -> notFound(id));
    model.addAttribute("person", person);
    model.addAttribute(
        "organisation",
        person.organisationId() == null
            ? null
            : organisations.find(area.id(), person.organisationId()).orElse(null));
    return SHOW;
  }

  @GetMapping("/new")
  String newForm(
      AreaRef area,
      Authentication user,
      @RequestParam(name = "organisation", required = false) Long organisationId,
      Model model) {
    editing.require(area, user);
    // coming from an organisation's page, the person most likely works there
    Long preselected =
        organisationId != null && organisations.find(area.id(), organisationId).isPresent()
            ? organisationId
            : null;
    model.addAttribute(FORM_NAME, PersonForm.empty(preselected));
    return form(area, model, null);
  }

  @PostMapping("/new")
  String create(
      AreaRef area,
      Authentication user,
      @Valid @ModelAttribute(FORM_NAME) PersonForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    editing.require(area, user);
    checkOrganisation(area, form, errors);
    if (errors.hasErrors()) {
      return form(area, model, null);
    }
    PersonRef created = people.create(area.id(), form.details());
    redirect.addAttribute("id", created.id());
    redirect.addFlashAttribute(
        "flash", messages.getMessage("person.flash.created", args(created.name()), locale));
    return TO_SHOW;
  }

  @GetMapping("/{id}/edit")
  String editForm(AreaRef area, @PathVariable long id, Authentication user, Model model) {
    editing.require(area, user);
    PersonRef person = people.find(area.id(), id).orElseThrow(() -> notFound(id));
    model.addAttribute(FORM_NAME, PersonForm.of(person, people.version(area.id(), id)));
    return form(area, model, id);
  }

  @PostMapping("/{id}/edit")
  String update(
      AreaRef area,
      @PathVariable long id,
      Authentication user,
      @Valid @ModelAttribute(FORM_NAME) PersonForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    editing.require(area, user);
    people.find(area.id(), id).orElseThrow(() -> notFound(id));
    checkOrganisation(area, form, errors);
    if (errors.hasErrors()) {
      return form(area, model, id);
    }
    if (form.version() == null) {
      showCurrent(area, id, model);
      return form(area, model, id);
    }
    PersonRef updated;
    try {
      updated = people.update(area.id(), id, form.version(), form.details());
    } catch (StaleEditException e) {
      showCurrent(area, id, model);
      return form(area, model, id);
    }
    redirect.addAttribute("id", id);
    redirect.addFlashAttribute(
        "flash", messages.getMessage("person.flash.updated", args(updated.name()), locale));
    return TO_SHOW;
  }

  /** A person can only belong to an organisation of the same area. */
  private void checkOrganisation(AreaRef area, PersonForm form, BindingResult errors) {
    if (form.organisationId() != null
        && (form.organisation() == null
            || organisations.find(area.id(), form.organisation()).isEmpty())) {
      errors.rejectValue("organisationId", "person.organisation.unknown");
    }
  }

  /** Replaces what the user sent with what is saved now, and says why. */
  private void showCurrent(AreaRef area, long id, Model model) {
    PersonRef person = people.find(area.id(), id).orElseThrow(() -> notFound(id));
    PersonForm current = PersonForm.of(person, people.version(area.id(), id));
    BindingResult errors = new BeanPropertyBindingResult(current, FORM_NAME);
    errors.reject("error.stale");
    // the form first: putting a new form in the model drops the binding result of the old one
    model.addAttribute(FORM_NAME, current);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_NAME, errors);
  }

  private String form(AreaRef area, Model model, Long id) {
    if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_NAME) instanceof BindingResult b) {
      FormErrors.inFieldOrder(model, FORM_NAME, b);
    }
    model.addAttribute("personId", id);
    model.addAttribute("organisations", choices.organisations(area.id()));
    return FORM;
  }

  private static Object[] args(Object... args) {
    return args;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("person " + id);
  }
}
