package org.entente.directory;

/** What kind of body an organisation is, with the sector it usually sits in. */
public enum OrganisationType {
  COUNTY_COUNCIL(Sector.PUBLIC),
  DISTRICT_COUNCIL(Sector.PUBLIC),
  UNITARY_COUNCIL(Sector.PUBLIC),
  PARISH_COUNCIL(Sector.PUBLIC),
  POLICE(Sector.PUBLIC),
  FIRE_AND_RESCUE(Sector.PUBLIC),
  NHS_BODY(Sector.PUBLIC),
  OTHER_PUBLIC_BODY(Sector.PUBLIC),
  VOLUNTARY_GROUP(Sector.VOLUNTARY),
  BUSINESS_BODY(Sector.PRIVATE),
  BUSINESS(Sector.PRIVATE),
  OTHER(Sector.PUBLIC);

  private final Sector usualSector;

  OrganisationType(Sector usualSector) {
    this.usualSector = usualSector;
  }

  public Sector usualSector() {
    return usualSector;
  }
}
