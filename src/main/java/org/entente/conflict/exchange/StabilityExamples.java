package org.entente.conflict.exchange;

/** Worked examples of the exchange format, shown in the API's documentation. */
public final class StabilityExamples {

  private StabilityExamples() {}

  /** Two decision makers in option form, as the exchange format's definition gives it. */
  public static final String TWO_PARTIES =
      """
      {
        "decisionMakers": [
          {"name": "Council", "options": [{"name": "Fund the post", "reversibility": "both"}]},
          {"name": "Police", "options": [{"name": "Withdraw", "reversibility": "onlyToYes"}]}
        ],
        "infeasible": ["YY"],
        "preferences": {
          "Council": {"statements": ["-N", "N-", "Y- if -N"]},
          "Police": {"ranking": [["YN"], ["NN", "NY"]]}
        },
        "coalitions": [["Council", "Police"]],
        "statusQuo": "NN"
      }
      """;

  /** The prisoner's dilemma in graph form: each state names A's choice, then B's. */
  public static final String PRISONERS_DILEMMA =
      """
      {
        "decisionMakers": [{"name": "A"}, {"name": "B"}],
        "states": ["CC", "CD", "DC", "DD"],
        "moves": {
          "A": [["CC", "DC"], ["DC", "CC"], ["CD", "DD"], ["DD", "CD"]],
          "B": [["CC", "CD"], ["CD", "CC"], ["DC", "DD"], ["DD", "DC"]]
        },
        "preferences": {
          "A": {"ranking": [["DC"], ["CC"], ["DD"], ["CD"]]},
          "B": {"ranking": [["CD"], ["CC"], ["DD"], ["DC"]]}
        }
      }
      """;

  /**
   * Who funds a youth outreach post: the council may fund it; the police may co-fund it or withdraw
   * from the outreach scheme; the voluntary sector may run it or walk away.
   */
  public static final String YOUTH_OUTREACH =
      """
      {
        "decisionMakers": [
          {"name": "Council", "options": [{"name": "Fund the post", "reversibility": "both"}]},
          {"name": "Police", "options": [
            {"name": "Co-fund the post", "reversibility": "both"},
            {"name": "Withdraw from the outreach scheme", "reversibility": "onlyToYes"}]},
          {"name": "Voluntary sector", "options": [
            {"name": "Run the post", "reversibility": "both"},
            {"name": "Walk away", "reversibility": "onlyToYes"}]}
        ],
        "infeasible": ["-YY--", "---YY"],
        "preferences": {
          "Council": {"statements": ["---Y-", "--N--", "-Y---", "N----"]},
          "Police": {"statements": ["---Y-", "-N---", "--N-- if Y----"]},
          "Voluntary sector": {"statements": ["---Y- if Y----", "----N", "---N- if N----"]}
        },
        "coalitions": [["Council", "Police"]],
        "statusQuo": "NNNYN"
      }
      """;
}
