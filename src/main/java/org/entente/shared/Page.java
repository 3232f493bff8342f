package org.entente.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with what pagination controls need. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.page(), request.size(), total);
  }

  public int totalPages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < totalPages();
  }

  public long firstItem() {
    return total == 0 ? 0 : (long) (page - 1) * size + 1;
  }

  public long lastItem() {
    return Math.min(total, (long) page * size);
  }

  /**
   * Page numbers to link to, GOV.UK style: first, last, and the neighbours of the current page,
   * with {@code null} standing for an ellipsis.
   */
  public List<Integer> pageLinks() {
    List<Integer> links = new ArrayList<>();
    int last = totalPages();
    for (int p = 1; p <= last; p++) {
      if (p == 1 || p == last || Math.abs(p - page) <= 1) {
        links.add(p);
      } else if (!links.isEmpty() && links.get(links.size() - 1) != null) {
        links.add(null);
      }
    }
    return links;
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
