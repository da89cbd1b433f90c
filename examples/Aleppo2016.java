import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import java.time.LocalDate;

/**
 * Replays the two votes on Aleppo of 8 October 2016 (the 7785th meeting; press release SC/12545) and asks what
 * would have changed the first.
 *
 * <p>Run it after {@code mvn package}: {@code java -cp target/unsc.jar examples/Aleppo2016.java}
 */
public final class Aleppo2016 {

    private Aleppo2016() {
    }

    /**
     * Prints each draft's outcome, then the what-ifs.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Council council = Councils.onDate(LocalDate.of(2016, 10, 8));
        System.out.println(council);
        System.out.println();

        Ballot franceSpain = Ballot.builder(council, Question.substantive())
                .yes("EGY", "FRA", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "GBR", "USA", "URY")
                .no("RUS", "VEN")
                .abstain("AGO", "CHN")
                .build();
        Ballot russia = Ballot.builder(council, Question.substantive())
                .yes("CHN", "EGY", "RUS", "VEN")
                .no("FRA", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "GBR", "USA")
                .abstain("AGO", "URY")
                .build();

        report("S/2016/846 (France and Spain)", franceSpain);
        report("S/2016/847 (Russian Federation)", russia);

        System.out.println("What if...");
        whatIf("Russia had abstained on S/2016/846", franceSpain.with("RUS", Vote.ABSTAIN));
        whatIf("Russia had stayed away from S/2016/846", franceSpain.with("RUS", Vote.ABSENT));
        whatIf("Venezuela had abstained on S/2016/846 (Russia still against)", franceSpain.with("VEN", Vote.ABSTAIN));
        whatIf("Angola and Uruguay had voted for S/2016/847", russia.with("AGO", Vote.YES).with("URY", Vote.YES));
    }

    private static void report(String draft, Ballot ballot) {
        Outcome outcome = AdoptionRules.evaluate(ballot);
        System.out.println(draft + ": " + outcome.type());
        System.out.println("  " + outcome.explanation());
        System.out.println("  vetoed by: " + (outcome.vetoingMembers().isEmpty() ? "nobody"
                : outcome.vetoingMembers()) + "; votes short: " + outcome.votesShort());
        System.out.println();
    }

    private static void whatIf(String question, Ballot ballot) {
        Outcome outcome = AdoptionRules.evaluate(ballot);
        System.out.println("  ..." + question + "? " + outcome.type() + ". " + outcome.explanation());
    }
}
