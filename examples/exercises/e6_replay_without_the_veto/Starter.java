package exercises.e6_replay_without_the_veto;

import io.github.unscsim.record.Query;
import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.VoteKind;
import io.github.unscsim.record.VotingRecord;
import io.github.unscsim.rules.OutcomeType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exercise 6, starter: fill in the gap marked TODO (see README.md in this folder). Until you do, the program prints
 * 0 where the number adopted without the veto belongs. The question: which vetoed drafts would have passed without
 * the veto, by decade?
 *
 * <p>Run it after {@code mvn package}:
 * {@code java -cp target/unsc.jar examples/exercises/e6_replay_without_the_veto/Starter.java}
 */
public final class Starter {

    private Starter() {
    }

    /**
     * Prints, by decade, how many vetoed drafts would have been adopted without the veto.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        List<RecordedVote> vetoed = VotingRecord.bundled().select(Query.all().outcome(OutcomeType.VETOED)).stream()
                .filter(vote -> vote.kind() == VoteKind.DRAFT && vote.hasMemberVotes()).toList();
        Map<Integer, int[]> counts = new TreeMap<>();
        for (RecordedVote vote : vetoed) {
            int[] count = counts.computeIfAbsent(vote.decade(), decade -> new int[2]);
            count[1]++;
            // TODO: replay the vote without the veto (record.Replay has a method for it) and, if the replayed
            // outcome is adopted, add one to count[0]
        }
        System.out.println("decade  adopted without the veto / vetoed drafts replayed");
        counts.forEach((decade, count) -> System.out.printf("%ds  %d / %d%n", decade, count[0], count[1]));
    }
}
