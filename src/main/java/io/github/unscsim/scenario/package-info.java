/**
 * What-if scenarios: probabilistic positions and the odds of adoption (exact, enumerated, Monte Carlo), analyses
 * of one ballot (pivotal members, smallest flipping sets), sweeps, and scenarios with named variants. Uses
 * {@code model}, {@code rules} and {@code reform}.
 */
package io.github.unscsim.scenario;
