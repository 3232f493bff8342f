package org.entente.identity;

import java.util.List;
import java.util.Optional;
import org.entente.shared.Option;

/**
 * Implemented by the partnership register, so that officers can be assigned to partnerships without
 * identity depending on the register.
 */
public interface PartnershipNames {

  Optional<String> name(long partnershipId);

  /** The open partnerships of an area, as choices for assigning an officer. */
  List<Option> choices(long areaId);
}
