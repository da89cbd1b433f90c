import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.rules.QuotaRule;
import java.util.List;

/**
 * "Our class has nine students: how do we run our own Security Council?" Builds a custom council of nine members,
 * three of them permanent, and a rule scaled from the Charter's: 9 of 15 is three fifths of the members, so the
 * class needs 6 of 9, and a permanent member's negative vote (not its abstention) is a veto. Under the Charter's own
 * 9 affirmative votes a nine-member council could adopt nothing without unanimity, which the program shows first.
 *
 * <p>Run it after {@code mvn package}: {@code java -cp target/unsc.jar examples/ClassroomCouncil.java}
 */
public final class ClassroomCouncil {

    private ClassroomCouncil() {
    }

    /**
     * Prints the council and three votes under the class's rule.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // the states the students chose; any ISO 3166 alpha-3 codes and names will do
        Council council = Council.custom("the class council",
                List.of(MemberState.of("CHN", "China"), MemberState.of("FRA", "France"),
                        MemberState.of("USA", "United States")),
                List.of(MemberState.of("BRA", "Brazil"), MemberState.of("IND", "India"),
                        MemberState.of("KEN", "Kenya"), MemberState.of("MEX", "Mexico"),
                        MemberState.of("NOR", "Norway"), MemberState.of("VNM", "Viet Nam")));
        System.out.println(council);

        // a custom council has no date, so the rule in force is today's: 9 affirmative votes, all nine of the class
        Ballot unanimous = Ballot.builder(council, Question.substantive()).rest(Vote.YES).build();
        System.out.println("Under the Charter's 9 votes, with Norway abstaining: "
                + AdoptionRules.evaluate(unanimous.with("NOR", Vote.ABSTAIN)).explanation());

        // the class's rule: three fifths of the members (6 of 9), the permanent members' negative votes are vetoes
        QuotaRule classRule = AdoptionRules.custom("three fifths of the members, permanent members' veto")
                .quota(Quota.ofMembers(3, 5)).build();
        System.out.println("The class's rule: " + classRule);
        System.out.println();

        Ballot draft = Ballot.builder(council, Question.substantive())
                .yes("FRA", "USA", "BRA", "IND", "KEN", "MEX")
                .no("NOR", "VNM")
                .abstain("CHN")
                .build();
        report("Draft 1, China abstains", classRule.evaluate(draft));
        report("Draft 1, China votes no", classRule.evaluate(draft.with("CHN", Vote.NO)));
        report("Draft 1, Mexico abstains too", classRule.evaluate(draft.with("MEX", Vote.ABSTAIN)));
    }

    private static void report(String label, Outcome outcome) {
        System.out.println(label + ": " + outcome.type() + " (" + outcome.required() + " required). "
                + outcome.explanation());
    }
}
