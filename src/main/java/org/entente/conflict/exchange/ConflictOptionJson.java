package org.entente.conflict.exchange;

import io.swagger.v3.oas.annotations.media.Schema;

/** An option in the exchange format: a yes/no choice and which way it may be changed. */
@Schema(name = "ConflictOption", description = "A yes/no choice one decision maker controls")
public record ConflictOptionJson(
    @Schema(description = "What the option is, for example \"Fund the post\"", example = "Withdraw")
        String name,
    @Schema(
            description =
                "both (the default), onlyToYes (once taken it cannot be dropped) or onlyToNo (once"
                    + " dropped it cannot be taken up again)",
            allowableValues = {"both", "onlyToYes", "onlyToNo"})
        String reversibility) {}
