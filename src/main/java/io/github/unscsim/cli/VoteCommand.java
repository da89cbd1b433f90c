package io.github.unscsim.cli;

import io.github.unscsim.io.Json;
import io.github.unscsim.report.Reports;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.Outcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vote --council YEAR|DATE --yes CODES --no CODES ...}: evaluates one ballot under the rule in force. */
@Command(name = "vote", description = "Evaluates one ballot under the rule in force on the council's date, or a named "
        + "rule (--rule); every member is named once.")
final class VoteCommand extends Subcommand {

    @Mixin
    BallotOptions ballot;

    @Mixin
    JsonOption json;

    @Mixin
    SvgOption svg;

    @Override
    public Integer call() {
        Ballot cast = ballot.ballot();
        Outcome outcome = ballot.rule(cast).evaluate(cast);
        svg.draw(outcome);
        PrintWriter out = out();
        if (json.requested()) {
            out.println(Json.write(Reports.vote(outcome)));
        } else {
            print(out, outcome);
        }
        return 0;
    }

    /** Prints an outcome as text: the explanation, then the votes by kind and the rule. */
    static void print(PrintWriter out, Outcome outcome) {
        out.println(outcome.explanation());
        Ballot cast = outcome.ballot();
        for (Vote vote : Vote.values()) {
            List<MemberState> members = cast.members(vote);
            if (!members.isEmpty()) {
                out.printf("  %-18s %s%n", vote.label(), codes(members));
            }
        }
        out.printf("  %-18s %s (required %d, %s)%n", "outcome", outcome.type(), outcome.required(), outcome.rule());
    }

    /**
     * Returns the codes of the members whose vote vetoed the draft, for a table.
     *
     * @param outcome the outcome, not null
     * @return the codes, joined by commas, or {@code -} for none
     */
    static String vetoedBy(Outcome outcome) {
        return outcome.vetoingMembers().isEmpty() ? "-" : codes(outcome.vetoingMembers());
    }

    private static String codes(List<MemberState> members) {
        return members.stream().map(MemberState::code).collect(Collectors.joining(", "));
    }
}
