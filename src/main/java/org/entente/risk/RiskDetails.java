package org.entente.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a user enters for a risk. Residual likelihood and impact are never above inherent ones.
 *
 * @param controls the controls in place, one per entry
 * @param sharedWith the organisations that share the risk
 * @param sharingArrangement how they share it
 */
public record RiskDetails(
    String title,
    String description,
    String cause,
    String effect,
    String objective,
    RiskKind kind,
    long ownerId,
    RiskScore inherent,
    RiskScore residual,
    List<String> controls,
    Set<Long> sharedWith,
    String sharingArrangement,
    LocalDate reviewOn,
    RiskStatus status) {

  public RiskDetails {
    controls = controls == null ? List.of() : List.copyOf(controls);
    sharedWith = sharedWith == null ? Set.of() : Set.copyOf(sharedWith);
    if (residual.likelihood() > inherent.likelihood() || residual.impact() > inherent.impact()) {
      throw new IllegalArgumentException(
          "Residual likelihood and impact cannot be above inherent.");
    }
  }
}
