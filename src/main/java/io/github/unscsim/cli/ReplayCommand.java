package io.github.unscsim.cli;

import io.github.unscsim.history.Councils;
import io.github.unscsim.io.Json;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Vote;
import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.Replay;
import io.github.unscsim.record.VotingRecord;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.reform.ReformModels;
import io.github.unscsim.report.RecordReports;
import io.github.unscsim.report.TextTable;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.rules.RulePresets;
import io.github.unscsim.rules.VetoHolders;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.scenario.Scenario;
import io.github.unscsim.scenario.Variant;
import io.github.unscsim.scenario.VoteDistribution;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code replay SYMBOL [--council YEAR|DATE|MODEL] [--rule RULE] [--set CODE=POSITION ...] [--json]}: a recorded vote
 * evaluated again, the recorded outcome beside the replayed one ({@link Replay}).
 */
@Command(name = "replay", description = {"Replays a recorded vote that has every member's vote: under the rule in "
                + "force on its date, or on another council, under another rule, with some votes changed; the recorded "
                + "outcome beside the replayed one.",
        "On another council, members of the recorded ballot not on it are dropped, and members only on it vote as "
                + "--new-members says (or --set names them); on a council with RUS and without SUN, the USSR's "
                + "recorded vote is cast by the Russian Federation, which continues its seat."})
final class ReplayCommand extends Subcommand {

    @Parameters(paramLabel = "SYMBOL", description = "the vote: a draft symbol, a resolution or an id, as for record")
    String symbol;

    @Option(names = "--council", paramLabel = "YEAR|DATE|MODEL",
            description = "replay on this council: a year (1 January) or a date, 1946 to 2026, under the rule in "
                    + "force then; or a reform model (today, 1946-1965, g4, g4-veto, ufc, ezulwini) under its rule")
    String council;

    @Option(names = "--new-members", paramLabel = "POSITION",
            description = "how the members of --council that were not on the recorded council vote: yes, no, "
                    + "abstain, absent or not-participating (without it, each must be given with --set)")
    String newMembers;

    @Option(names = "--rule", paramLabel = "RULE",
            description = "the rule instead of the one in force: in-force (the default), no-veto, charter-1946 "
                    + "(7 votes and the veto), abstention-is-veto (a permanent member's abstention blocks too), "
                    + "votes=N (N affirmative votes), or a named rule as vote --rule takes it: "
                    + "${COMPLETION-CANDIDATES}", completionCandidates = BallotOptions.RuleNames.class)
    String rule;

    @Option(names = "--set", paramLabel = "CODE=POSITION",
            description = "a member's vote instead: yes, no, abstain, absent or not-participating; repeatable")
    List<String> set = new ArrayList<>();

    @Mixin
    RecordOptions source;

    @Option(names = "--json", description = "print JSON: recorded (as record --json), replayed (as vote --json), "
            + "label, matches, reason, changes (each subject, before, after)")
    boolean json;

    @Override
    public Integer call() {
        VotingRecord record = source.record();
        RecordedVote vote = RecordLookup.get(record, symbol);
        if (!vote.hasMemberVotes()) {
            throw new IllegalArgumentException(RecordReports.symbol(vote) + " has no per-member votes in the record "
                    + "(only " + (vote.withoutVote() ? "that it was adopted without a vote" : "a tally")
                    + "), so it cannot be replayed");
        }
        Replay replay = replay(vote);
        PrintWriter out = out();
        if (json) {
            out.println(Json.write(RecordReports.replay(replay, record.sources())));
            return 0;
        }
        Outcome was = Replay.inForce(vote).outcome();
        Outcome now = replay.outcome();
        TextTable table = new TextTable("  ", false, false, false).row("", "recorded", "replayed")
                .row("outcome", vote.outcome(), now.type())
                .row("tally", was.tally(), now.tally())
                .row("required", was.required(), now.required())
                .row("short", was.votesShort(), now.votesShort())
                .row("vetoed by", vote.vetoingMembers().isEmpty() ? "-" : String.join(", ", vote.vetoingMembers()),
                        VoteCommand.vetoedBy(now));
        for (Scenario.Difference change : replay.changes()) {
            table.row(change.subject(), change.before(), change.after());
        }
        out.println(RecordReports.symbol(vote) + ", " + vote.date() + ": " + replay.label());
        table.lines().forEach(out::println);
        out.println("recorded: " + was.explanation());
        out.println("replayed: " + now.explanation());
        out.println(replay.reason());
        return 0;
    }

    private Replay replay(RecordedVote vote) {
        RuleSpec change = rule == null ? RuleSpec.unchanged() : rule(rule);
        Council recorded = vote.ballot().orElseThrow().council();
        ReformModel model = null;
        Council on = recorded;
        List<String> parts = new ArrayList<>();
        if (council != null) {
            String text = council.strip();
            if (ReformModels.names().contains(text.toLowerCase(Locale.ROOT))) {
                model = ReformModels.byName(text.toLowerCase(Locale.ROOT));
                on = model.council();
                parts.add("on the reform model " + text.toLowerCase(Locale.ROOT) + " (" + model.name() + ")");
            } else if (text.matches("\\d{4}|\\d{4}-\\d{2}-\\d{2}")) {
                on = Councils.parse(text);
                parts.add("on " + on.name());
            } else {
                throw new IllegalArgumentException("--council: '" + council + "' is neither a year (2016), a date "
                        + "(2016-10-08) nor a reform model (" + String.join(", ", ReformModels.names()) + ")");
            }
        }
        Vote others = null;
        if (newMembers != null) {
            if (council == null) {
                throw new IllegalArgumentException("--new-members needs --council: on the recorded council every "
                        + "member's vote is known");
            }
            others = OptionValues.read("--new-members", () -> Vote.parse(newMembers));
        }
        if (!change.isUnchanged()) {
            parts.add("rule " + rule.strip());
        }
        Map<String, VoteDistribution> votes = new LinkedHashMap<>();
        VoteSettings.parse(on, set).forEach((code, position) -> votes.put(code, VoteDistribution.certain(position)));
        if (!votes.isEmpty()) {
            parts.add("votes changed");
        }
        if (parts.isEmpty()) {
            return Replay.inForce(vote);
        }
        Variant variant = Variant.setting(String.join(", ", parts), votes).withRule(change);
        if (model != null) {
            variant = variant.withReform(model);
        } else if (council != null) {
            variant = variant.withCouncil(on);
        }
        try {
            return Replay.variant(vote, variant, others);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().contains("no position for") && others == null) {
                throw new IllegalArgumentException(e.getMessage() + " (give --new-members POSITION, or --set "
                        + "CODE=POSITION for each)", e);
            }
            throw e;
        }
    }

    /**
     * Reads a rule change: one of replay's own (in-force, no-veto, charter-1946, abstention-is-veto, votes=N) or any
     * named preset, as {@code vote --rule} takes it ({@link RuleSpec#preset(String)}).
     */
    static RuleSpec rule(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        switch (key) {
            case "in-force":
                return RuleSpec.unchanged();
            case "no-veto":
                return RuleSpec.noVeto();
            case "charter-1946":
                return RuleSpec.votes(7).withVetoHolders(VetoHolders.permanentMembers()).withAbstentionIsVeto(false);
            case "abstention-is-veto":
                return RuleSpec.unchanged().withAbstentionIsVeto(true);
            default:
                if (key.matches("votes=\\d{1,4}") && Integer.parseInt(key.substring(6)) >= 1) {
                    return RuleSpec.votes(Integer.parseInt(key.substring(6)));
                }
                if (RulePresets.names().contains(key)) {
                    return RuleSpec.preset(key);
                }
                throw new IllegalArgumentException("--rule: '" + text + "' is not a rule (expected in-force, no-veto, "
                        + "charter-1946, abstention-is-veto, votes=N, or a named rule: "
                        + String.join(", ", RulePresets.names()) + ")");
        }
    }
}
