package org.entente.conflict.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.conflict.exchange.DramaExchange;
import org.entente.conflict.exchange.DramaModelDocument;
import org.entente.conflict.exchange.DramaModelException;
import org.entente.conflict.exchange.DramaResult;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The dilemmas of an options board sent whole, for any signed-in user; nothing is saved. */
@RestController
@Tag(
    name = "Options boards",
    description =
        "Drama-theory options boards: characters, the yes/no options each controls, positions,"
            + " stated intentions (the threatened future), preferences and doubts, and the"
            + " dilemmas they reveal. Patterns list every option of every character in the order"
            + " declared: Y yes, N no, - open (in positions) or either (in statements). A statement"
            + " 'P if Q' is met by every future that matches P or does not match Q; statements are"
            + " read most important first. Rankings run from most to least preferred, each entry"
            + " listing tied futures.")
class DilemmasApi {

  static final String EXAMPLE_MODEL =
      """
      {
        "characters": [
          {"name": "County Council", "options": [{"name": "Fund the post", "reversibility": "both"}]},
          {"name": "Police", "options": [{"name": "Share the cost", "reversibility": "both"}]},
          {"name": "Voluntary sector", "options": [
            {"name": "Host the post", "reversibility": "both"},
            {"name": "Close the youth drop-in", "reversibility": "onlyToYes"}]}
        ],
        "positions": {"County Council": "NYYN", "Police": "YNYN", "Voluntary sector": "YYYN"},
        "statedIntentions": "NNNY",
        "preferences": {
          "County Council": {"statements": ["---N", "N---", "-Y--", "--Y-"]},
          "Police": {"statements": ["-N--", "---N", "Y---"]},
          "Voluntary sector": {"statements": ["--Y- if Y---", "Y---", "-Y--", "---N"]}
        },
        "doubts": [{"by": "County Council", "about": "Police"}]
      }
      """;

  static final String EXAMPLE_RESULT =
      """
      {
        "mode": "crisis",
        "dilemmas": [
          {"character": "County Council", "type": "persuasion", "towards": "Police",
           "explanation": "Police does not prefer County Council's position NYYN to the threatened future NNNY, so County Council's threat does not move Police."},
          {"character": "County Council", "type": "rejection", "towards": "Police",
           "explanation": "County Council prefers Police's position YNYN to the threatened future NNNY, so its refusal of Police's position is not credible."},
          {"character": "County Council", "type": "rejection", "towards": "Voluntary sector",
           "explanation": "County Council prefers Voluntary sector's position YYYN to the threatened future NNNY, so its refusal of Voluntary sector's position is not credible."},
          {"character": "Voluntary sector", "type": "persuasion", "towards": "Police",
           "explanation": "Police does not prefer Voluntary sector's position YYYN to the threatened future NNNY, so Voluntary sector's threat does not move Police."},
          {"character": "Voluntary sector", "type": "rejection", "towards": "County Council",
           "explanation": "Voluntary sector prefers County Council's position NYYN to the threatened future NNNY, so its refusal of County Council's position is not credible."},
          {"character": "Voluntary sector", "type": "rejection", "towards": "Police",
           "explanation": "Voluntary sector prefers Police's position YNYN to the threatened future NNNY, so its refusal of Police's position is not credible."},
          {"character": "Voluntary sector", "type": "threat", "towards": null,
           "explanation": "If the others do what they say, Voluntary sector would rather change its own part of the threatened future NNNY to NNYN, so its threat is not credible."}
        ]
      }
      """;

  private final MessageSource messages;

  DilemmasApi(MessageSource messages) {
    this.messages = messages;
  }

  @PostMapping("/api/v1/conflict/dilemmas")
  @Operation(
      summary = "The dilemmas each character faces on an options board",
      description =
          "Takes an options board in the exchange format and returns its mode (crisis while"
              + " positions differ, commitment once they coincide) and the dilemmas, character by"
              + " character. Nothing is saved. Any signed-in user may call it. Bad input gets 400"
              + " with 'errors' naming each field at fault.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      schema = @Schema(implementation = DramaModelDocument.class),
                      examples =
                          @ExampleObject(
                              name = "youthOutreach",
                              summary = "Who funds the youth outreach post",
                              description =
                                  "The council, the police and the voluntary sector of a community"
                                      + " safety partnership dispute who funds a youth outreach"
                                      + " post; the voluntary sector threatens to close its youth"
                                      + " drop-in.",
                              value = EXAMPLE_MODEL))))
  @ApiResponse(
      responseCode = "200",
      description = "The mode and the dilemmas",
      content =
          @Content(
              schema = @Schema(implementation = DramaResult.class),
              examples = @ExampleObject(name = "youthOutreach", value = EXAMPLE_RESULT)))
  @ApiResponse(responseCode = "400", description = "The model is not complete or not well formed")
  DramaResult dilemmas(@RequestBody DramaModelDocument model) {
    return DramaExchange.analyse(model);
  }

  @ExceptionHandler(DramaModelException.class)
  ProblemDetail invalid(DramaModelException e) {
    return DramaProblems.of(e.problems(), messages);
  }
}
