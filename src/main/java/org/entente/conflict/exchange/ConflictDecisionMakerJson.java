package org.entente.conflict.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A decision maker in the exchange format; options are given in option form only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "ConflictDecisionMaker",
    description =
        "A decision maker; in option form with the options it controls, in declared order")
public record ConflictDecisionMakerJson(
    @Schema(description = "The decision maker's name", example = "Council") String name,
    @Schema(description = "Option form only: the options it controls")
        List<ConflictOptionJson> options) {}
