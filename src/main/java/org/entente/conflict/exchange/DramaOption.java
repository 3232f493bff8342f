package org.entente.conflict.exchange;

import io.swagger.v3.oas.annotations.media.Schema;

/** A yes/no option a character controls; reversibility is both, onlyToYes or onlyToNo. */
@Schema(description = "A yes/no option a character controls")
public record DramaOption(
    @Schema(description = "What the character may do", example = "Fund the post") String name,
    @Schema(
            description = "both (the default), onlyToYes or onlyToNo",
            allowableValues = {"both", "onlyToYes", "onlyToNo"})
        String reversibility) {}
