package org.entente.partnership;

/**
 * The five life-cycle stages a partnership passes through, like a team. Labels and definitions are
 * in messages/partnership.properties.
 */
public enum LifecycleStage {
  FORMING,
  FRUSTRATION,
  FAILING,
  FUNCTIONING,
  FLYING
}
