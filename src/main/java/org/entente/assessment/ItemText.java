package org.entente.assessment;

/**
 * An item as a respondent reads it: a statement to agree or disagree with, an optional hint, and
 * whether it is reversed (agreeing is bad news, so it is scored the other way round).
 */
public record ItemText(String key, String text, String hint, boolean reversed) {}
