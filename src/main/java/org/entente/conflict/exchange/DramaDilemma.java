package org.entente.conflict.exchange;

import io.swagger.v3.oas.annotations.media.Schema;

/** A dilemma a character faces, in the exchange format. */
@Schema(description = "A dilemma a character faces")
public record DramaDilemma(
    @Schema(description = "The character who has the dilemma") String character,
    @Schema(
            allowableValues = {
              "persuasion",
              "rejection",
              "threat",
              "positioning",
              "cooperation",
              "trust"
            })
        String type,
    @Schema(
            description =
                "The other character the dilemma concerns; null for threat and cooperation",
            nullable = true)
        String towards,
    @Schema(description = "The dilemma in a sentence") String explanation) {}
