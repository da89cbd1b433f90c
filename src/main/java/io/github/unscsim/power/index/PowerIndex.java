package io.github.unscsim.power.index;

import io.github.unscsim.power.SimpleGame;

/**
 * A power index: the share of a game's decisive moments each player holds, under one definition. Each
 * implementation names its definition and source; {@link PowerIndices} has them all by name. Implementations are
 * immutable and thread-safe.
 */
public interface PowerIndex {

    /**
     * Returns the index's name as the command line takes it, e.g. "shapley-shubik".
     *
     * @return the name
     */
    String name();

    /**
     * Computes every player's power, exactly.
     *
     * @param game the game, not null
     * @return the profile
     * @throws IllegalArgumentException if the game is too large for the automatic algorithm, with the reason
     */
    default PowerProfile compute(SimpleGame game) {
        return compute(game, CoalitionCounters.automatic());
    }

    /**
     * Computes every player's power, exactly, counting coalitions with a given algorithm (every algorithm gives the
     * same values where it can count the game; {@link CoalitionCounters} has them all).
     *
     * @param game the game, not null
     * @param counter the algorithm, not null
     * @return the profile
     * @throws IllegalArgumentException if the game is too large for the algorithm, with the reason
     */
    PowerProfile compute(SimpleGame game, CoalitionCounter counter);
}
