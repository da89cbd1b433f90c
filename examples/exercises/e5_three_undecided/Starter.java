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
 * Exercise 5, starter: fill in the three gaps marked TODO (see README.md in this folder). Until you do, the program
 * prints NaN and TODO where the answers belong. The question: the probability that a hypothetical draft on the 2016
 * Council is adopted when the Russian Federation, Egypt and Senegal are undecided: by hand with two of them
 * undecided, exactly with the library with three, then by simulation. See README.md in this folder.
 *
 * <p>Run it after {@code mvn package}:
 * {@code java -cp target/unsc.jar examples/exercises/e5_three_undecided/Starter.java}
 */
public final class Starter {

    /** Russia votes no or abstains, one half each. */
    public static final VoteDistribution RUSSIA = VoteDistribution.of(0, 0.5, 0.5, 0);

    /** Egypt votes yes with probability 0.6, else abstains. */
    public static final VoteDistribution EGYPT = VoteDistribution.of(0.6, 0, 0.4, 0);

    /** Senegal votes yes with probability 0.7, else abstains. */
    public static final VoteDistribution SENEGAL = VoteDistribution.of(0.7, 0, 0.3, 0);

    private Starter() {
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
        // TODO 1: your hand formula, from RUSSIA.probability(...) and EGYPT.probability(...)
        return Double.NaN;
    }

    /**
     * Exactly, with the library.
     *
     * @param positions the positions, not null
     * @return the odds
     */
    public static AdoptionOdds.Result exact(Positions positions) {
        // TODO 2: ask ExactOdds for the odds of the positions
        return null;
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
        // TODO 3: repeat `trials` times: draw each member's vote from its distribution (one random number u in
        // [0, 1) per member, taken through the probabilities in Vote order), build the Ballot, evaluate it with
        // AdoptionRules.evaluate, and count the adoptions; use new SplittableRandom(seed) for the random numbers
        return Double.NaN;
    }

    /**
     * Prints the three answers.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.printf("two undecided, by hand:   adopted %.4f%n", byHandTwo());
        System.out.println("two undecided, library:   " + (exact(positions(false)) == null ? "TODO"
                : exact(positions(false))));
        System.out.println("three undecided, library: " + (exact(positions(true)) == null ? "TODO"
                : exact(positions(true))));
        System.out.printf("three undecided, simulated (100,000 ballots, seed 5): adopted %.4f%n",
                simulate(positions(true), 100_000, 5));
        MonteCarloOdds.Estimate estimate = MonteCarloOdds.of(100_000, 5).estimate(positions(true));
        System.out.printf("three undecided, MonteCarloOdds (100,000 ballots, seed 5): adopted %.4f, 95%% interval "
                + "%.4f to %.4f%n", estimate.odds().adopted(), estimate.adopted().low(), estimate.adopted().high());
    }
}
