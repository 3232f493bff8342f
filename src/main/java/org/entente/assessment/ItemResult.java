package org.entente.assessment;

/** The scores of one item, with the dimension it belongs to. */
public record ItemResult(String item, String dimension, Summary summary) {}
