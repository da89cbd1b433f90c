package io.github.unscsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.unscsim.history.Councils;
import io.github.unscsim.io.Json;
import io.github.unscsim.io.ScenarioFiles;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.VotingRecord;
import io.github.unscsim.reform.ReformModels;
import io.github.unscsim.report.RecordReports;
import io.github.unscsim.report.Reports;
import io.github.unscsim.report.VoteBoard;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.rules.RulePreset;
import io.github.unscsim.rules.RulePresets;
import io.github.unscsim.scenario.AdoptionOdds;
import io.github.unscsim.scenario.BallotAnalysis;
import io.github.unscsim.scenario.PositionSpec;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The board's JSON API, apart from HTTP: each method takes what a request carries and returns the plain value
 * ({@link io.github.unscsim.io.Json}) that the answer carries. Every answer comes from the library: the board is a
 * scenario document (the format the {@code scenario} command reads), evaluated by {@link Scenario} and the rule's
 * one counting ({@link AdoptionRule#evaluate(Ballot)}), drawn by {@link VoteBoard}. Bad input throws
 * {@link IllegalArgumentException} (a {@link io.github.unscsim.io.ScenarioFormatException} for a bad document) with
 * the command line's one-line message. Stateless and thread-safe.
 */
final class BoardApi {

    /** The recorded vote the page opens with: the France–Spain draft on Aleppo, 8 October 2016. */
    static final String DEFAULT_SYMBOL = "S/2016/846";

    /** The name a request body has in messages, as {@code <stdin>} has on the command line. */
    static final String BODY = "request";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BoardApi() {
    }

    /**
     * {@code GET /api/options}: what the page offers. {@code votes} (the five votes, in the order a click cycles
     * them), {@code presets} (each {@code name}, {@code description},
     * {@code source}), {@code reforms} (the reform models' names), {@code firstDate}, {@code lastDate} (the councils
     * the history holds) and {@code defaultSymbol}.
     *
     * @return the value
     */
    static Map<String, Object> options() {
        Map<String, Object> node = new LinkedHashMap<>();
        List<Object> presets = new ArrayList<>();
        for (RulePreset preset : RulePresets.all()) {
            presets.add(Json.object("name", preset.name(), "description", preset.description(), "source",
                    preset.source()));
        }
        node.put("presets", presets);
        node.put("votes", Arrays.stream(Vote.values()).map(Vote::label).map(v -> (Object) v).toList());
        node.put("reforms", List.copyOf(ReformModels.names()));
        node.put("firstDate", Councils.FIRST_DATE.toString());
        node.put("lastDate", Councils.LAST_DATE.toString());
        node.put("defaultSymbol", DEFAULT_SYMBOL);
        return node;
    }

    /**
     * {@code GET /api/record?symbol=S}: a recorded vote, as {@code votes --json} summarises it, with {@code boardTitle}
     * (the symbol), {@code boardSubtitle} (who submitted the draft, {@link RecordReports#sponsorsLine}; empty if the
     * record does not say) and {@code scenario}, the board's document for its ballot.
     *
     * @param record the record, not null
     * @param symbol a symbol as the {@code record} command takes it
     * @return the value
     * @throws IllegalArgumentException if the symbol is missing, names no vote, or a vote without every member's
     *     vote
     */
    static Map<String, Object> record(VotingRecord record, String symbol) {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol: missing (expected a draft's or a resolution's symbol, e.g. "
                    + DEFAULT_SYMBOL + ")");
        }
        RecordedVote vote = record.find(symbol).orElseThrow(() -> new IllegalArgumentException(
                "symbol: '" + symbol.strip() + "' is not in the record (expected a draft's or a resolution's symbol, "
                        + "e.g. " + DEFAULT_SYMBOL + " or S/RES/2334)"));
        Ballot ballot = vote.ballot().orElseThrow(() -> new IllegalArgumentException("symbol: the record does not "
                + "hold every member's vote on " + RecordReports.symbol(vote) + ", so there is no board to show"));
        Map<String, Vote> votes = new LinkedHashMap<>();
        for (MemberState member : ballot.council().members()) {
            votes.put(member.code(), ballot.vote(member.code()));
        }
        Scenario undrafted = new Scenario(ballot.council(), ballot.question(), PositionSpec.of(votes, null),
                RuleSpec.unchanged(), List.of());
        Scenario scenario = vote.draftSymbol().map(undrafted::withDraft).orElse(undrafted);
        Map<String, Object> node = RecordReports.summary(vote);
        node.put("boardTitle", RecordReports.symbol(vote));
        node.put("boardSubtitle", RecordReports.sponsorsLine(vote));
        node.put("scenario", ScenarioFiles.values(scenario));
        return node;
    }

    /**
     * {@code POST /api/board}: evaluates a board. The body is a scenario document in JSON whose {@code positions}
     * give every member's vote on the board (directly or by {@code default}); its {@code probabilities}, if any, are
     * the members' chances for the odds, which take the place of their positions there, as in a scenario file.
     * Variants and correlation belong to scenario files, not to the board.
     *
     * <p>The answer: {@code outcome} (as {@code vote --json}), {@code pivotal} (the members whose vote alone would
     * change the outcome), {@code members} (each {@code code}, {@code name}, {@code permanent}, {@code vote},
     * {@code pivotal}, in the board's seating), {@code odds} ({@code adopted}, {@code vetoed}, {@code failed}: exact,
     * from the probabilities; 1 or 0 without any), {@code svg} (the board) and {@code scenario} (the document
     * as the {@code scenario} command reads it back).
     *
     * @param body the request's body, not null
     * @param title the board's title, or null for the council's
     * @param subtitle the line under the title, or null for none
     * @return the value
     * @throws IllegalArgumentException if the body is not a board's document
     */
    static Map<String, Object> board(String body, String title, String subtitle) {
        Scenario full = ScenarioFiles.parse(body, BODY, true);
        if (!full.variants().isEmpty() || !full.correlation().isIndependent()) {
            throw new IllegalArgumentException(BODY + ": the board takes no variants and no correlation (they "
                    + "belong to scenario files: run the scenario command)");
        }
        Scenario fixed = full;
        JsonNode tree = tree(body);
        if (tree.has("probabilities")) {
            ObjectNode board = ((ObjectNode) tree).deepCopy();
            board.remove("probabilities");
            fixed = ScenarioFiles.parse(board.toString(), BODY, true);
        }
        Ballot ballot;
        try {
            ballot = fixed.basePositions().ballot();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(BODY + ": " + e.getMessage(), e);
        }
        AdoptionRule rule = full.baseRule();
        Outcome outcome = rule.evaluate(ballot);
        BallotAnalysis analysis = BallotAnalysis.of(ballot, rule);
        Set<MemberState> pivotal = Set.copyOf(analysis.pivotalMembers());
        VoteBoard board = VoteBoard.of(outcome);
        if (title != null && !title.isBlank()) {
            board = board.withTitle(title.strip());
        }
        if (subtitle != null) {
            board = board.withSubtitle(subtitle);
        }
        List<Object> members = new ArrayList<>();
        for (MemberState member : board.seating()) {
            members.add(Json.object("code", member.code(), "name", member.name(), "permanent",
                    ballot.council().isPermanent(member.code()), "vote", ballot.vote(member.code()).label(),
                    "pivotal", pivotal.contains(member)));
        }
        AdoptionOdds.Result odds = full.evaluate().base().odds();
        Map<String, Object> chances = new LinkedHashMap<>();
        chances.put("adopted", Reports.number(odds.adopted()));
        chances.put("vetoed", Reports.number(odds.vetoed()));
        chances.put("failed", Reports.number(odds.failed()));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("outcome", Reports.vote(outcome));
        node.put("pivotal", analysis.pivotalMembers().stream().map(MemberState::code).map(c -> (Object) c).toList());
        node.put("members", members);
        node.put("odds", chances);
        node.put("svg", board.svg());
        node.put("scenario", ScenarioFiles.values(full));
        return node;
    }

    /** The body as a tree; {@link ScenarioFiles#parse} has already reported any malformed text. */
    private static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
