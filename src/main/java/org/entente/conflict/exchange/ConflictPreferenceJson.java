package org.entente.conflict.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A decision maker's preferences: statements (option form only) or a ranking, not both. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "ConflictPreference",
    description =
        "Either statements (option form only) or a ranking. Statements are patterns, most"
            + " important first, read lexicographically; \"P if Q\" is met by every state that"
            + " matches P or does not match Q. A ranking lists groups of tied states (patterns or,"
            + " in graph form, state names), most preferred first, and must name every state once.")
public record ConflictPreferenceJson(
    @Schema(description = "Preference statements, most important first") List<String> statements,
    @Schema(description = "Groups of tied states, most preferred first")
        List<List<String>> ranking) {}
