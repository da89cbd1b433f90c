package exercises.e1_read_an_outcome;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import java.time.LocalDate;

/**
 * Exercise 1, starter: fill in the three gaps marked TODO (see README.md in this folder). Until you do, the program
 * prints "TODO" where an answer belongs.
 *
 * <p>Run it after {@code mvn package}:
 * {@code java -cp target/unsc.jar examples/exercises/e1_read_an_outcome/Starter.java}
 */
public final class Starter {

    private Starter() {
    }

    /**
     * S/2016/846, 8 October 2016 (press release SC/12545): given, as a model for the other two.
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
     * @return the ballot, or null until written
     */
    public static Ballot s2016847() {
        // TODO 1: build the ballot from the worksheet's table (the same council as S/2016/846)
        return null;
    }

    /**
     * Resolution 1593 (2005), 31 March 2005 (press release SC/8351).
     *
     * @return the ballot, or null until written
     */
    public static Ballot resolution1593() {
        // TODO 2: build the ballot on the council of 31 March 2005; Builder.rest(Vote.YES) gives the rest a yes
        return null;
    }

    /**
     * The outcome's class and the President's sentence, e.g. "VETOED: Not adopted, owing to ...".
     *
     * @param ballot the ballot, not null
     * @return the verdict
     */
    public static String verdict(Ballot ballot) {
        // TODO 3: evaluate the ballot under the rule in force (AdoptionRules) and return type() + ": " + explanation()
        return "TODO";
    }

    /**
     * Prints the three verdicts.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("S/2016/846: " + verdict(s2016846()));
        System.out.println("S/2016/847: " + (s2016847() == null ? "TODO" : verdict(s2016847())));
        System.out.println("Resolution 1593 (2005): " + (resolution1593() == null ? "TODO"
                : verdict(resolution1593())));
    }
}
