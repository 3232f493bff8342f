package org.entente.partnership;

import java.util.Set;

/**
 * What restricted partnerships a reader may see: all of them, or only those they are officer of.
 */
public record Viewer(boolean seesAllRestricted, Set<Long> officerOf) {

  public Viewer {
    officerOf = Set.copyOf(officerOf);
  }

  public boolean sees(long partnershipId, boolean restricted) {
    return !restricted || seesAllRestricted || officerOf.contains(partnershipId);
  }
}
