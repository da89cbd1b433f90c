import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.rules.QuotaRule;
import io.github.unscsim.rules.VetoHolders;
import java.util.List;

/**
 * "Our Model UN committee decides by two thirds of the members present and voting, with no veto: how many votes
 * does a draft need, and what do abstentions do?" The rule is the General Assembly's for important questions
 * (Charter Art. 18(2)); under its rules of procedure (A/520/Rev.17, rule 86) "members present and voting" are those
 * casting an affirmative or negative vote, and members who abstain are considered as not voting. So every abstention
 * lowers the bar. The committee here has twelve delegations, none permanent.
 *
 * <p>Run it after {@code mvn package}: {@code java -cp target/unsc.jar examples/ModelUnCommittee.java}
 */
public final class ModelUnCommittee {

    private ModelUnCommittee() {
    }

    /**
     * Prints the votes needed by number of abstentions, then three ballots.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Council committee = Council.custom("the disarmament committee", List.of(),
                List.of(MemberState.of("ARG", "Argentina"), MemberState.of("AUS", "Australia"),
                        MemberState.of("BRA", "Brazil"), MemberState.of("CAN", "Canada"),
                        MemberState.of("EGY", "Egypt"), MemberState.of("GHA", "Ghana"),
                        MemberState.of("IDN", "Indonesia"), MemberState.of("IRL", "Ireland"),
                        MemberState.of("JPN", "Japan"), MemberState.of("MEX", "Mexico"),
                        MemberState.of("NGA", "Nigeria"), MemberState.of("SWE", "Sweden")));
        QuotaRule twoThirds = AdoptionRules.custom("two thirds of the members present and voting, no veto")
                .quota(Quota.ofPresentAndVoting(2, 3)).vetoHolders(VetoHolders.none()).build();
        System.out.println(committee);
        System.out.println("Rule: " + twoThirds);
        System.out.println();

        System.out.println("abstentions  present and voting  yes votes needed");
        for (int abstentions = 0; abstentions <= 6; abstentions++) {
            int voting = committee.size() - abstentions;
            System.out.printf("%11d  %18d  %16d%n", abstentions, voting,
                    twoThirds.quota().required(committee.size(), voting));
        }
        System.out.println();

        // 7 in favour: 4 against and 1 abstention is not enough; 3 against and 2 abstentions is
        Ballot first = Ballot.builder(committee, Question.substantive())
                .yes("ARG", "BRA", "GHA", "IDN", "IRL", "MEX", "SWE")
                .no("AUS", "CAN", "JPN", "NGA")
                .abstain("EGY")
                .build();
        report("7 for, 4 against, 1 abstaining", twoThirds.evaluate(first));
        report("Nigeria abstains instead", twoThirds.evaluate(first.with("NGA", Vote.ABSTAIN)));
        report("Egypt votes yes instead", twoThirds.evaluate(first.with("EGY", Vote.YES)));
    }

    private static void report(String label, Outcome outcome) {
        System.out.println(label + ": " + outcome.type() + ", " + outcome.required() + " needed. "
                + outcome.explanation());
    }
}
