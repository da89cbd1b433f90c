import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.scenario.ExactOdds;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.Positions;
import io.github.unscsim.scenario.Sweep;
import io.github.unscsim.scenario.VoteDistribution;
import io.github.unscsim.rules.AdoptionRules;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * "How likely is adoption if Russia abstains three times in ten?" The positions of S/2016/846 (8 October 2016,
 * press release SC/12545), with Russia abstaining with probability 0.3 and otherwise voting as it did, and
 * Venezuela and Angola uncertain too; the exact odds, a seeded Monte Carlo check, and a sweep of Russia's
 * probability of abstaining.
 *
 * <p>Run it after {@code mvn package}: {@code java -cp target/unsc.jar examples/RussiaThreeInTen.java}
 */
public final class RussiaThreeInTen {

    private RussiaThreeInTen() {
    }

    /**
     * Prints the odds, the check and the sweep.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        var council = Councils.onDate(LocalDate.of(2016, 10, 8));
        Map<String, VoteDistribution> positions = new HashMap<>();
        council.members().forEach(member -> positions.put(member.code(), VoteDistribution.certain(Vote.YES)));
        positions.put("RUS", VoteDistribution.of(0, 0.7, 0.3, 0));
        positions.put("CHN", VoteDistribution.certain(Vote.ABSTAIN));
        positions.put("VEN", VoteDistribution.of(0, 0.8, 0.2, 0));
        positions.put("AGO", VoteDistribution.of(0.2, 0, 0.8, 0));
        Positions ballot = Positions.of(council, Question.substantive(), positions);

        var exact = new ExactOdds().odds(ballot);
        System.out.println("Russia abstains three times in ten: " + exact);
        var estimate = MonteCarloOdds.of(1_000_000, 2016).estimate(ballot);
        System.out.printf("Monte Carlo, 1,000,000 ballots, seed 2016: adopted %.4f (95%% Wilson interval %.4f to %.4f)%n",
                estimate.odds().adopted(), estimate.adopted().low(), estimate.adopted().high());
        System.out.println("Each member's probability of being decisive (P(adopted | yes) - P(adopted | no)):");
        new ExactOdds().decisiveness(ballot).forEach((member, p) -> {
            if (p > 0) {
                System.out.printf("  %s %.3f%n", member.code(), p);
            }
        });
        System.out.println();
        System.out.print(Sweep.abstention(ballot, AdoptionRules.charter(), "RUS", 10, new ExactOdds()));
    }
}
