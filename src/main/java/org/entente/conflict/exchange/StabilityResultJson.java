package org.entente.conflict.exchange;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The stability of every state for every decision maker, in the exchange format. */
@Schema(
    name = "StabilityResult",
    description =
        "States are named by their pattern (option form) or name (graph form). stability gives,"
            + " per concept (nash, gmr, smr, seq) and decision maker, the stable states; equilibria"
            + " the states stable for everyone. explanations give every verdict with its reason when"
            + " the model has at most 256 states; larger models get explanations for the states that"
            + " are an equilibrium under some concept, for the first 20 such states only. coalitionEquilibria is keyed by the"
            + " coalition's members joined with \" + \".")
public record StabilityResultJson(
    List<String> states,
    Map<String, Map<String, List<String>>> stability,
    Map<String, List<String>> equilibria,
    List<StabilityExplanationJson> explanations,
    Map<String, List<String>> coalitionEquilibria,
    List<String> statusQuoPath) {}
