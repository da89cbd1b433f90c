package io.github.unscsim.cli;

import io.github.unscsim.io.Json;
import io.github.unscsim.record.Query;
import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.Statistics;
import io.github.unscsim.record.VotingRecord;
import io.github.unscsim.report.RecordReports;
import io.github.unscsim.report.TextTable;
import io.github.unscsim.rules.OutcomeType;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vetoes [--member CODE] [--from DATE] [--to DATE] [--json]}: the vetoed votes and the vetoes by member. */
@Command(name = "vetoes", description = {"Lists the vetoed votes (date, symbol, vetoing members, agenda item), then "
                + "the vetoes by member over the votes listed.",
        "Counting convention: a draft vetoed by two members is one vetoed draft and two vetoes; the USSR (SUN) and the "
                + "Russian Federation (RUS) are counted apart; every kind of vote classed vetoed counts (drafts, and "
                + "the preliminary questions and amendments the record lists)."})
final class VetoesCommand extends Subcommand {

    @Option(names = "--member", paramLabel = "CODE",
            description = "only the votes this member vetoed (a code in any case, or a name)")
    String member;

    @Mixin
    PeriodOptions period;

    @Mixin
    RecordOptions source;

    @Option(names = "--json", description = "print JSON: vetoedVotes, vetoes, byMember (each code, vetoes) and list "
            + "(each date, symbol, id, kind, vetoedBy, agenda, title, sponsors)")
    boolean json;

    @Option(names = "--chart", paramLabel = "FILE", description = "also draw the vetoes per member per decade into "
            + "FILE (SVG)")
    java.nio.file.Path chart;

    @Override
    public Integer call() {
        Query query = period.within(Query.all().outcome(OutcomeType.VETOED));
        if (member != null) {
            query = query.vetoedBy(MemberCodes.anyDate("--member", member));
        }
        VotingRecord record = source.record();
        List<RecordedVote> votes = record.select(query);
        Statistics.VetoCounts counts = Statistics.vetoes(votes);
        if (chart != null) {
            io.github.unscsim.report.Pictures.write(chart, io.github.unscsim.report.Charts.vetoesByDecade(counts));
        }
        PrintWriter out = out();
        if (json) {
            out.println(Json.write(RecordReports.vetoes(votes, counts)));
            return 0;
        }
        TextTable table = new TextTable("", false, false, false, false);
        if (!votes.isEmpty()) {
            table.row("date", "symbol", "vetoed by", "agenda");
        }
        for (RecordedVote vote : votes) {
            table.row(vote.date(), RecordReports.symbol(vote), String.join(" ", vote.vetoingMembers()),
                    vote.agenda());
        }
        table.lines().forEach(out::println);
        out.println(counts.vetoedVotes() + (counts.vetoedVotes() == 1 ? " vetoed vote, " : " vetoed votes, ")
                + counts.totalVetoes() + (counts.totalVetoes() == 1 ? " veto" : " vetoes")
                + " (a vote vetoed by two members is one vetoed vote and two vetoes); by member:");
        TextTable totals = new TextTable("  ", false, true);
        for (String code : counts.vetoes().keySet()) {
            totals.row(code, counts.vetoes(code));
        }
        totals.lines().forEach(out::println);
        return 0;
    }
}
