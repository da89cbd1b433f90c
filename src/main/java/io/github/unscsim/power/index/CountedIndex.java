package io.github.unscsim.power.index;

import io.github.unscsim.power.SimpleGame;
import java.util.Objects;

/**
 * What every index here shares: its name, and the checks made before its formula turns a counting algorithm's
 * counts into a profile. Immutable and thread-safe.
 */
abstract class CountedIndex implements PowerIndex {

    private final String name;

    CountedIndex(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final PowerProfile compute(SimpleGame game, CoalitionCounter counter) {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(counter, "counter");
        return profile(game, counter);
    }

    /**
     * Computes the profile by this index's formula.
     *
     * @param game the game, not null
     * @param counter the algorithm to count with
     * @return the profile, named {@link #name()}
     */
    abstract PowerProfile profile(SimpleGame game, CoalitionCounter counter);
}
