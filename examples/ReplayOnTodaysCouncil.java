import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.scenario.PositionSpec;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.scenario.Scenario;
import io.github.unscsim.scenario.Variant;
import io.github.unscsim.scenario.VoteDistribution;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Would S/2016/846 pass on today's Council, or without the veto?" Replays the Aleppo draft of France and Spain
 * (8 October 2016, 11-2-2, vetoed by the Russian Federation; press release SC/12545) as a {@link Scenario}: the
 * positions of 2016, moved to the Council of 1 June 2026 and evaluated with and without the veto.
 *
 * <p>When the council changes, members who have left take their positions with them, and the new members take the
 * scenario's default. None of the ten elected members of 2026 sat on the 2016 Council, so their votes are an
 * assumption: first that they vote yes like the 2016 majority, then that each is undecided (yes, no or abstain, one
 * third each). The permanent members keep their 2016 votes.
 *
 * <p>Run it after {@code mvn package}: {@code java -cp target/unsc.jar examples/ReplayOnTodaysCouncil.java}
 */
public final class ReplayOnTodaysCouncil {

    /** The council the vote is replayed on. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private ReplayOnTodaysCouncil() {
    }

    /**
     * Prints the base and each variant.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Council council2016 = Councils.onDate(LocalDate.of(2016, 10, 8));
        Council council2026 = Councils.onDate(TODAY);
        // S/2016/846 as cast: Russia and Venezuela against, Angola and China abstaining, the other eleven in favour
        PositionSpec positions = PositionSpec.of(Map.of("RUS", Vote.NO, "VEN", Vote.NO, "AGO", Vote.ABSTAIN,
                "CHN", Vote.ABSTAIN), Vote.YES);
        Map<String, VoteDistribution> undecided = new HashMap<>();
        for (MemberState member : council2026.electedMembers()) {
            undecided.put(member.code(), VoteDistribution.of(1.0 / 3, 1.0 / 3, 1.0 / 3, 0));
        }
        Scenario scenario = new Scenario(council2016, Question.substantive(), positions, RuleSpec.unchanged(), List.of(
                Variant.setting("without the veto", Map.of()).withRule(RuleSpec.noVeto()),
                Variant.setting("on the 2026 council, new members yes", Map.of()).withCouncil(council2026),
                Variant.setting("on the 2026 council, new members yes, without the veto", Map.of())
                        .withCouncil(council2026).withRule(RuleSpec.noVeto()),
                new Variant("on the 2026 council, new members undecided", undecided, Optional.of(council2026),
                        RuleSpec.unchanged()),
                new Variant("on the 2026 council, new members undecided, without the veto", undecided,
                        Optional.of(council2026), RuleSpec.noVeto())));

        System.out.println("2016: " + council2016);
        System.out.println("2026: " + council2026);
        System.out.println();
        Scenario.Result result = scenario.evaluate();
        print("S/2016/846 as cast", result.base());
        result.variants().forEach(variant -> print(variant.name(), variant));
    }

    private static void print(String label, Scenario.Evaluation evaluation) {
        System.out.println(label + ":");
        if (evaluation.outcome().isPresent()) {
            System.out.println("  " + evaluation.outcome().get().type() + ". "
                    + evaluation.outcome().get().explanation());
        } else {
            System.out.println("  " + evaluation.odds());
        }
    }
}
