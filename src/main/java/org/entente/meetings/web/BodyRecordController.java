package org.entente.meetings.web;

import java.time.LocalDate;
import java.util.Arrays;
import org.entente.directory.AreaRef;
import org.entente.governance.BodyView;
import org.entente.governance.Structure;
import org.entente.meetings.Actions;
import org.entente.meetings.BodyRecord;
import org.entente.meetings.Meetings;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * How a body works, in four pictures with their tables: attendance per seat, substitutes and their
 * seniority, how decisions were reached, and the actions raised at its meetings.
 */
@Controller
class BodyRecordController {

  /** The periods a reader can look back over; the last twelve months unless they choose. */
  enum Period {
    YEAR,
    TWO_YEARS,
    ALL;

    /** The first day of the period, or {@code null} for all time. */
    LocalDate from(LocalDate today) {
      return switch (this) {
        case YEAR -> today.minusYears(1);
        case TWO_YEARS -> today.minusYears(2);
        case ALL -> null;
      };
    }

    static Period parse(String value) {
      return Arrays.stream(values()).filter(p -> p.name().equals(value)).findFirst().orElse(YEAR);
    }
  }

  private final Meetings meetings;
  private final Actions actions;
  private final Structure structure;
  private final PartnershipAccess partnerships;

  BodyRecordController(
      Meetings meetings, Actions actions, Structure structure, PartnershipAccess partnerships) {
    this.meetings = meetings;
    this.actions = actions;
    this.structure = structure;
    this.partnerships = partnerships;
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/bodies/{bodyId}/record")
  String show(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long bodyId,
      @RequestParam(required = false) String period,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    BodyView body =
        structure
            .body(area.id(), bodyId)
            .filter(b -> b.partnershipId() == pid)
            .orElseThrow(() -> new NotFoundException("body " + bodyId));
    LocalDate today = LondonTime.today();
    Period chosen = Period.parse(period);
    LocalDate from = chosen.from(today);
    BodyRecord record = meetings.record(area.id(), bodyId, from);
    Actions.BodyActions raised = actions.ofBody(area.id(), bodyId, from, today);
    model.addAttribute("p", p);
    model.addAttribute("body", body);
    model.addAttribute("period", chosen);
    model.addAttribute("periods", Period.values());
    model.addAttribute("today", today);
    model.addAttribute("record", record);
    model.addAttribute("shares", record.substituteShares());
    model.addAttribute("mix", record.decisions());
    model.addAttribute("raised", raised);
    model.addAttribute("heatMap", BodyPictures.HeatMap.of(record));
    model.addAttribute(
        "substituteChart", BodyPictures.SubstituteChart.of(record.substituteShares()));
    model.addAttribute("decisionChart", BodyPictures.DecisionChart.of(record.decisions()));
    model.addAttribute("actionChart", BodyPictures.ActionChart.of(raised));
    return "meetings/body-record";
  }
}
