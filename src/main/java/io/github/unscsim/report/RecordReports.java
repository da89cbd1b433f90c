package io.github.unscsim.report;

import io.github.unscsim.history.Councils;
import io.github.unscsim.history.MemberStates;
import io.github.unscsim.io.Json;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Tally;
import io.github.unscsim.record.ImportReport;
import io.github.unscsim.record.RecordedTally;
import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.Replay;
import io.github.unscsim.record.Source;
import io.github.unscsim.record.Sponsor;
import io.github.unscsim.record.Statistics;
import io.github.unscsim.record.VotingRecord;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.OutcomeType;
import io.github.unscsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON of the commands over the record ({@code record}, {@code votes}, {@code vetoes}, {@code replay},
 * {@code import}), as plain values for {@link io.github.unscsim.io.Json#write(Object)}, reusing {@link Reports}'
 * outcome and ballot fields. Field names are the README's ("Command line"). Stateless and thread-safe.
 */
public final class RecordReports {

    private RecordReports() {
    }

    /**
     * {@code record}: the fields of {@link Reports#vote} for the vote replayed under the rule in force (where the
     * record has every member's vote), then {@code memberVotes} (whether it has them), {@code id}, {@code kind},
     * {@code meeting}, {@code draft}, {@code resolution} (the number), {@code resolutionSymbol}, {@code agenda},
     * {@code title}, {@code withoutVote}, {@code sponsors}, {@code sponsorCodes}, {@code sources} (each {@code key},
     * {@code title}, {@code url}; null where the record does not define the key), {@code confirmed} and
     * {@code note}. A vote with a tally only has the recorded {@code outcome}, {@code vetoedBy} and tally, the rule in
     * force and the votes it required, {@code votesShort}, and null {@code explanation}, {@code council} and
     * {@code votes}; a vote adopted without a vote has null counts too.
     *
     * @param vote the recorded vote, not null
     * @param sources the record's sources by key ({@code VotingRecord#sources()}), not null
     * @return the JSON value
     */
    public static Map<String, Object> record(RecordedVote vote, Map<String, Source> sources) {
        Objects.requireNonNull(sources, "sources");
        Map<String, Object> node;
        if (vote.hasMemberVotes()) {
            node = Reports.vote(Replay.inForce(vote).outcome());
        } else {
            node = tallyOnly(vote);
        }
        node.put("memberVotes", vote.hasMemberVotes());
        node.put("id", vote.id());
        node.put("kind", vote.kind().label());
        node.put("date", vote.date().toString());
        node.put("meeting", blankToNull(vote.meeting()));
        node.put("draft", vote.draftSymbol().orElse(null));
        node.put("resolution", vote.resolution().isPresent() ? vote.resolution().getAsInt() : null);
        node.put("resolutionSymbol", vote.resolutionSymbol().orElse(null));
        node.put("agenda", vote.agenda());
        node.put("title", vote.title());
        node.put("withoutVote", vote.withoutVote());
        node.put("sponsors", vote.sponsors().stream().map(Sponsor::toString).map(s -> (Object) s).toList());
        node.put("noSponsor", vote.noSponsor());
        node.put("sponsorCodes", List.copyOf(vote.sponsorCodes()));
        List<Object> cited = new ArrayList<>();
        for (String key : vote.sources()) {
            Source source = sources.get(key);
            cited.add(Json.object("key", key, "title", source == null ? null : blankToNull(source.title()),
                    "url", source == null ? null : blankToNull(source.url())));
        }
        node.put("sources", cited);
        node.put("confirmed", vote.confirmed());
        node.put("note", vote.note());
        return node;
    }

    /** The outcome fields of a vote with no per-member votes: what the record holds, and the rule's quota. */
    private static Map<String, Object> tallyOnly(RecordedVote vote) {
        Optional<RecordedTally> tally = vote.tally();
        Council council = Councils.onDate(vote.date());
        AdoptionRule rule = AdoptionRules.inForce(council, vote.question());
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("adopted", vote.outcome() == OutcomeType.ADOPTED);
        node.put("outcome", vote.outcome().name());
        putTally(node, tally);
        Integer required = tally.map(t -> rule.compile(council, vote.question()).required(t.yes() + t.no()))
                .orElse(null);
        node.put("required", required);
        node.put("votesShort", required == null ? null : Math.max(0, required - tally.get().yes()));
        node.put("vetoedBy", List.copyOf(vote.vetoingMembers()));
        node.put("rule", rule.name());
        node.put("explanation", null);
        node.put("date", vote.date().toString());
        node.put("council", null);
        node.put("question", vote.question().type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        node.put("parties", List.of());
        node.put("votes", null);
        return node;
    }

    /**
     * One vote of a list ({@code votes}): {@code date}, {@code symbol} (the resolution's where adopted, else the
     * draft's, else the id), {@code id}, {@code kind}, {@code draft}, {@code resolution}, {@code outcome},
     * {@code yes}, {@code no}, {@code abstain}, {@code absent}, {@code notParticipating} (null where the record has
     * no tally), {@code vetoedBy}, {@code memberVotes}, {@code agenda}, {@code title}, {@code sponsors}.
     *
     * @param vote the vote, not null
     * @return the JSON value
     */
    public static Map<String, Object> summary(RecordedVote vote) {
        Optional<RecordedTally> tally = vote.tally();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("date", vote.date().toString());
        node.put("symbol", symbol(vote));
        node.put("id", vote.id());
        node.put("kind", vote.kind().label());
        node.put("draft", vote.draftSymbol().orElse(null));
        node.put("resolution", vote.resolution().isPresent() ? vote.resolution().getAsInt() : null);
        node.put("outcome", vote.outcome().name());
        putTally(node, tally);
        node.put("vetoedBy", List.copyOf(vote.vetoingMembers()));
        node.put("memberVotes", vote.hasMemberVotes());
        node.put("agenda", vote.agenda());
        node.put("title", vote.title());
        node.put("sponsors", vote.sponsors().stream().map(Sponsor::toString).map(s -> (Object) s).toList());
        node.put("noSponsor", vote.noSponsor());
        return node;
    }

    /**
     * {@code votes}: {@code count} and {@code votes} ({@link #summary} each).
     *
     * @param votes the selected votes, not null
     * @return the JSON value
     */
    public static Map<String, Object> votes(List<RecordedVote> votes) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("count", votes.size());
        node.put("votes", votes.stream().map(vote -> (Object) summary(vote)).toList());
        return node;
    }

    /**
     * {@code vetoes}: {@code vetoedVotes} (the number of vetoed votes), {@code vetoes} (the number of vetoes: a vote
     * vetoed by two members counts two), {@code byMember} (each {@code code} and {@code vetoes}, codes in
     * alphabetical order) and {@code list}, each vote with {@code date}, {@code symbol}, {@code id}, {@code kind},
     * {@code vetoedBy}, {@code agenda}, {@code title}, {@code sponsors}.
     *
     * @param votes the vetoed votes, not null
     * @param counts their counts ({@link Statistics#vetoes}), not null
     * @return the JSON value
     */
    public static Map<String, Object> vetoes(List<RecordedVote> votes, Statistics.VetoCounts counts) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("vetoedVotes", counts.vetoedVotes());
        node.put("vetoes", counts.totalVetoes());
        List<Object> byMember = new ArrayList<>();
        for (String code : counts.vetoes().keySet()) {
            byMember.add(Json.object("code", code, "vetoes", counts.vetoes(code)));
        }
        node.put("byMember", byMember);
        List<Object> list = new ArrayList<>();
        for (RecordedVote vote : votes) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("date", vote.date().toString());
            item.put("symbol", symbol(vote));
            item.put("id", vote.id());
            item.put("kind", vote.kind().label());
            item.put("vetoedBy", List.copyOf(vote.vetoingMembers()));
            item.put("agenda", vote.agenda());
            item.put("title", vote.title());
            item.put("sponsors", vote.sponsors().stream().map(Sponsor::toString).map(s -> (Object) s).toList());
            list.add(item);
        }
        node.put("list", list);
        return node;
    }

    /**
     * {@code replay}: {@code recorded} (the vote as {@link #record} gives it), {@code replayed} (as
     * {@link Reports#vote} gives the replayed outcome), {@code label} (what was replayed), {@code matches} (the same
     * outcome class and vetoing members as recorded), {@code reason} and {@code changes} (each {@code subject},
     * {@code before}, {@code after}: a member's position, the council or the rule).
     *
     * @param replay the replay, not null
     * @param sources the record's sources by key, not null
     * @return the JSON value
     */
    public static Map<String, Object> replay(Replay replay, Map<String, Source> sources) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("recorded", record(replay.vote(), sources));
        node.put("replayed", Reports.vote(replay.outcome()));
        node.put("label", replay.label());
        node.put("matches", replay.matches());
        node.put("reason", replay.reason());
        node.put("changes", Reports.differences(replay.changes()));
        return node;
    }

    /**
     * {@code import}: {@code file}, {@code format} ({@code unsc} or {@code undl}), {@code valid}, {@code rows} (data
     * rows read), {@code votes} (votes read, 0 unless valid), {@code badRows} (the number of lines with a problem;
     * 0 for a fault of the whole file) and {@code problems} (each {@code file}, {@code line}, 0 for the whole file,
     * and {@code reason}).
     *
     * @param report the report, not null
     * @return the JSON value
     */
    public static Map<String, Object> importReport(ImportReport report) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("file", report.file());
        node.put("format", report.format().label());
        node.put("valid", report.isValid());
        node.put("rows", report.rows());
        node.put("votes", report.record().map(record -> record.size()).orElse(0));
        node.put("badRows", badRows(report));
        List<Object> problems = new ArrayList<>();
        for (ImportReport.Problem problem : report.problems()) {
            problems.add(Json.object("file", problem.file(), "line", problem.line(), "reason", problem.reason()));
        }
        node.put("problems", problems);
        return node;
    }

    /**
     * Returns the number of lines with at least one problem (a fault of the whole file, at line 0, is no row).
     *
     * @param report the report, not null
     * @return the count
     */
    public static long badRows(ImportReport report) {
        return report.problems().stream().mapToLong(ImportReport.Problem::line).filter(line -> line > 0).distinct()
                .count();
    }

    /**
     * Returns the symbol a vote is best known by: its resolution's ({@code S/RES/2334 (2016)}), else its draft's,
     * else its id.
     *
     * @param vote the vote, not null
     * @return the symbol
     */
    public static String symbol(RecordedVote vote) {
        return vote.resolutionSymbol().or(vote::draftSymbol).orElse(vote.id());
    }

    /**
     * Returns who submitted a vote's draft, in words, as a board's subtitle: {@code Submitted by France and Spain}; a
     * group as {@code the A3 (Algeria, Mozambique, Sierra Leone)}. Each state goes by its name on the vote's date
     * where the record of names has one, else by its code (a state that never sat on the Council).
     *
     * @param vote the vote, not null
     * @return the line: {@code No sponsor: ...} for a draft no member sponsored, empty if the record names no sponsor
     */
    public static String sponsorsLine(RecordedVote vote) {
        if (vote.noSponsor()) {
            return "No sponsor: a text the Council's President put to the vote";
        }
        List<String> sponsors = new ArrayList<>();
        for (Sponsor sponsor : vote.sponsors()) {
            List<String> names = sponsor.members().stream().map(code -> MemberStates.on(code, vote.date())
                    .map(MemberState::name).orElse(code)).toList();
            sponsors.add(sponsor.isGroup() ? "the " + sponsor.name() + " (" + String.join(", ", names) + ")"
                    : names.get(0));
        }
        if (sponsors.isEmpty()) {
            return "";
        }
        int last = sponsors.size() - 1;
        return "Submitted by " + (last == 0 ? sponsors.get(0)
                : String.join(", ", sponsors.subList(0, last)) + " and " + sponsors.get(last));
    }

    /**
     * Returns the recorded vote on the draft a scenario names, from the bundled record: what the HTML report and the
     * JSON of {@code scenario} say about the draft (its sponsors) comes from here.
     *
     * @param scenario the scenario, not null
     * @return the vote, empty if the scenario names no draft or the record does not hold it
     */
    public static Optional<RecordedVote> recordedDraft(Scenario scenario) {
        return scenario.draft().flatMap(VotingRecord.bundled()::find);
    }

    /**
     * Titles a board with a draft's symbol and puts under it who submitted the draft, from the record: the one way a
     * board names its draft, for a recorded vote ({@link #board}) and for a scenario that names its draft.
     *
     * @param board the board, not null
     * @param symbol the title: the draft's symbol, or the symbol the vote is best known by, not null
     * @param recorded the recorded vote on that draft, empty if the record does not hold it (no sponsors line)
     * @return the titled board
     */
    public static VoteBoard titled(VoteBoard board, String symbol, Optional<RecordedVote> recorded) {
        return board.withTitle(symbol).withSubtitle(recorded.map(RecordReports::sponsorsLine).orElse(""));
    }

    /**
     * Returns the board of a recorded vote replayed under the rule in force on its date: titled with its symbol
     * ({@link #symbol}), its sponsors under it ({@link #sponsorsLine}), by {@link #titled}.
     *
     * @param vote the vote, not null
     * @return the board
     * @throws IllegalArgumentException if the record does not hold every member's vote on it
     */
    public static VoteBoard board(RecordedVote vote) {
        if (!vote.hasMemberVotes()) {
            throw new IllegalArgumentException("the record does not hold every member's vote on " + symbol(vote)
                    + ", so there is no board to draw");
        }
        return titled(VoteBoard.of(Replay.inForce(vote).outcome()), symbol(vote), Optional.of(vote));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The tally's fields, {@code yes} to {@code notParticipating}: null where the record has no tally or no count. */
    private static void putTally(Map<String, Object> node, Optional<RecordedTally> tally) {
        node.put("yes", tally.map(RecordedTally::yes).orElse(null));
        node.put("no", tally.map(RecordedTally::no).orElse(null));
        node.put("abstain", tally.map(RecordedTally::abstain).orElse(null));
        node.put("absent", tally.flatMap(t -> boxed(t.absent())).orElse(null));
        node.put("notParticipating", tally.flatMap(t -> boxed(t.notParticipating())).orElse(null));
    }

    private static Optional<Integer> boxed(java.util.OptionalInt count) {
        return count.isPresent() ? Optional.of(count.getAsInt()) : Optional.empty();
    }
}
