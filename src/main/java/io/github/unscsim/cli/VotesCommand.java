package io.github.unscsim.cli;

import io.github.unscsim.io.Json;
import io.github.unscsim.model.Vote;
import io.github.unscsim.record.Query;
import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.VoteKind;
import io.github.unscsim.record.VotingRecord;
import io.github.unscsim.report.RecordReports;
import io.github.unscsim.report.TextTable;
import io.github.unscsim.rules.OutcomeType;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code votes [filters] [--json]}: the recorded votes a query selects, one line each, and their count. */
@Command(name = "votes", description = "Lists the recorded votes that every filter given selects, one line each (date, "
        + "symbol, outcome, tally yes-no-abstain, title), then their count.")
final class VotesCommand extends Subcommand {

    @Mixin
    PeriodOptions period;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "adopted, vetoed or failed (for lack of votes)")
    String outcome;

    @Option(names = "--member", paramLabel = "CODE",
            description = "with --voted: votes on which this member voted so (a code in any case, or a name as the "
                    + "members command lists it); votes without per-member votes never match")
    String member;

    @Option(names = "--voted", paramLabel = "VOTE",
            description = "the vote of --member: yes, no, abstain, absent or not-participating")
    String voted;

    @Option(names = "--agenda", paramLabel = "TEXT", description = "text in the agenda item or the title, any case")
    String agenda;

    @Option(names = "--sponsor", paramLabel = "CODE",
            description = "drafts this state sponsored, alone, with others or in a named group (any state's code, "
                    + "or a name)")
    String sponsor;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "draft, preliminary (the preliminary question), procedural or amendment")
    String kind;

    @Mixin
    RecordOptions source;

    @Option(names = "--json", description = "print JSON: count and votes, each with date, symbol, id, kind, draft, "
            + "resolution, outcome, yes, no, abstain, absent, notParticipating, vetoedBy, memberVotes, agenda, title, "
            + "sponsors")
    boolean json;

    @Override
    public Integer call() {
        Query query = query();
        VotingRecord record = source.record();
        List<RecordedVote> votes = record.select(query);
        PrintWriter out = out();
        if (json) {
            out.println(Json.write(RecordReports.votes(votes)));
            return 0;
        }
        TextTable table = new TextTable("", false, false, false, false, false);
        if (!votes.isEmpty()) {
            table.row("date", "symbol", "outcome", "yes-no-abstain", "title");
        }
        for (RecordedVote vote : votes) {
            table.row(vote.date(), RecordReports.symbol(vote), outcome(vote), tally(vote),
                    vote.title().isEmpty() ? vote.agenda() : vote.title());
        }
        table.lines().forEach(out::println);
        out.println(votes.size() + (votes.size() == 1 ? " vote" : " votes") + " of " + record.size()
                + " in the record.");
        return 0;
    }

    /** The query the options describe; every value is checked before the record is read. */
    Query query() {
        Query query = period.within(Query.all());
        if (outcome != null) {
            query = query.outcome(outcomeType(outcome));
        }
        if (voted != null && member == null) {
            throw new IllegalArgumentException("--voted needs --member CODE: whose vote?");
        }
        if (member != null && voted == null) {
            throw new IllegalArgumentException("--member needs --voted yes|no|abstain|absent|not-participating");
        }
        if (member != null) {
            Vote vote = OptionValues.read("--voted", () -> Vote.parse(voted));
            query = query.member(MemberCodes.anyDate("--member", member), vote);
        }
        if (agenda != null) {
            if (agenda.isBlank()) {
                throw new IllegalArgumentException("--agenda: empty text");
            }
            query = query.text(agenda);
        }
        if (sponsor != null) {
            query = query.sponsor(MemberCodes.sponsor("--sponsor", sponsor));
        }
        if (kind != null) {
            String label = kind.strip().toLowerCase(Locale.ROOT);
            query = query.kind(OptionValues.read("--kind", () -> VoteKind.parse(label)));
        }
        return query;
    }

    static OutcomeType outcomeType(String text) {
        return OptionValues.read("--outcome", () -> OutcomeType.parse(text.strip().toLowerCase(Locale.ROOT)));
    }

    private static String outcome(RecordedVote vote) {
        return vote.outcome().name().toLowerCase(Locale.ROOT)
                + (vote.vetoingMembers().isEmpty() ? "" : " (" + String.join(" ", vote.vetoingMembers()) + ")");
    }

    private static String tally(RecordedVote vote) {
        if (vote.withoutVote()) {
            return "without a vote";
        }
        return vote.tally().map(t -> t.yes() + "-" + t.no() + "-" + t.abstain()).orElse("no tally");
    }
}
