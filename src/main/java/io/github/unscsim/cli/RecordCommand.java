package io.github.unscsim.cli;

import io.github.unscsim.io.Json;
import io.github.unscsim.model.Tally;
import io.github.unscsim.record.RecordedTally;
import io.github.unscsim.report.Pictures;
import java.nio.file.Path;
import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.Replay;
import io.github.unscsim.record.Source;
import io.github.unscsim.record.Sponsor;
import io.github.unscsim.record.VotingRecord;
import io.github.unscsim.report.RecordReports;
import io.github.unscsim.rules.AdoptionRules;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code record SYMBOL [--json]}: one recorded vote, every member's position, the outcome and its sources. */
@Command(name = "record", description = {"Prints one recorded vote: what was voted on, its sponsors, every member's "
                + "vote, the outcome replayed under the rule in force on its date with its explanation, its sources "
                + "and note. A vote the record holds only as a tally prints the tally, and says so."})
final class RecordCommand extends Subcommand {

    @Parameters(paramLabel = "SYMBOL", description = "a draft symbol (S/2016/846), a resolution (S/RES/2334, "
            + "S/RES/2334 (2016), 2334 (2016), 2334) or an id as the votes command lists it")
    String symbol;

    @Mixin
    RecordOptions source;

    @Option(names = "--json", description = "print JSON: the fields of vote --json, and memberVotes, id, kind, "
            + "meeting, draft, resolution, resolutionSymbol, agenda, title, withoutVote, sponsors, sponsorCodes, "
            + "sources, confirmed, note")
    boolean json;

    @Option(names = "--svg", paramLabel = "FILE", description = "also draw the vote board into FILE (SVG), the "
            + "symbol as its title and the sponsors under it; only for a vote with every member's vote in the record")
    Path svg;

    @Override
    public Integer call() {
        VotingRecord record = source.record();
        RecordedVote vote = RecordLookup.get(record, symbol);
        if (svg != null) {
            Pictures.write(svg, OptionValues.read("--svg", () -> RecordReports.board(vote)).svg());
        }
        PrintWriter out = out();
        if (json) {
            out.println(Json.write(RecordReports.record(vote, record.sources())));
            return 0;
        }
        print(out, vote, record.sources());
        return 0;
    }

    /** Prints a vote as text: what it was, the outcome, then where it comes from. */
    static void print(PrintWriter out, RecordedVote vote, Map<String, Source> sources) {
        out.println(RecordReports.symbol(vote) + ", " + vote.date()
                + (vote.meeting().isEmpty() ? "" : " (" + vote.meeting() + ")") + ": "
                + vote.outcome().name().toLowerCase(java.util.Locale.ROOT)
                + (vote.vetoingMembers().isEmpty() ? "" : " by " + String.join(", ", vote.vetoingMembers())));
        field(out, "kind", vote.kind().label());
        vote.draftSymbol().ifPresent(draft -> field(out, "draft", draft));
        vote.resolutionSymbol().ifPresent(resolution -> field(out, "resolution", resolution));
        field(out, "agenda", vote.agenda());
        field(out, "title", vote.title());
        field(out, "sponsors", vote.noSponsor() ? "none: no member sponsored it (the note names the source)"
                : vote.sponsors().isEmpty() ? "not in the record"
                : vote.sponsors().stream().map(Sponsor::toString).collect(Collectors.joining(", ")));
        if (vote.hasMemberVotes()) {
            VoteCommand.print(out, Replay.inForce(vote).outcome());
        } else if (vote.withoutVote()) {
            out.println("Adopted without a vote; there are no votes to count.");
        } else {
            String outcome = vote.outcome().name().charAt(0) + vote.outcome().name().substring(1)
                    .toLowerCase(java.util.Locale.ROOT)
                    + (vote.vetoingMembers().isEmpty() ? "" : " by " + String.join(", ", vote.vetoingMembers()));
            out.println(outcome + vote.tally().map(RecordCommand::tally).orElse("; the record has no tally")
                    + "; per-member votes are not in the record.");
            field(out, "rule in force", AdoptionRules.inForce(vote.date(), vote.question()).name());
        }
        for (String key : vote.sources()) {
            Source cited = sources.get(key);
            field(out, "source", cited == null ? key : key + ": " + cited.title()
                    + (cited.url().isBlank() ? "" : ", " + cited.url()));
        }
        field(out, "confirmed", vote.confirmed() ? "yes, by a second source or a primary document"
                : "no: not confirmed against a second source");
        if (!vote.note().isEmpty()) {
            field(out, "note", vote.note());
        }
    }

    private static String tally(RecordedTally tally) {
        return ": " + tally.yes() + " in favour, " + tally.no() + " against, " + tally.abstain() + " abstaining"
                + (tally.absent().isPresent() ? ", " + tally.absent().getAsInt() + " absent" : "")
                + (tally.notParticipating().isPresent() ? ", " + tally.notParticipating().getAsInt()
                        + " not participating" : "") + " (the recorded tally)";
    }

    private static void field(PrintWriter out, String label, String value) {
        if (!value.isEmpty()) {
            out.printf("  %-18s %s%n", label, value);
        }
    }
}
