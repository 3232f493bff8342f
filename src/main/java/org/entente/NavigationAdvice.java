package org.entente;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.entente.shared.NavigationContributor;
import org.entente.shared.NavigationItem;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/** Builds the service navigation of the area a page belongs to, marking the current section. */
@ControllerAdvice
class NavigationAdvice {

  private final List<NavigationContributor> contributors;

  NavigationAdvice(List<NavigationContributor> contributors) {
    this.contributors = contributors;
  }

  @ModelAttribute("navigation")
  List<NavigationItem> navigation(HttpServletRequest request, Authentication user) {
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String area = variables == null ? null : variables.get("area");
    if (area == null || user == null) {
      return List.of();
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    List<NavigationItem> items =
        contributors.stream()
            .flatMap(c -> c.items(area, user).stream())
            .sorted(Comparator.comparingInt(NavigationItem::order))
            .toList();
    // the longest matching link is the current section (Home is a prefix of every other)
    NavigationItem current =
        items.stream()
            .filter(i -> path.equals(i.href()) || path.startsWith(i.href() + "/"))
            .max(Comparator.comparingInt(i -> i.href().length()))
            .orElse(null);
    return items.stream().map(i -> i.withActive(i == current)).toList();
  }
}
