package org.entente.performance;

/** Whose indicator it is: a national one, one agreed locally, or one a partnership set itself. */
public enum IndicatorKind {
  NATIONAL,
  LOCAL_AGREEMENT,
  PARTNERSHIP_SPECIFIC
}
