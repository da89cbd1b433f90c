import io.github.unscsim.record.Query;
import io.github.unscsim.record.VotingRecord;
import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.Replay;
import io.github.unscsim.record.Statistics;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.OutcomeType;
import io.github.unscsim.rules.VetoHolders;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A researcher's question answered from the bundled record: how many vetoes each permanent member cast in each
 * decade, and which vetoed drafts would have passed on today's Council had no veto been cast, that is, which had the
 * nine affirmative votes the 15-member Council requires (a draft vetoed on the 11-member Council with 7 or 8 votes
 * would not have had them).
 *
 * <p>Counting convention: a draft vetoed by two members is one vetoed draft and two vetoes; the USSR (SUN) and the
 * Russian Federation (RUS) are counted apart.
 *
 * <p>Run it after {@code mvn package}: {@code java -cp target/unsc.jar examples/VetoesByDecade.java}
 */
public final class VetoesByDecade {

    private VetoesByDecade() {
    }

    /**
     * Prints the table of vetoes, then the vetoed drafts that had today's nine votes.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        VotingRecord record = VotingRecord.bundled();
        List<RecordedVote> vetoed = record.select(Query.all().outcome(OutcomeType.VETOED));
        Statistics.VetoCounts counts = Statistics.vetoes(vetoed);

        System.out.println("Vetoes per permanent member per decade (" + record + ")");
        SortedSet<Integer> decades = new TreeSet<>(counts.vetoedByDecade().keySet());
        StringBuilder header = new StringBuilder(String.format("%-6s", "member"));
        decades.forEach(decade -> header.append(String.format("%7s", decade + "s")));
        System.out.println(header.append(String.format("%7s", "total")));
        for (String code : counts.vetoes().keySet()) {
            StringBuilder row = new StringBuilder(String.format("%-6s", code));
            decades.forEach(decade -> row.append(String.format("%7d", counts.vetoes(code, decade))));
            System.out.println(row.append(String.format("%7d", counts.vetoes(code))));
        }
        System.out.println(counts.vetoedVotes() + " vetoed votes, " + counts.totalVetoes() + " vetoes");
        System.out.println();

        AdoptionRule today = AdoptionRules.custom("9 affirmative votes, no veto").votes(9)
                .vetoHolders(VetoHolders.none()).build();
        System.out.println("Vetoed drafts that had the 9 affirmative votes today's Council requires "
                + "(adopted there had no veto been cast):");
        int withVotes = 0;
        for (RecordedVote vote : vetoed) {
            if (!vote.hasMemberVotes()) {
                continue;
            }
            withVotes++;
            Replay replay = Replay.under(vote, today);
            if (replay.outcome().isAdopted()) {
                System.out.println("  " + vote.id() + " (" + vote.date() + ", " + vote.tally().orElseThrow()
                        + ", vetoed by " + String.join(" ", vote.vetoingMembers()) + ")"
                        + (vote.title().isEmpty() ? "" : ": " + vote.title()));
            }
        }
        System.out.println("(" + withVotes + " of " + vetoed.size() + " vetoed votes have per-member votes)");
    }
}
