package org.entente.assessment;

import java.util.List;

/**
 * An instrument as people read it: its key and version, title, source line, summary, guidance on
 * reading the results, its dimensions with their items in the order they are asked, and the shape
 * {@link Scoring} needs ({@code scoring}: scale with labels and "don't know", banding rules).
 */
public record InstrumentText(
    String key,
    int version,
    String title,
    String source,
    String summary,
    String readingGuidance,
    List<DimensionText> dimensions,
    Instrument scoring) {

  public InstrumentText {
    dimensions = List.copyOf(dimensions);
  }

  /** The number of items across all dimensions. */
  public int itemCount() {
    return dimensions.stream().mapToInt(d -> d.items().size()).sum();
  }

  /** The dimension with this key, if the instrument has one. */
  public java.util.Optional<DimensionText> dimension(String dimensionKey) {
    return dimensions.stream().filter(d -> d.key().equals(dimensionKey)).findFirst();
  }
}
