package org.entente.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for a filtered list that keep its filters: to another page, or sorted by another column.
 */
public record ListLinks(String path, MultiValueMap<String, String> params, PageRequest request) {

  public static ListLinks of(HttpServletRequest http, PageRequest request) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (Map.Entry<String, String[]> e : http.getParameterMap().entrySet()) {
      for (String v : e.getValue()) {
        if (v != null && !v.isBlank()) {
          params.add(e.getKey(), v);
        }
      }
    }
    return new ListLinks(http.getRequestURI(), params, request);
  }

  public String page(int page) {
    return with(Map.of("page", String.valueOf(page)));
  }

  /** Sorting by the current column flips the order; a new column starts ascending. */
  public String sort(String key) {
    boolean flip = key.equals(request.sort()) && !request.descending();
    return with(Map.of("sort", key, "order", flip ? "desc" : "asc", "page", "1"));
  }

  /** The aria-sort value of a column header. */
  public String ariaSort(String key) {
    if (!key.equals(request.sort())) {
      return "none";
    }
    return request.descending() ? "descending" : "ascending";
  }

  private String with(Map<String, String> overrides) {
    MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
    overrides.forEach((k, v) -> copy.put(k, List.of(v)));
    return UriComponentsBuilder.fromPath(path).queryParams(copy).encode().build().toUriString();
  }
}
