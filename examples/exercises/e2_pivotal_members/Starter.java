package exercises.e2_pivotal_members;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.scenario.BallotAnalysis;
import java.time.LocalDate;
import java.util.List;

/**
 * Exercise 2, starter: fill in the gaps marked TODO (see README.md in this folder). Until you do, the program prints
 * an empty list of pivotal members and "no flipping set found".
 *
 * <p>Run it after {@code mvn package}:
 * {@code java -cp target/unsc.jar examples/exercises/e2_pivotal_members/Starter.java}
 */
public final class Starter {

    private static final Council COUNCIL = Councils.onDate(LocalDate.of(2016, 10, 8));

    private Starter() {
    }

    /**
     * S/2016/846 as cast: 11-2-2.
     *
     * @return the ballot
     */
    public static Ballot s2016846() {
        return Ballot.builder(COUNCIL, Question.substantive())
                .yes("EGY", "FRA", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "GBR", "USA", "URY")
                .no("RUS", "VEN")
                .abstain("AGO", "CHN")
                .build();
    }

    /**
     * S/2016/847 as cast: 4-9-2.
     *
     * @return the ballot
     */
    public static Ballot s2016847() {
        return Ballot.builder(COUNCIL, Question.substantive())
                .yes("CHN", "EGY", "RUS", "VEN")
                .no("FRA", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "GBR", "USA")
                .abstain("AGO", "URY")
                .build();
    }

    /**
     * The members whose single change of vote flips whether the draft is adopted.
     *
     * @param ballot the ballot, not null
     * @return their codes, in seat order
     */
    public static List<String> pivotalMembers(Ballot ballot) {
        // TODO 1: BallotAnalysis.of(ballot).pivotalMembers(), as codes
        return List.of();
    }

    /**
     * The smallest sets of changes that flip whether the draft is adopted.
     *
     * @param ballot the ballot, not null
     * @return the sets, all of the smallest size
     */
    public static BallotAnalysis.FlippingSets smallestFlippingSets(Ballot ballot) {
        // TODO 2: ask BallotAnalysis for the smallest flipping sets (first work out by hand what they must be)
        return new BallotAnalysis.FlippingSets(0, List.of(), 0);
    }

    /**
     * Prints the answers for both drafts.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        report("S/2016/846", s2016846());
        report("S/2016/847", s2016847());
    }

    private static void report(String draft, Ballot ballot) {
        BallotAnalysis.FlippingSets sets = smallestFlippingSets(ballot);
        System.out.println(draft + ": pivotal members " + pivotalMembers(ballot));
        System.out.println("  smallest flipping sets: " + (sets.found() ? sets.sets().size() + " set(s) of "
                + sets.size() + " change(s), e.g. " + sets.sets().get(0) : "no flipping set found"));
    }
}
