package io.github.unscsim.power.index;

import io.github.unscsim.power.SimpleGame;
import java.util.Objects;

/**
 * What every index here shares: its name, the counting algorithm it takes, and the checks made before its formula
 * turns the algorithm's counts into a profile. Immutable and thread-safe.
 */
abstract class CountedIndex implements PowerIndex {

    private final String name;
    private final CoalitionCounter counter;

    CountedIndex(String name, CoalitionCounter counter) {
        this.name = name;
        this.counter = Objects.requireNonNull(counter, "counter");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final PowerProfile compute(SimpleGame game) {
        Objects.requireNonNull(game, "game");
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
