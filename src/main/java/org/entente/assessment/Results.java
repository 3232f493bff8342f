package org.entente.assessment;

import java.util.List;

/**
 * The results of a round: for the whole round per item and per dimension (in instrument order), the
 * breakdowns by sector and by organisation (in name order), and the items where respondents
 * disagree most (widest spread first).
 */
public record Results(
    String instrument,
    int version,
    int respondents,
    boolean anonymous,
    int minimumGroupSize,
    List<ItemResult> items,
    List<DimensionResult> dimensions,
    List<GroupResult> sectors,
    List<GroupResult> organisations,
    List<ItemResult> mostDisputed) {

  public Results {
    items = List.copyOf(items);
    dimensions = List.copyOf(dimensions);
    sectors = List.copyOf(sectors);
    organisations = List.copyOf(organisations);
    mostDisputed = List.copyOf(mostDisputed);
  }
}
