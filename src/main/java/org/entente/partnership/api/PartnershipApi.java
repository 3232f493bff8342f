package org.entente.partnership.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.directory.AreaRef;
import org.entente.partnership.CollaborationLevel;
import org.entente.partnership.Formality;
import org.entente.partnership.LifecycleStage;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipFilter;
import org.entente.partnership.PartnershipStatus;
import org.entente.partnership.PartnershipSummary;
import org.entente.partnership.PartnershipView;
import org.entente.partnership.Register;
import org.entente.partnership.TypologyFunction;
import org.entente.partnership.Viewer;
import org.entente.shared.NotFoundException;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The partnership register as JSON. */
@RestController
@RequestMapping("/api/v1/areas/{area}/partnerships")
@Tag(name = "Partnerships", description = "The partnership register of an area")
class PartnershipApi {

  private final Register register;
  private final PartnershipAccess viewers;

  PartnershipApi(Register register, PartnershipAccess viewers) {
    this.register = register;
    this.viewers = viewers;
  }

  /** A page of partnerships. */
  record PartnershipPage(
      java.util.List<PartnershipSummary> items, int page, int size, long total, int totalPages) {

    static PartnershipPage of(Page<PartnershipSummary> page) {
      return new PartnershipPage(
          page.items(), page.page(), page.size(), page.total(), page.totalPages());
    }
  }

  @GetMapping
  @Operation(summary = "List the partnerships of an area, paged, filtered and sorted")
  PartnershipPage list(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = "Area slug, for example demo") String slug,
      @RequestParam(required = false) @Parameter(description = "Text search") String q,
      @RequestParam(required = false) Formality formality,
      @RequestParam(required = false) TypologyFunction function,
      @RequestParam(required = false) CollaborationLevel level,
      @RequestParam(required = false) LifecycleStage stage,
      @RequestParam(required = false) Boolean significant,
      @RequestParam(required = false) PartnershipStatus status,
      @RequestParam(required = false) @Parameter(description = "Accountable body id") Long body,
      @RequestParam(required = false) @Parameter(description = "Theme id") Long theme,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "20") @Parameter(description = "At most 100") int size,
      @RequestParam(defaultValue = "name")
          @Parameter(description = "name, formality, function, level, stage, status or reviewDate")
          String sort,
      @RequestParam(defaultValue = "asc") @Parameter(description = "asc or desc") String order,
      Authentication user) {
    PageRequest request = PageRequest.of(page, size, sort, order, Register.SORT_KEYS, "name");
    PartnershipFilter filter =
        new PartnershipFilter(
            q, formality, function, level, stage, significant, status, body, theme);
    return PartnershipPage.of(register.search(area.id(), filter, viewer(user, area), request));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One partnership with its classifications, people, costs and history")
  PartnershipView show(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") String slug,
      @PathVariable long id,
      Authentication user) {
    return register
        .find(area.id(), id, viewer(user, area))
        .orElseThrow(() -> new NotFoundException("partnership " + id));
  }

  private Viewer viewer(Authentication user, AreaRef area) {
    return viewers.viewer(user, area.id());
  }
}
