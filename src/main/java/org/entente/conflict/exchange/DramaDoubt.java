package org.entente.conflict.exchange;

import io.swagger.v3.oas.annotations.media.Schema;

/** A doubt one character has recorded about another: "the council doubts the police". */
@Schema(description = "A doubt one character has recorded about another")
public record DramaDoubt(
    @Schema(example = "County Council") String by, @Schema(example = "Police") String about) {}
