package org.entente.shared;

/** One entry of the service navigation; {@code order} fixes its place among the sections. */
public record NavigationItem(int order, String labelKey, String href, boolean active) {

  public NavigationItem withActive(boolean active) {
    return new NavigationItem(order, labelKey, href, active);
  }
}
