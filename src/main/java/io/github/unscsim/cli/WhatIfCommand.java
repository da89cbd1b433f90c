package io.github.unscsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.unscsim.history.MemberStates;
import io.github.unscsim.io.Json;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code whatif} with the arguments of {@code vote} and {@code --set CODE=POSITION}: before and after. */
@Command(name = "whatif", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Evaluates a ballot (the arguments of vote) and the same ballot with some votes changed "
                + "(--set CODE=POSITION, repeatable), side by side.")
final class WhatIfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BallotOptions ballot;

    @Option(names = "--set", required = true, paramLabel = "CODE=POSITION",
            description = "a member's vote instead: yes, no, abstain, absent or not-participating; repeatable")
    List<String> set = new ArrayList<>();

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        Ballot before = ballot.ballot();
        Map<String, Vote> changes = new LinkedHashMap<>();
        for (String item : set) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--set: expected CODE=POSITION, e.g. RUS=abstain: '" + item + "'");
            }
            String code;
            try {
                code = MemberStates.memberCode(before.council(), item.substring(0, eq));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--set " + item + ": " + e.getMessage(), e);
            }
            Vote vote = Vote.parse(item.substring(eq + 1));
            if (changes.put(code, vote) != null) {
                throw new IllegalArgumentException("--set: " + code + " is set twice");
            }
        }
        Ballot after = before;
        for (Map.Entry<String, Vote> change : changes.entrySet()) {
            after = after.with(change.getKey(), change.getValue());
        }
        AdoptionRule rule = AdoptionRules.inForce(before);
        Outcome was = rule.evaluate(before);
        Outcome now = rule.evaluate(after);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.set("before", Json.outcome(was));
            node.set("after", Json.outcome(now));
            ArrayNode list = node.putArray("changes");
            for (Map.Entry<String, Vote> change : changes.entrySet()) {
                ObjectNode item = list.addObject();
                item.put("code", change.getKey());
                item.put("before", before.vote(change.getKey()).label());
                item.put("after", change.getValue().label());
            }
            out.println(Json.write(node));
            return 0;
        }
        row(out, "", "before", "after");
        row(out, "outcome", was.type(), now.type());
        row(out, "tally", was.tally(), now.tally());
        row(out, "short", was.votesShort(), now.votesShort());
        row(out, "vetoed by", codes(was), codes(now));
        for (String code : changes.keySet()) {
            row(out, code, before.vote(code), after.vote(code));
        }
        out.println("before: " + was.explanation());
        out.println("after:  " + now.explanation());
        return 0;
    }

    private static void row(PrintWriter out, Object label, Object before, Object after) {
        out.println(String.format("  %-10s %-32s %s", label, before, after).stripTrailing());
    }

    private static String codes(Outcome outcome) {
        return outcome.vetoingMembers().isEmpty() ? "-"
                : String.join(", ", outcome.vetoingMembers().stream().map(MemberState::code).toList());
    }
}
