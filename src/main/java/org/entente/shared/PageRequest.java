package org.entente.shared;

import java.util.Set;

/**
 * Which page of a list to show and how to sort it. Sort keys come from a per-list allow-list, so a
 * request can never sort by an arbitrary column.
 */
public record PageRequest(int page, int size, String sort, boolean descending) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    page = Math.max(page, 1);
    size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
  }

  /** Builds a request from raw parameters, falling back to {@code defaultSort} for unknown keys. */
  public static PageRequest of(
      Integer page,
      Integer size,
      String sort,
      String order,
      Set<String> sortKeys,
      String defaultSort) {
    String key = sort != null && sortKeys.contains(sort) ? sort : defaultSort;
    return new PageRequest(
        page == null ? 1 : page, size == null ? DEFAULT_SIZE : size, key, "desc".equals(order));
  }

  public int offset() {
    return (page - 1) * size;
  }

  public String direction() {
    return descending ? "desc" : "asc";
  }
}
