package io.github.unscsim.scenario;

import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.CountingRule;
import io.github.unscsim.rules.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The odds of adoption by evaluating every combination of votes with a positive probability under the rule itself:
 * up to 5<sup>n</sup> ballots, so for small councils only (at most {@link #MAX_COMBINATIONS} combinations). Each
 * ballot is built and evaluated in full by the rule's compiled form (compiled once); the test oracle of
 * {@link ExactOdds}. Immutable and thread-safe.
 */
public final class EnumeratedOdds implements AdoptionOdds {

    /** The most combinations this strategy will evaluate. */
    public static final long MAX_COMBINATIONS = 10_000_000L;

    /** Creates the strategy. */
    public EnumeratedOdds() {
    }

    @Override
    public Result odds(Positions positions, AdoptionRule rule) {
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(rule, "rule");
        List<MemberState> members = new ArrayList<>(positions.distributions().keySet());
        List<Map<Vote, Double>> support = new ArrayList<>();
        long combinations = 1;
        for (VoteDistribution distribution : positions.distributions().values()) {
            Map<Vote, Double> map = distribution.probabilities();
            map.replaceAll((vote, p) -> p / distribution.total());
            support.add(map);
            combinations *= map.size();
            if (combinations > MAX_COMBINATIONS) {
                throw new IllegalArgumentException("more than " + MAX_COMBINATIONS
                        + " combinations of votes to enumerate; use ExactOdds or MonteCarloOdds");
            }
        }
        double[] sums = new double[3];
        CountingRule counting = rule.compile(positions.council(), positions.question());
        enumerate(positions, counting, members, support, 0, new Vote[members.size()], 1, sums);
        return new Result(sums[0], sums[1], sums[2]);
    }

    private static void enumerate(Positions positions, CountingRule rule, List<MemberState> members,
            List<Map<Vote, Double>> support, int i, Vote[] votes, double probability, double[] sums) {
        if (i == members.size()) {
            Ballot.Builder builder = Ballot.builder(positions.council(), positions.question());
            for (int k = 0; k < votes.length; k++) {
                builder.vote(members.get(k).code(), votes[k]);
            }
            Outcome outcome = rule.evaluate(builder.build());
            sums[outcome.type().ordinal()] += probability;
            return;
        }
        for (Map.Entry<Vote, Double> entry : support.get(i).entrySet()) {
            votes[i] = entry.getKey();
            enumerate(positions, rule, members, support, i + 1, votes, probability * entry.getValue(), sums);
        }
    }

    /** Returns the strategy's name. */
    @Override
    public String toString() {
        return "enumeration";
    }
}
