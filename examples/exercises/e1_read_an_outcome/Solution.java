package exercises.e1_read_an_outcome;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import java.time.LocalDate;

/**
 * Exercise 1, solution: three real votes, each adopted, vetoed or failed, and the President's sentence saying why.
 * See README.md in this folder.
 *
 * <p>Run it after {@code mvn package}:
 * {@code java -cp target/unsc.jar examples/exercises/e1_read_an_outcome/Solution.java}
 */
public final class Solution {

    private Solution() {
    }

    /**
     * S/2016/846, 8 October 2016 (press release SC/12545).
     *
     * @return the ballot
     */
    public static Ballot s2016846() {
        Council council = Councils.onDate(LocalDate.of(2016, 10, 8));
        return Ballot.builder(council, Question.substantive())
                .yes("EGY", "FRA", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "GBR", "USA", "URY")
                .no("RUS", "VEN")
                .abstain("AGO", "CHN")
                .build();
    }

    /**
     * S/2016/847, 8 October 2016 (press release SC/12545).
     *
     * @return the ballot
     */
    public static Ballot s2016847() {
        Council council = Councils.onDate(LocalDate.of(2016, 10, 8));
        return Ballot.builder(council, Question.substantive())
                .yes("CHN", "EGY", "RUS", "VEN")
                .no("FRA", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "GBR", "USA")
                .abstain("AGO", "URY")
                .build();
    }

    /**
     * Resolution 1593 (2005), 31 March 2005 (press release SC/8351).
     *
     * @return the ballot
     */
    public static Ballot resolution1593() {
        Council council = Councils.onDate(LocalDate.of(2005, 3, 31));
        return Ballot.builder(council, Question.chapterVii())
                .abstain("DZA", "BRA", "CHN", "USA")
                .rest(Vote.YES)
                .build();
    }

    /**
     * The outcome's class and the President's sentence, e.g. "VETOED: Not adopted, owing to ...".
     *
     * @param ballot the ballot, not null
     * @return the verdict
     */
    public static String verdict(Ballot ballot) {
        Outcome outcome = AdoptionRules.evaluate(ballot);
        return outcome.type() + ": " + outcome.explanation();
    }

    /**
     * Prints the three verdicts.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("S/2016/846: " + verdict(s2016846()));
        System.out.println("S/2016/847: " + verdict(s2016847()));
        System.out.println("Resolution 1593 (2005): " + verdict(resolution1593()));
    }
}
