package org.entente.conflict.exchange;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A character on an options board (an organisation or group) and the options it controls. */
@Schema(description = "A character (an organisation or group) and the options it controls")
public record DramaCharacter(
    @Schema(example = "County Council") String name, List<DramaOption> options) {

  public DramaCharacter {
    options = options == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(options));
  }
}
