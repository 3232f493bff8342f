package org.entente.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.InstrumentVersion;
import org.entente.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The instrument library over JSON, for choosing an instrument and reading its questions. */
@RestController
@RequestMapping("/api/v1/health-checks/instruments")
@Tag(name = "Health checks", description = "Rounds of health checks and respondents' answers")
class InstrumentsApi {

  private final InstrumentLibrary library;

  InstrumentsApi(InstrumentLibrary library) {
    this.library = library;
  }

  @Schema(description = "An instrument in the library, at its newest version")
  record InstrumentEntry(
      @Schema(example = "audit-commission-governance") String key,
      @Schema(description = "The newest version; rounds remember the version they were run with")
          int version,
      String title,
      @Schema(description = "Where the instrument comes from") String source,
      String summary,
      int dimensions,
      int items,
      @Schema(description = "Every published version, newest first") List<Integer> versions) {}

  @GetMapping
  @Operation(
      summary = "The instruments a health check can be run with",
      description =
          "Every instrument in the library, shipped with Entente or uploaded by an administrator,"
              + " at its newest version, with the versions published so far. Any signed-in user.")
  List<InstrumentEntry> list() {
    List<InstrumentVersion> catalogue = library.catalogue();
    return library.latest().stream()
        .map(
            t ->
                new InstrumentEntry(
                    t.key(),
                    t.version(),
                    t.title(),
                    t.source(),
                    t.summary(),
                    t.dimensions().size(),
                    t.scoring().items().size(),
                    catalogue.stream()
                        .filter(v -> v.key().equals(t.key()))
                        .map(InstrumentVersion::version)
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList()))
        .toList();
  }

  @GetMapping("/{key}")
  @Operation(
      summary = "One instrument with its dimensions, items, scale and bands",
      description =
          "The newest version, or the version asked for: a version once published never changes,"
              + " so rounds run on it can always be read with the questions they asked.")
  @ApiResponse(responseCode = "200", description = "The instrument")
  @ApiResponse(responseCode = "404", description = "No such instrument or version")
  InstrumentText read(
      @PathVariable String key,
      @Parameter(description = "A published version; the newest if left out")
          @RequestParam(required = false)
          Integer version) {
    return (version == null ? library.latest(key) : library.find(key, version))
        .orElseThrow(() -> new NotFoundException("instrument"));
  }
}
