package io.github.unscsim.record;

import io.github.unscsim.history.CsvTable;
import io.github.unscsim.history.MemberStates;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Tally;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.OutcomeType;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dag Hammarskjöld Library's Security Council voting data as published (UN Digital Library record 4055387):
 * one row per member per adopted resolution. Columns are found by name; the reader needs those of the data
 * dictionary it uses ({@link #COLUMNS}) and ignores the others ({@code description} is the title when present,
 * {@code modality} tells a resolution adopted without a vote). {@code ms_vote} is {@code Y}, {@code N}, {@code A}
 * or {@code X} (non-voting: absent or not participating, the file does not say which, so the member's vote is kept
 * as unknown, {@link MemberVotes#unknown()}, and the tally's absent and not-participating counts as not known).
 */
final class UndlVotingData {

    /** The columns read; the data dictionary's others (description, subjects, vote_note, ...) may be present. */
    static final List<String> COLUMNS = List.of("undl_id", "ms_code", "ms_name", "permanent_member", "ms_vote",
            "date", "resolution", "draft", "meeting", "agenda", "total_yes", "total_no", "total_abstentions",
            "total_non_voting", "total_ms");

    /** The source key of an imported vote. */
    static final String SOURCE = "UNDL-SC-VOTING";

    private static final Pattern RESOLUTION = Pattern.compile("S/RES/([1-9]\\d*)\\s*(?:\\((\\d{4})\\))?");

    private UndlVotingData() {
    }

    static ImportReport read(String file, Reader reader) {
        return Imports.read(file, reader, RecordFormat.UNDL, COLUMNS, UndlVotingData::votes);
    }

    /** Groups the rows by {@code undl_id}, one vote a group. */
    private static void votes(String file, List<CsvTable.Row> rows, List<Imports.Parsed> parsed,
            List<ImportReport.Problem> problems) {
        Map<String, List<CsvTable.Row>> groups = new LinkedHashMap<>();
        for (CsvTable.Row row : rows) {
            String id = Imports.field(row, "undl_id");
            if (id.isEmpty()) {
                problems.add(new ImportReport.Problem(file, row.line(), "column undl_id: expected a value, found "
                        + "nothing"));
            } else {
                groups.computeIfAbsent(id, key -> new ArrayList<>()).add(row);
            }
        }
        for (List<CsvTable.Row> group : groups.values()) {
            vote(file, group, problems).ifPresent(vote -> parsed.add(new Imports.Parsed(group.get(0).line(), vote)));
        }
    }

    private static java.util.Optional<RecordedVote> vote(String file, List<CsvTable.Row> group,
            List<ImportReport.Problem> problems) {
        CsvTable.Row first = group.get(0);
        int before = problems.size();
        LocalDate date;
        Council council;
        int number;
        try {
            date = date(first);
            council = CouncilsOnDate.get(date);
            number = resolution(first, date);
        } catch (IllegalArgumentException e) {
            problems.add(new ImportReport.Problem(file, first.line(), e.getMessage()));
            return java.util.Optional.empty();
        }
        boolean withoutVote = Imports.field(first, "modality").toLowerCase(Locale.ROOT).contains("without");
        Map<String, Vote> ballot = new LinkedHashMap<>();
        for (CsvTable.Row row : group) {
            try {
                member(row, first, date, council, ballot);
            } catch (IllegalArgumentException e) {
                problems.add(new ImportReport.Problem(file, row.line(), e.getMessage()));
            }
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        try {
            String draft = Imports.field(first, "draft");
            String title = Imports.field(first, "description");
            RecordedVote.Builder vote = RecordedVote.builder(draft.isEmpty() ? "S/RES/" + number : draft,
                    VoteKind.DRAFT, date, OutcomeType.ADOPTED)
                    .meeting(Imports.field(first, "meeting")).draft(draft.isEmpty() ? null : draft)
                    .resolution(number).agenda(Imports.field(first, "agenda"))
                    .title(title).withoutVote(withoutVote).sources(SOURCE).confirmed(false)
                    .note("imported from the Dag Hammarskjöld Library's voting data, undl_id "
                            + Imports.field(first, "undl_id") + "; X (non-voting) kept as an unknown vote: absent or not "
                            + "participating, the file does not say which");
            if (!withoutVote) {
                vote.memberVotes(complete(ballot, council)).tally(tally(first, council));
            }
            return java.util.Optional.of(vote.build());
        } catch (IllegalArgumentException e) {
            problems.add(new ImportReport.Problem(file, first.line(), e.getMessage()));
            return java.util.Optional.empty();
        }
    }

    private static void member(CsvTable.Row row, CsvTable.Row first, LocalDate date, Council council,
            Map<String, Vote> ballot) {
        if (row != first && !Imports.field(row, "date").equals(Imports.field(first, "date"))) {
            throw new IllegalArgumentException("column date: '" + Imports.field(row, "date") + "' differs from '"
                    + Imports.field(first, "date") + "' on line " + first.line() + " for the same undl_id");
        }
        String code = Imports.field(row, "ms_code");
        if (!MemberStates.isKnown(code)) {
            throw new IllegalArgumentException("column ms_code: unknown member code '" + code
                    + "' (no state with that code has sat on the Council)");
        }
        if (!council.contains(code)) {
            throw new IllegalArgumentException(code + " is not a member of the council on " + date);
        }
        String permanent = Imports.field(row, "permanent_member").toLowerCase(Locale.ROOT);
        if (!permanent.equals("true") && !permanent.equals("false")) {
            throw new IllegalArgumentException("column permanent_member: expected True or False, found '"
                    + Imports.field(row, "permanent_member") + "'");
        }
        if (Boolean.parseBoolean(permanent) != council.isPermanent(code)) {
            throw new IllegalArgumentException("column permanent_member: " + code + " holds "
                    + (council.isPermanent(code) ? "a permanent" : "an elected") + " seat on " + date
                    + ", not " + (council.isPermanent(code) ? "an elected" : "a permanent") + " one");
        }
        Vote vote = vote(Imports.field(row, "ms_vote"));
        if (ballot.containsKey(code)) {
            throw new IllegalArgumentException(code + " is named twice on the ballot of " + council.name()
                    + " (undl_id " + Imports.field(row, "undl_id") + ")");
        }
        ballot.put(code, vote);
    }

    /** Every member of the council must be named (X for a non-voting one). */
    private static MemberVotes complete(Map<String, Vote> ballot, Council council) {
        List<String> missing = council.members().stream().map(member -> member.code())
                .filter(code -> !ballot.containsKey(code)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no row for " + String.join(", ", missing) + ", on the council of "
                    + council.date().orElseThrow());
        }
        Map<String, Vote> known = new LinkedHashMap<>();
        ballot.forEach((code, vote) -> {
            if (vote != null) {
                known.put(code, vote);
            }
        });
        return MemberVotes.of(council, VoteKind.DRAFT.question(), known);
    }

    private static Vote vote(String text) {
        switch (text) {
            case "Y":
                return Vote.YES;
            case "N":
                return Vote.NO;
            case "A":
                return Vote.ABSTAIN;
            case "X":
                return null;
            default:
                throw new IllegalArgumentException("column ms_vote: expected Y, N, A or X, found '" + text + "'");
        }
    }

    private static LocalDate date(CsvTable.Row row) {
        String value = Imports.field(row, "date");
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("column date: expected a date (YYYY-MM-DD), found '" + value + "'");
        }
    }

    private static int resolution(CsvTable.Row row, LocalDate date) {
        String value = Imports.field(row, "resolution");
        Matcher matcher = RESOLUTION.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("column resolution: expected S/RES/<n> (<year>), found '" + value
                    + "'");
        }
        if (matcher.group(2) != null && Integer.parseInt(matcher.group(2)) != date.getYear()) {
            throw new IllegalArgumentException("column resolution: the year of " + value + " is not that of the "
                    + "vote's date " + date);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static RecordedTally tally(CsvTable.Row row, Council council) {
        int[] counts = new int[5];
        String[] columns = {"total_yes", "total_no", "total_abstentions", "total_non_voting", "total_ms"};
        for (int i = 0; i < columns.length; i++) {
            String value = Imports.field(row, columns[i]);
            try {
                counts[i] = (int) Double.parseDouble(value);
                if (counts[i] != Double.parseDouble(value) || counts[i] < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("column " + columns[i] + ": expected a count, found '" + value
                        + "'");
            }
        }
        if (counts[4] != council.size()) {
            throw new IllegalArgumentException("column total_ms: " + counts[4] + " members, but the council on "
                    + council.date().orElseThrow() + " had " + council.size());
        }
        return counts[3] == 0 ? RecordedTally.of(new Tally(counts[0], counts[1], counts[2], 0, 0))
                : RecordedTally.of(counts[0], counts[1], counts[2]);
    }
}
