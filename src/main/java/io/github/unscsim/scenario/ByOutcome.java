package io.github.unscsim.scenario;

import io.github.unscsim.rules.OutcomeType;

/** The one value of three that belongs to a class of outcome: what the odds' accessors by outcome share. */
final class ByOutcome {

    private ByOutcome() {
    }

    /**
     * Returns the value for a class of outcome.
     *
     * @param <T> the values' type
     * @param type the outcome, not null
     * @param adopted the value for {@link OutcomeType#ADOPTED}
     * @param vetoed the value for {@link OutcomeType#VETOED}
     * @param failed the value for {@link OutcomeType#FAILED}
     * @return the value for {@code type}
     */
    static <T> T pick(OutcomeType type, T adopted, T vetoed, T failed) {
        return switch (type) {
            case ADOPTED -> adopted;
            case VETOED -> vetoed;
            case FAILED -> failed;
        };
    }
}
