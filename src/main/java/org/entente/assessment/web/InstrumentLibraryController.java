package org.entente.assessment.web;

import java.util.List;
import org.entente.assessment.Banding;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.Scale;
import org.entente.directory.AreaRef;
import org.entente.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The instrument library as officers read it, to choose an instrument for a health check. */
@Controller
@RequestMapping("/areas/{area}/health-checks/instruments")
class InstrumentLibraryController {

  private final InstrumentLibrary library;

  InstrumentLibraryController(InstrumentLibrary library) {
    this.library = library;
  }

  /**
   * An instrument's banding as points on its own scale, whatever the basis of its rules, so that a
   * reader compares them with the answers they give.
   */
  record Bands(double redBelow, double amberBelow, double disagreementAbove) {

    static Bands of(Scale scale, Banding banding) {
      if (banding.basis() == Banding.Basis.SCALE) {
        return new Bands(banding.redBelow(), banding.amberBelow(), banding.disagreementAbove());
      }
      double range = scale.max() - scale.min();
      return new Bands(
          scale.min() + banding.redBelow() * range,
          scale.min() + banding.amberBelow() * range,
          banding.disagreementAbove() * range);
    }
  }

  @GetMapping
  String list(AreaRef area, Model model) {
    model.addAttribute("instruments", library.latest());
    return "assessment/instruments";
  }

  @GetMapping("/{key}")
  String show(
      AreaRef area,
      @PathVariable String key,
      @RequestParam(name = "version", required = false) Integer version,
      Model model) {
    InstrumentText instrument =
        (version == null ? library.latest(key) : library.find(key, version))
            .orElseThrow(() -> new NotFoundException("instrument " + key));
    List<InstrumentText> versions = library.versions(key);
    model.addAttribute("instrument", instrument);
    model.addAttribute("scale", instrument.scoring().scale());
    model.addAttribute(
        "bands", Bands.of(instrument.scoring().scale(), instrument.scoring().banding()));
    model.addAttribute("versions", versions);
    model.addAttribute(
        "newest", versions.isEmpty() ? instrument.version() : versions.get(0).version());
    return "assessment/instrument";
  }
}
