import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.scenario.BallotAnalysis;
import java.time.LocalDate;
import java.util.List;

/**
 * "Whose abstention would have decided the vote?" Two real votes and their pivots ({@link BallotAnalysis}), the
 * single changes of vote that flip the outcome, keeping those where the member abstains instead:
 *
 * <ul>
 *   <li>S/2016/846 on Aleppo, 8 October 2016, 11-2-2, vetoed by the Russian Federation (press release SC/12545):
 *       Russia's abstention would have adopted it; Venezuela's would not.</li>
 *   <li>Resolution 1559 (2004) on Lebanon, 2 September 2004, adopted 9-0-6 with Algeria, Brazil, China, Pakistan,
 *       the Philippines and the Russian Federation abstaining (UN News, "Lebanon: close Security Council vote backs
 *       free elections, urges foreign troop pullout", 2 September 2004): the bare nine, so any one of them
 *       abstaining would have defeated it.</li>
 * </ul>
 *
 * <p>Run it after {@code mvn package}: {@code java -cp target/unsc.jar examples/AbstentionDecides.java}
 */
public final class AbstentionDecides {

    private AbstentionDecides() {
    }

    /**
     * Prints each vote's outcome, its pivots, and the abstentions that would have decided it.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Council aleppo = Councils.onDate(LocalDate.of(2016, 10, 8));
        Ballot s2016846 = Ballot.builder(aleppo, Question.substantive())
                .yes("EGY", "FRA", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "GBR", "USA", "URY")
                .no("RUS", "VEN")
                .abstain("AGO", "CHN")
                .build();
        Council lebanon = Councils.onDate(LocalDate.of(2004, 9, 2));
        Ballot resolution1559 = Ballot.builder(lebanon, Question.substantive())
                .yes("AGO", "BEN", "CHL", "FRA", "DEU", "ROU", "ESP", "GBR", "USA")
                .abstain("DZA", "BRA", "CHN", "PAK", "PHL", "RUS")
                .build();
        report("S/2016/846 (8 October 2016)", s2016846);
        report("Resolution 1559 (2 September 2004)", resolution1559);
    }

    private static void report(String vote, Ballot ballot) {
        BallotAnalysis analysis = BallotAnalysis.of(ballot);
        System.out.println(vote + ": " + analysis.outcome().explanation());
        System.out.println("  pivotal members (one change of vote flips it): " + analysis.pivotalMembers().stream()
                .map(member -> member.code()).toList());
        List<String> abstainers = analysis.pivots().stream().filter(change -> change.to() == Vote.ABSTAIN)
                .map(change -> change.member().name() + " (" + change.from() + ")").toList();
        System.out.println("  decided by an abstention of: " + (abstainers.isEmpty() ? "nobody"
                : String.join(", ", abstainers)));
        System.out.println();
    }
}
