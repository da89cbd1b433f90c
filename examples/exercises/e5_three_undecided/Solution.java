package exercises.e5_three_undecided;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.scenario.AdoptionOdds;
import io.github.unscsim.scenario.ExactOdds;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.Positions;
import io.github.unscsim.scenario.VoteDistribution;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Exercise 5, solution: the probability that a hypothetical draft on the 2016 Council is adopted when the Russian
 * Federation, Egypt and Senegal are undecided: by hand with two of them undecided, exactly with the library with
 * three, then by simulation. See README.md in this folder.
 *
 * <p>Run it after {@code mvn package}:
 * {@code java -cp target/unsc.jar examples/exercises/e5_three_undecided/Solution.java}
 */
public final class Solution {

    /** Russia votes no or abstains, one half each. */
    public static final VoteDistribution RUSSIA = VoteDistribution.of(0, 0.5, 0.5, 0);

    /** Egypt votes yes with probability 0.6, else abstains. */
    public static final VoteDistribution EGYPT = VoteDistribution.of(0.6, 0, 0.4, 0);

    /** Senegal votes yes with probability 0.7, else abstains. */
    public static final VoteDistribution SENEGAL = VoteDistribution.of(0.7, 0, 0.3, 0);

    private Solution() {
    }

    /**
     * The positions: eight sure yes votes, China, Angola and Malaysia abstaining, Venezuela against; Russia and Egypt
     * undecided, and Senegal undecided too if {@code threeUndecided}, else abstaining.
     *
     * @param threeUndecided whether Senegal is undecided
     * @return the positions
     */
    public static Positions positions(boolean threeUndecided) {
        Council council = Councils.onDate(LocalDate.of(2016, 10, 8));
        Map<String, VoteDistribution> positions = new HashMap<>();
        for (String code : new String[] {"FRA", "GBR", "USA", "JPN", "NZL", "ESP", "UKR", "URY"}) {
            positions.put(code, VoteDistribution.certain(Vote.YES));
        }
        for (String code : new String[] {"CHN", "AGO", "MYS"}) {
            positions.put(code, VoteDistribution.certain(Vote.ABSTAIN));
        }
        positions.put("VEN", VoteDistribution.certain(Vote.NO));
        positions.put("RUS", RUSSIA);
        positions.put("EGY", EGYPT);
        positions.put("SEN", threeUndecided ? SENEGAL : VoteDistribution.certain(Vote.ABSTAIN));
        return Positions.of(council, Question.substantive(), positions);
    }

    /**
     * By hand, two undecided: adopted only if Russia abstains and Egypt votes yes (the ninth vote).
     *
     * @return P(adopted)
     */
    public static double byHandTwo() {
        return RUSSIA.probability(Vote.ABSTAIN) * EGYPT.probability(Vote.YES);
    }

    /**
     * Exactly, with the library.
     *
     * @param positions the positions, not null
     * @return the odds
     */
    public static AdoptionOdds.Result exact(Positions positions) {
        return new ExactOdds().odds(positions);
    }

    /**
     * By simulation: draw every member's vote, evaluate the ballot under the Charter, count adoptions.
     *
     * @param positions the positions, not null
     * @param trials the ballots to draw, at least 1
     * @param seed the random seed
     * @return the share of ballots adopted
     */
    public static double simulate(Positions positions, int trials, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int adopted = 0;
        for (int t = 0; t < trials; t++) {
            Ballot.Builder ballot = Ballot.builder(positions.council(), positions.question());
            positions.distributions().forEach((member, distribution) -> {
                double u = random.nextDouble();
                Vote drawn = Vote.NOT_PARTICIPATING;
                for (Vote vote : Vote.values()) {
                    u -= distribution.probability(vote);
                    if (u < 0) {
                        drawn = vote;
                        break;
                    }
                }
                ballot.vote(member.code(), drawn);
            });
            adopted += AdoptionRules.evaluate(ballot.build()).isAdopted() ? 1 : 0;
        }
        return (double) adopted / trials;
    }

    /**
     * Prints the three answers.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.printf("two undecided, by hand:   adopted %.4f%n", byHandTwo());
        System.out.println("two undecided, library:   " + exact(positions(false)));
        System.out.println("three undecided, library: " + exact(positions(true)));
        System.out.printf("three undecided, simulated (100,000 ballots, seed 5): adopted %.4f%n",
                simulate(positions(true), 100_000, 5));
        MonteCarloOdds.Estimate estimate = MonteCarloOdds.of(100_000, 5).estimate(positions(true));
        System.out.printf("three undecided, MonteCarloOdds (100,000 ballots, seed 5): adopted %.4f, 95%% interval "
                + "%.4f to %.4f%n", estimate.odds().adopted(), estimate.adopted().low(), estimate.adopted().high());
    }
}
