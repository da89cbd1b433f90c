package exercises.e6_replay_without_the_veto;

import io.github.unscsim.record.Query;
import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.Replay;
import io.github.unscsim.record.VoteKind;
import io.github.unscsim.record.VotingRecord;
import io.github.unscsim.rules.OutcomeType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exercise 6, solution: every vetoed draft resolution in the bundled record, replayed without the veto (the rule in
 * force on its date, with no veto holder: {@link Replay#withoutVeto(RecordedVote)}, as {@code replay --rule no-veto}
 * does), and how many would have been adopted, by decade. See README.md in this folder.
 *
 * <p>Run it after {@code mvn package}:
 * {@code java -cp target/unsc.jar examples/exercises/e6_replay_without_the_veto/Solution.java}
 */
public final class Solution {

    private Solution() {
    }

    /**
     * Returns the vetoed draft resolutions whose members' votes the record holds (a vote with a tally only cannot
     * be replayed).
     *
     * @return the drafts, in the record's order
     */
    public static List<RecordedVote> vetoedDrafts() {
        return VotingRecord.bundled().select(Query.all().outcome(OutcomeType.VETOED)).stream()
                .filter(vote -> vote.kind() == VoteKind.DRAFT && vote.hasMemberVotes()).toList();
    }

    /**
     * Counts, by decade, the vetoed draft resolutions the record holds with a tally only: they are left out of the
     * replay.
     *
     * @return decade to the number of such drafts
     */
    public static Map<Integer, Integer> tallyOnlyByDecade() {
        Map<Integer, Integer> counts = new TreeMap<>();
        VotingRecord.bundled().select(Query.all().outcome(OutcomeType.VETOED)).stream()
                .filter(vote -> vote.kind() == VoteKind.DRAFT && !vote.hasMemberVotes())
                .forEach(vote -> counts.merge(vote.decade(), 1, Integer::sum));
        return counts;
    }

    /**
     * Counts, by decade, the vetoed drafts that would have been adopted without the veto.
     *
     * @return decade (1940, 1950, ...) to {adopted without the veto, vetoed drafts replayed}
     */
    public static Map<Integer, int[]> byDecade() {
        Map<Integer, int[]> counts = new TreeMap<>();
        for (RecordedVote vote : vetoedDrafts()) {
            int[] count = counts.computeIfAbsent(vote.decade(), decade -> new int[2]);
            count[1]++;
            if (Replay.withoutVeto(vote).outcome().isAdopted()) {
                count[0]++;
            }
        }
        return counts;
    }

    /**
     * Prints the table.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        int adopted = 0;
        int total = 0;
        int tallyOnly = 0;
        Map<Integer, Integer> notReplayed = tallyOnlyByDecade();
        System.out.println("decade  adopted without the veto / vetoed drafts replayed (tally only, not replayed)");
        Map<Integer, int[]> counts = byDecade();
        java.util.TreeSet<Integer> decades = new java.util.TreeSet<>(counts.keySet());
        decades.addAll(notReplayed.keySet());
        for (int decade : decades) {
            int[] count = counts.getOrDefault(decade, new int[2]);
            int left = notReplayed.getOrDefault(decade, 0);
            System.out.printf("%ds  %d / %d (%d)%n", decade, count[0], count[1], left);
            adopted += count[0];
            total += count[1];
            tallyOnly += left;
        }
        System.out.printf("all    %d / %d (%d)%n", adopted, total, tallyOnly);
    }
}
