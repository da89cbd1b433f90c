package io.github.unscsim.scenario;

import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.OutcomeType;

/**
 * Computes the probabilities that a draft is adopted, vetoed or fails, given each member's probabilistic position.
 * Implementations: {@link ExactOdds} (dynamic programming, polynomial), {@link EnumeratedOdds} (every combination,
 * small councils only) and {@link MonteCarloOdds} (sampling, seeded).
 */
@FunctionalInterface
public interface AdoptionOdds {

    /**
     * Computes the odds under a rule.
     *
     * @param positions the positions, not null
     * @param rule the rule, not null
     * @return the odds
     * @throws IllegalArgumentException if the implementation cannot take the rule or the council
     */
    Result odds(Positions positions, AdoptionRule rule);

    /**
     * Computes the odds under the rule in force for the positions' council and question.
     *
     * @param positions the positions, not null
     * @return the odds
     */
    default Result odds(Positions positions) {
        return odds(positions, AdoptionRules.inForce(positions.council(), positions.question()));
    }

    /**
     * The probabilities of the three outcomes. Immutable and thread-safe.
     *
     * @param adopted the probability of adoption, 0 to 1
     * @param vetoed the probability of a veto, 0 to 1
     * @param failed the probability of failing for lack of votes, 0 to 1
     */
    record Result(double adopted, double vetoed, double failed) {

        /**
         * Validates the probabilities.
         *
         * @param adopted the probability of adoption, 0 to 1
         * @param vetoed the probability of a veto, 0 to 1
         * @param failed the probability of failing, 0 to 1
         */
        public Result {
            check(adopted, "adopted");
            check(vetoed, "vetoed");
            check(failed, "failed");
        }

        private static void check(double p, String name) {
            if (!(p >= -1e-12 && p <= 1 + 1e-12)) {
                throw new IllegalArgumentException("probability " + name + " must be between 0 and 1: " + p);
            }
        }

        /**
         * Returns the probability of one outcome.
         *
         * @param type the outcome, not null
         * @return its probability
         */
        public double probability(OutcomeType type) {
            return ByOutcome.pick(type, adopted, vetoed, failed);
        }

        /** Returns the three probabilities, e.g. {@code adopted 0.300000, vetoed 0.500000, failed 0.200000}. */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "adopted %.6f, vetoed %.6f, failed %.6f", adopted, vetoed,
                    failed);
        }
    }
}
