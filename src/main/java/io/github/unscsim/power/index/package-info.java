/**
 * Power indices as {@link io.github.unscsim.power.index.PowerIndex} strategies with exact results
 * ({@link io.github.unscsim.power.index.PowerProfile}), and the counting algorithms behind them
 * ({@link io.github.unscsim.power.index.CoalitionCounter}): generating functions for weighted games, counting by type
 * of member for councils, and enumeration as the test oracle.
 */
package io.github.unscsim.power.index;
