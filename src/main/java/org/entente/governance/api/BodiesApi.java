package org.entente.governance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.entente.directory.AreaRef;
import org.entente.governance.BodySummary;
import org.entente.governance.BodyView;
import org.entente.governance.Structure;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.Register;
import org.entente.partnership.Viewer;
import org.entente.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bodies, seats and memberships as JSON, for every signed-in role of the area. */
@RestController
@RequestMapping("/api/v1/areas/{area}/partnerships/{pid}/bodies")
@Tag(name = "Bodies", description = "The bodies of a partnership, their seats and members")
class BodiesApi {

  private final Structure structure;
  private final Register register;
  private final PartnershipAccess viewers;

  BodiesApi(Structure structure, Register register, PartnershipAccess viewers) {
    this.structure = structure;
    this.register = register;
    this.viewers = viewers;
  }

  @GetMapping
  @Operation(summary = "The bodies of a partnership, with size, vacancies and warnings")
  List<BodySummary> list(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = "Area slug, for example demo") String slug,
      @PathVariable long pid,
      Authentication user) {
    requireVisible(area, pid, user);
    return structure.bodiesOf(area.id(), pid);
  }

  @GetMapping("/{bodyId}")
  @Operation(summary = "One body with its seats, current members, deputies and history")
  BodyView show(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") String slug,
      @PathVariable long pid,
      @PathVariable long bodyId,
      Authentication user) {
    requireVisible(area, pid, user);
    return structure
        .body(area.id(), bodyId)
        .filter(b -> b.partnershipId() == pid)
        .orElseThrow(() -> new NotFoundException("body " + bodyId));
  }

  private void requireVisible(AreaRef area, long pid, Authentication user) {
    Viewer viewer = viewers.viewer(user, area.id());
    register
        .find(area.id(), pid, viewer)
        .orElseThrow(() -> new NotFoundException("partnership " + pid));
  }
}
