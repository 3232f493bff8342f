package org.entente.governance;

/**
 * The kinds of body a partnership acts through, each with the layer it usually works at and the
 * guidance an area starts from (DOMAIN.md section 3), which the area may change.
 */
public enum BodyKind {
  CONFERENCE(RoleLayer.ENGAGEMENT, null, null, 365, false, null),
  BOARD(RoleLayer.STRATEGIC, 12, 15, 183, true, 2),
  EXECUTIVE(RoleLayer.EXECUTIVE, 8, 10, 61, true, 2),
  THEMATIC_GROUP(RoleLayer.DELIVERY_OVERSIGHT, 8, 10, 92, true, 3),
  DELIVERY_GROUP(RoleLayer.OPERATIONAL, 3, 8, null, false, null),
  AREA_FORUM(RoleLayer.LOCALITY, null, null, null, false, null);

  private final RoleLayer usualLayer;
  private final Guidance defaults;

  BodyKind(
      RoleLayer usualLayer,
      Integer minSize,
      Integer maxSize,
      Integer meetingIntervalDays,
      boolean deputiesRequired,
      Integer lowestTier) {
    this.usualLayer = usualLayer;
    this.defaults =
        new Guidance(this, minSize, maxSize, meetingIntervalDays, deputiesRequired, lowestTier);
  }

  public RoleLayer usualLayer() {
    return usualLayer;
  }

  public Guidance defaults() {
    return defaults;
  }

  /** Delivery and task-and-finish groups are time-limited and should have an end date. */
  public boolean timeLimited() {
    return this == DELIVERY_GROUP;
  }
}
