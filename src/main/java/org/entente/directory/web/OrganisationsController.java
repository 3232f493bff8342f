package org.entente.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.entente.directory.AreaRef;
import org.entente.directory.OrganisationNameTakenException;
import org.entente.directory.OrganisationRef;
import org.entente.directory.OrganisationType;
import org.entente.directory.Organisations;
import org.entente.directory.Organisations.OrganisationDetails;
import org.entente.directory.People;
import org.entente.directory.People.PersonFilter;
import org.entente.directory.Sector;
import org.entente.shared.ListLinks;
import org.entente.shared.NotFoundException;
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

/** The area's organisations: a filtered list, each one's page, and forms to add and change. */
@Controller
@RequestMapping("/areas/{area}/organisations")
class OrganisationsController {

  static final String LIST = "directory/organisations";
  static final String SHOW = "directory/organisation";
  static final String FORM = "directory/organisation-form";
  static final String FORM_NAME = "organisationForm";
  private static final String TO_SHOW = "redirect:/areas/{area}/organisations/{id}";
  private static final int PEOPLE_SHOWN = 20;

  private final Organisations organisations;
  private final People people;
  private final DirectoryChoices choices;
  private final DirectoryEditing editing;
  private final MessageSource messages;

  OrganisationsController(
      Organisations organisations,
      People people,
      DirectoryChoices choices,
      DirectoryEditing editing,
      MessageSource messages) {
    this.organisations = organisations;
    this.people = people;
    this.choices = choices;
    this.editing = editing;
    this.messages = messages;
  }

  @InitBinder
  void trimText(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @InitBinder(FORM_NAME)
  void readChoicesLeniently(WebDataBinder binder) {
    binder.registerCustomEditor(Sector.class, LenientEditor.of(Sector.class));
    binder.registerCustomEditor(OrganisationType.class, LenientEditor.of(OrganisationType.class));
    binder.registerCustomEditor(Integer.class, LenientEditor.ofInteger());
  }

  @ModelAttribute("mayEdit")
  boolean mayEdit(AreaRef area, Authentication user) {
    return editing.mayEdit(area, user);
  }

  @GetMapping
  String list(
      AreaRef area,
      @ModelAttribute("filter") OrganisationFilterForm filter,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String order,
      HttpServletRequest request,
      Locale locale,
      Model model) {
    PageRequest pageRequest =
        PageRequest.of(page, size, sort, order, Organisations.SORT_KEYS, "name");
    model.addAttribute("page", organisations.search(area.id(), filter.filter(), pageRequest));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute("sectors", choices.sectors(locale));
    model.addAttribute("types", choices.types(locale));
    return LIST;
  }

  @GetMapping("/{id}")
  String show(AreaRef area, @PathVariable long id, Model model) {
    OrganisationDetails details =
        organisations.details(area.id(), id).orElseThrow(() -> notFound(id));
    model.addAttribute("organisationId", id);
    model.addAttribute("organisation", details);
    model.addAttribute(
        "people",
        people.search(
            area.id(),
            new PersonFilter(null, id),
            PageRequest.of(1, PEOPLE_SHOWN, "name", "asc", People.SORT_KEYS, "name")));
    return SHOW;
  }

  @GetMapping("/new")
  String newForm(AreaRef area, Authentication user, Model model, Locale locale) {
    editing.require(area, user);
    model.addAttribute(FORM_NAME, OrganisationForm.empty());
    return form(model, locale, null);
  }

  @PostMapping("/new")
  String create(
      AreaRef area,
      Authentication user,
      @Valid @ModelAttribute(FORM_NAME) OrganisationForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    editing.require(area, user);
    if (errors.hasErrors()) {
      return form(model, locale, null);
    }
    OrganisationRef created;
    try {
      created = organisations.create(area.id(), form.details());
    } catch (OrganisationNameTakenException e) {
      errors.rejectValue("name", "organisation.name.taken");
      return form(model, locale, null);
    }
    redirect.addAttribute("id", created.id());
    redirect.addFlashAttribute(
        "flash", messages.getMessage("organisation.flash.created", args(created.name()), locale));
    return TO_SHOW;
  }

  @GetMapping("/{id}/edit")
  String editForm(
      AreaRef area, @PathVariable long id, Authentication user, Model model, Locale locale) {
    editing.require(area, user);
    OrganisationDetails details =
        organisations.details(area.id(), id).orElseThrow(() -> notFound(id));
    model.addAttribute(
        FORM_NAME, OrganisationForm.of(details, organisations.version(area.id(), id)));
    return form(model, locale, id);
  }

  @PostMapping("/{id}/edit")
  String update(
      AreaRef area,
      @PathVariable long id,
      Authentication user,
      @Valid @ModelAttribute(FORM_NAME) OrganisationForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    editing.require(area, user);
    organisations.find(area.id(), id).orElseThrow(() -> notFound(id));
    if (errors.hasErrors()) {
      return form(model, locale, id);
    }
    if (form.version() == null) {
      showCurrent(area, id, model);
      return form(model, locale, id);
    }
    OrganisationRef updated;
    try {
      updated = organisations.update(area.id(), id, form.version(), form.details());
    } catch (StaleEditException e) {
      showCurrent(area, id, model);
      return form(model, locale, id);
    } catch (OrganisationNameTakenException e) {
      errors.rejectValue("name", "organisation.name.taken");
      return form(model, locale, id);
    }
    redirect.addAttribute("id", id);
    redirect.addFlashAttribute(
        "flash", messages.getMessage("organisation.flash.updated", args(updated.name()), locale));
    return TO_SHOW;
  }

  /** Replaces what the user sent with what is saved now, and says why. */
  private void showCurrent(AreaRef area, long id, Model model) {
    OrganisationDetails details =
        organisations.details(area.id(), id).orElseThrow(() -> notFound(id));
    OrganisationForm current = OrganisationForm.of(details, organisations.version(area.id(), id));
    BindingResult errors = new BeanPropertyBindingResult(current, FORM_NAME);
    errors.reject("error.stale");
    // the form first: putting a new form in the model drops the binding result of the old one
    model.addAttribute(FORM_NAME, current);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_NAME, errors);
  }

  private String form(Model model, Locale locale, Long id) {
    if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_NAME) instanceof BindingResult b) {
      FormErrors.inFieldOrder(model, FORM_NAME, b);
    }
    model.addAttribute("organisationId", id);
    model.addAttribute("sectors", choices.sectors(locale));
    model.addAttribute("types", choices.types(locale));
    return FORM;
  }

  private static Object[] args(Object... args) {
    return args;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("organisation " + id);
  }
}
