package org.entente.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resolves the {@code {area}} of a URL to the area, for any controller that takes an {@link
 * AreaRef} argument, and makes it the page's {@code currentArea}. An unknown slug is a 404.
 */
@Configuration(proxyBeanMethods = false)
class CurrentArea implements WebMvcConfigurer, HandlerMethodArgumentResolver {

  static final String ATTRIBUTE = "currentArea";

  private final Areas areas;

  CurrentArea(Areas areas) {
    this.areas = areas;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().equals(AreaRef.class);
  }

  @Override
  public AreaRef resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mav,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
    AreaRef area = resolve(request);
    if (mav != null) {
      mav.addAttribute(ATTRIBUTE, area);
    }
    return area;
  }

  AreaRef resolve(HttpServletRequest request) {
    AreaRef cached = (AreaRef) request.getAttribute(ATTRIBUTE);
    if (cached != null) {
      return cached;
    }
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String slug = variables == null ? null : variables.get("area");
    if (slug == null) {
      throw new IllegalStateException("no {area} in " + request.getRequestURI());
    }
    AreaRef area = areas.require(slug);
    request.setAttribute(ATTRIBUTE, area);
    return area;
  }
}
