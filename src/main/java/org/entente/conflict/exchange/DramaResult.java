package org.entente.conflict.exchange;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The mode of an options board and the dilemmas each character faces, character by character. */
@Schema(description = "The board's mode and the dilemmas, character by character in declared order")
public record DramaResult(
    @Schema(
            description = "crisis while positions differ, commitment once they all coincide",
            allowableValues = {"crisis", "commitment"})
        String mode,
    List<DramaDilemma> dilemmas) {

  public DramaResult {
    dilemmas = List.copyOf(dilemmas);
  }
}
