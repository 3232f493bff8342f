package org.entente.directory;

/** Another organisation of the same area already has this name; nothing was saved. */
public class OrganisationNameTakenException extends RuntimeException {

  public OrganisationNameTakenException(String name) {
    super("an organisation named '" + name + "' already exists in the area");
  }
}
