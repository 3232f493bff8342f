package org.entente.conflict.exchange;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A conflict in the exchange format that facilitators keep in files and scripts check: option form
 * (decision makers with options, infeasible patterns, preferences) or graph form (named states and
 * each decision maker's moves, with rankings). A model with {@code states} is in graph form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "ConflictModel",
    description =
        "A conflict in option form or graph form. Option form: decisionMakers with options,"
            + " infeasible patterns and preferences. Patterns list every option of every decision"
            + " maker in the order declared: Y = yes, N = no, - = either. Graph form: decisionMakers"
            + " (names only), states, moves per decision maker as [from, to] pairs, and a ranking per"
            + " decision maker. coalitions (groups of at least two decision makers) and statusQuo (a"
            + " state to follow improvements from) are optional in both forms.")
public record ConflictModelJson(
    @Schema(description = "The decision makers, in order")
        List<ConflictDecisionMakerJson> decisionMakers,
    @Schema(description = "Option form: patterns of states that cannot happen")
        List<String> infeasible,
    @Schema(description = "Graph form: the names of the states") List<String> states,
    @Schema(description = "Graph form: each decision maker's moves as [from, to] pairs")
        Map<String, List<List<String>>> moves,
    @Schema(description = "Each decision maker's preferences, by name")
        Map<String, ConflictPreferenceJson> preferences,
    @Schema(description = "Optional: coalitions, each a list of decision maker names")
        List<List<String>> coalitions,
    @Schema(description = "Optional: the state to start the status-quo path from")
        String statusQuo) {

  /** Whether the model is given in graph form (named states and moves). */
  @JsonIgnore
  public boolean graphForm() {
    return states != null;
  }
}
