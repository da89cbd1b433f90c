package io.github.unscsim.cli;

import io.github.unscsim.io.Json;
import io.github.unscsim.report.Pictures;
import io.github.unscsim.report.Reports;
import io.github.unscsim.report.TextTable;
import io.github.unscsim.report.VoteBoard;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.Outcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code whatif} with the arguments of {@code vote} and {@code --set CODE=POSITION}: before and after. */
@Command(name = "whatif", description = "Evaluates a ballot (the arguments of vote) and the same ballot with some "
        + "votes changed (--set CODE=POSITION, repeatable), side by side.")
final class WhatIfCommand extends Subcommand {

    @Mixin
    BallotOptions ballot;

    @Option(names = "--set", required = true, paramLabel = "CODE=POSITION",
            description = "a member's vote instead: yes, no, abstain, absent or not-participating; repeatable")
    List<String> set = new ArrayList<>();

    @Mixin
    JsonOption json;

    @Option(names = "--svg", paramLabel = "FILE",
            description = "also draw the vote boards before and after, side by side, into FILE (SVG)")
    Path svg;

    @Override
    public Integer call() {
        Ballot before = ballot.ballot();
        Map<String, Vote> changes = VoteSettings.parse(before.council(), set);
        Ballot after = before;
        for (Map.Entry<String, Vote> change : changes.entrySet()) {
            after = after.with(change.getKey(), change.getValue());
        }
        // a --set that repeats the ballot's vote changes nothing, and is not listed as a change
        List<String> unchanged = changes.keySet().stream().filter(code -> before.vote(code) == changes.get(code))
                .toList();
        changes.keySet().removeAll(unchanged);
        AdoptionRule rule = ballot.rule(before);
        Outcome was = rule.evaluate(before);
        Outcome now = rule.evaluate(after);
        if (svg != null) {
            Pictures.write(svg, VoteBoard.sideBySide(VoteBoard.of(was).withTitle("Before: " + before.council().name()),
                    VoteBoard.of(now).withTitle("After: " + after.council().name())));
        }
        PrintWriter out = out();
        if (json.requested()) {
            out.println(Json.write(Reports.whatIf(was, now)));
            return 0;
        }
        TextTable table = new TextTable("  ", false, false, false).row("", "before", "after")
                .row("outcome", was.type(), now.type())
                .row("tally", was.tally(), now.tally())
                .row("short", was.votesShort(), now.votesShort())
                .row("vetoed by", VoteCommand.vetoedBy(was), VoteCommand.vetoedBy(now));
        for (String code : changes.keySet()) {
            table.row(code, before.vote(code).label(), after.vote(code).label());
        }
        table.lines().forEach(out::println);
        for (String code : unchanged) {
            out.printf("  %s already votes %s: no change%n", code, before.vote(code).label());
        }
        out.println("before: " + was.explanation());
        out.println("after:  " + now.explanation());
        return 0;
    }
}
