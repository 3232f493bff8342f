package org.entente.shared;

import java.util.List;

/** A panel of the area home page, contributed by a module (texts already in the user's words). */
public record DashboardPanel(
    int order, String heading, List<String> lines, String href, String linkText) {}
