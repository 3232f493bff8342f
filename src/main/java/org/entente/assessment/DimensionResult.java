package org.entente.assessment;

/**
 * The scores of one dimension. Each respondent's dimension score is the mean of their own answers
 * on its items; the dimension's mean and spread are taken over those respondent scores, so every
 * respondent weighs the same and the spread shows how far respondents (not items) differ.
 */
public record DimensionResult(String dimension, Summary summary) {}
