package org.entente.conflict.exchange;

import io.swagger.v3.oas.annotations.media.Schema;

/** One stability verdict with its reason. */
@Schema(name = "StabilityExplanation", description = "One verdict and the reason for it")
public record StabilityExplanationJson(
    @Schema(description = "nash, gmr, smr or seq") String concept,
    String decisionMaker,
    String state,
    boolean stable,
    @Schema(
            description =
                "The improvement that makes the state unstable, or the sanction that deters each"
                    + " improvement")
        String reason) {}
