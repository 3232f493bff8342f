package org.entente.conflict.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A character's preferences: either statements, most important first, or a ranking of futures from
 * most to least preferred, each entry listing tied futures. Exactly one of the two is given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    description =
        "Either statements (patterns, most important first, each optionally followed by ' if ' and"
            + " a condition) or a ranking (most preferred first; each entry lists tied futures)")
public record DramaPreference(List<String> statements, List<List<String>> ranking) {

  public DramaPreference {
    statements =
        statements == null ? null : Collections.unmodifiableList(new ArrayList<>(statements));
    ranking = ranking == null ? null : Collections.unmodifiableList(new ArrayList<>(ranking));
  }

  public static DramaPreference ofStatements(List<String> statements) {
    return new DramaPreference(statements, null);
  }

  public static DramaPreference ofRanking(List<List<String>> ranking) {
    return new DramaPreference(null, ranking);
  }
}
