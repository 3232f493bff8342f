/**
 * The conflict analysis engine, plain Java with no framework imports. Build a {@link
 * org.entente.conflict.engine.OptionModel} or a {@link org.entente.conflict.engine.GraphModel} and
 * pass the graph to {@link org.entente.conflict.engine.StabilityAnalysis#analyse}; build a {@link
 * org.entente.conflict.engine.DramaModel} and ask it for its {@link
 * org.entente.conflict.engine.DramaModel#dilemmas() dilemmas}. Invalid or oversized input is
 * refused with an {@link java.lang.IllegalArgumentException} whose message a facilitator can act
 * on.
 */
package org.entente.conflict.engine;
