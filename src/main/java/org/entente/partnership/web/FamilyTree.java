package org.entente.partnership.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.partnership.Geography;
import org.entente.partnership.PartnershipSummary;

/**
 * The partnerships of an area laid out as a family tree: each partnership on its own row, indented
 * under its parent. Roots are partnerships with no visible parent, county-wide ones first so the
 * strategic partnership leads and the district partnerships stand beside it.
 */
record FamilyTree(List<Node> nodes) {

  static final int ROW_HEIGHT = 30;
  static final int INDENT = 28;
  static final int MARGIN = 10;

  /** One partnership in the tree; {@code parentRow} is -1 for a root. */
  record Node(PartnershipSummary partnership, int depth, int row, int parentRow, boolean last) {

    public int x() {
      return MARGIN + depth * INDENT;
    }

    public int y() {
      return MARGIN + row * ROW_HEIGHT + ROW_HEIGHT / 2;
    }

    public int parentX() {
      return MARGIN + (depth - 1) * INDENT + 6;
    }

    public int parentY() {
      return MARGIN + parentRow * ROW_HEIGHT + ROW_HEIGHT / 2 + 6;
    }
  }

  static FamilyTree of(List<PartnershipSummary> partnerships) {
    Set<Long> visible =
        partnerships.stream().map(PartnershipSummary::id).collect(Collectors.toSet());
    Map<Long, List<PartnershipSummary>> children = new HashMap<>();
    List<PartnershipSummary> roots = new ArrayList<>();
    for (PartnershipSummary p : partnerships) {
      if (p.parentId() != null && visible.contains(p.parentId())) {
        children.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
      } else {
        roots.add(p);
      }
    }
    Comparator<PartnershipSummary> order =
        Comparator.comparing((PartnershipSummary p) -> p.geography() != Geography.COUNTY_WIDE)
            .thenComparing(p -> p.typologyFunction().ordinal())
            .thenComparing(PartnershipSummary::name);
    roots.sort(order);
    children.values().forEach(list -> list.sort(order));
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      add(roots.get(i), 0, -1, i == roots.size() - 1, children, order, nodes);
    }
    return new FamilyTree(nodes);
  }

  private static void add(
      PartnershipSummary p,
      int depth,
      int parentRow,
      boolean last,
      Map<Long, List<PartnershipSummary>> children,
      Comparator<PartnershipSummary> order,
      List<Node> nodes) {
    int row = nodes.size();
    nodes.add(new Node(p, depth, row, parentRow, last));
    List<PartnershipSummary> kids = children.getOrDefault(p.id(), List.of());
    for (int i = 0; i < kids.size(); i++) {
      add(kids.get(i), depth + 1, row, i == kids.size() - 1, children, order, nodes);
    }
  }

  public int height() {
    return MARGIN * 2 + nodes.size() * ROW_HEIGHT;
  }

  public int width() {
    int deepest = nodes.stream().mapToInt(Node::depth).max().orElse(0);
    return MARGIN * 2 + deepest * INDENT + 520;
  }

  /** The nodes directly under a row, for the nested-list alternative. */
  public List<Node> childrenOf(int row) {
    return nodes.stream().filter(n -> n.parentRow() == row).toList();
  }

  public List<Node> roots() {
    return childrenOf(-1);
  }
}
