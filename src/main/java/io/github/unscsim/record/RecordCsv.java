package io.github.unscsim.record;

import io.github.unscsim.history.CsvTable;
import io.github.unscsim.history.MemberStates;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.OutcomeType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The record's own CSV form ({@code votes.csv}): reading with every bad row reported, and writing. */
final class RecordCsv {

    static final List<String> COLUMNS = List.of("id", "kind", "date", "meeting", "draft", "resolution", "agenda",
            "title", "outcome", "yes", "no", "abstain", "absent", "not_participating", "vetoed_by", "without_vote",
            "yes_members", "no_members", "abstain_members", "absent_members", "not_participating_members",
            "sponsors", "sources", "confirmed", "note");

    private static final List<String> TALLY = List.of("yes", "no", "abstain", "absent", "not_participating");
    private static final Map<Vote, String> MEMBERS = Map.of(Vote.YES, "yes_members", Vote.NO, "no_members",
            Vote.ABSTAIN, "abstain_members", Vote.ABSENT, "absent_members", Vote.NOT_PARTICIPATING,
            "not_participating_members");


    private RecordCsv() {
    }

    /** The sponsors field of a draft a source says no member sponsored. */
    static final String NO_SPONSOR = "none";

    /** Reads the sponsors field: codes and groups, or {@value #NO_SPONSOR} (no sponsor: no codes). */
    private static List<Sponsor> sponsors(String field) {
        return field.strip().equals(NO_SPONSOR) ? List.of() : Sponsor.parseAll(field);
    }

    /** Reads a file in the record's form. */
    static ImportReport read(String file, Reader reader) {
        return Imports.read(file, reader, RecordFormat.UNSC, COLUMNS, (name, rows, parsed, problems) -> {
            for (CsvTable.Row row : rows) {
                try {
                    parsed.add(new Imports.Parsed(row.line(), vote(row)));
                } catch (IllegalArgumentException e) {
                    problems.add(new ImportReport.Problem(name, row.line(), e.getMessage()));
                }
            }
        });
    }

    private static RecordedVote vote(CsvTable.Row row) {
        String id = required(row, "id");
        VoteKind kind = parse(row, "kind", VoteKind::parse);
        LocalDate date = date(row, "date");
        OutcomeType outcome = parse(row, "outcome", OutcomeType::parse);
        RecordedVote.Builder builder = RecordedVote.builder(id, kind, date, outcome)
                .meeting(Imports.field(row, "meeting"))
                .agenda(Imports.field(row, "agenda"))
                .title(Imports.field(row, "title"))
                .vetoedBy(codes(row, "vetoed_by"))
                .withoutVote(bool(row, "without_vote"))
                .sponsors(parse(row, "sponsors", RecordCsv::sponsors))
                .noSponsor(Imports.field(row, "sponsors").equals(NO_SPONSOR))
                .sources(words(Imports.field(row, "sources")))
                .confirmed(bool(row, "confirmed"))
                .note(Imports.field(row, "note"));
        String draft = Imports.field(row, "draft");
        builder.draft(draft.isEmpty() ? null : draft);
        String resolution = Imports.field(row, "resolution");
        if (!resolution.isEmpty()) {
            builder.resolution(parse(row, "resolution", Integer::parseInt));
        }
        builder.tally(tally(row));
        builder.memberVotes(memberVotes(row, kind, date));
        return builder.build();
    }

    /**
     * Reads the tally: yes, no and abstain together or not at all; absent and not participating each where the
     * source gives it (empty: not known).
     */
    private static RecordedTally tally(CsvTable.Row row) {
        if (allEmpty(row, TALLY)) {
            return null;
        }
        for (String column : TALLY.subList(0, 3)) {
            if (Imports.field(row, column).isEmpty()) {
                throw new IllegalArgumentException("column " + column + ": expected a count, found nothing (a "
                        + "tally gives yes, no and abstain, or nothing)");
            }
        }
        return new RecordedTally(count(row, "yes"), count(row, "no"), count(row, "abstain"),
                optionalCount(row, "absent"), optionalCount(row, "not_participating"));
    }

    private static int count(CsvTable.Row row, String column) {
        int count = parse(row, column, Integer::parseInt);
        if (count < 0) {
            throw new IllegalArgumentException("column " + column + ": expected a count, found " + count);
        }
        return count;
    }

    private static OptionalInt optionalCount(CsvTable.Row row, String column) {
        return Imports.field(row, column).isEmpty() ? OptionalInt.empty() : OptionalInt.of(count(row, column));
    }

    /** Reads the per-member votes: a member of the council on no list has a vote no source gives. */
    private static MemberVotes memberVotes(CsvTable.Row row, VoteKind kind, LocalDate date) {
        if (allEmpty(row, MEMBERS.values())) {
            return null;
        }
        Council council = CouncilsOnDate.get(date);
        Map<MemberState, Vote> known = new LinkedHashMap<>();
        for (Vote vote : Vote.values()) {
            for (String code : codes(row, MEMBERS.get(vote))) {
                Vote previous = known.putIfAbsent(council.member(code), vote);
                if (previous != null) {
                    throw new IllegalArgumentException(code + " is named twice on the ballot of " + council.name()
                            + " (" + previous + " and " + vote + ")");
                }
            }
        }
        return MemberVotes.ofMembers(council, kind.question(), known);
    }

    private static boolean allEmpty(CsvTable.Row row, Collection<String> columns) {
        for (String column : columns) {
            if (!Imports.field(row, column).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> codes(CsvTable.Row row, String column) {
        List<String> codes = words(Imports.field(row, column));
        for (String code : codes) {
            if (!MemberStates.isKnown(code)) {
                throw new IllegalArgumentException("column " + column + ": unknown member code '" + code
                        + "' (no state with that code has sat on the Council)");
            }
        }
        return codes;
    }

    /** Splits a field at runs of white space (without a regular expression: this runs for every field read). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private static String required(CsvTable.Row row, String column) {
        String value = Imports.field(row, column);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("column " + column + ": expected a value, found nothing");
        }
        return value;
    }

    private static LocalDate date(CsvTable.Row row, String column) {
        String value = required(row, column);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("column " + column + ": expected a date (YYYY-MM-DD), found '"
                    + value + "'");
        }
    }

    private static boolean bool(CsvTable.Row row, String column) {
        String value = required(row, column);
        switch (value) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new IllegalArgumentException("column " + column + ": expected true or false, found '" + value
                        + "'");
        }
    }

    private static <T> T parse(CsvTable.Row row, String column, java.util.function.Function<String, T> parser) {
        String value = Imports.field(row, column);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            String reason = e instanceof NumberFormatException ? "expected a number, found '" + value + "'"
                    : e.getMessage();
            throw new IllegalArgumentException("column " + column + ": " + reason, e);
        }
    }

    /** Writes the record in its own form, a comment line naming the form first. */
    static void write(VotingRecord record, Writer writer) {
        try {
            writer.write("# The record of the Security Council's votes, in unsc-sim's CSV form (one row per vote).\n");
            writer.write(String.join(",", COLUMNS) + "\n");
            for (RecordedVote vote : record.votes()) {
                writer.write(row(vote).stream().map(RecordCsv::quote).collect(Collectors.joining(",")) + "\n");
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(RecordedVote vote) {
        List<String> fields = new ArrayList<>();
        fields.add(vote.id());
        fields.add(vote.kind().label());
        fields.add(vote.date().toString());
        fields.add(vote.meeting());
        fields.add(vote.draftSymbol().orElse(""));
        fields.add(vote.resolution().isPresent() ? Integer.toString(vote.resolution().getAsInt()) : "");
        fields.add(vote.agenda());
        fields.add(vote.title());
        fields.add(RecordedVote.label(vote.outcome()));
        for (Vote kind : Vote.values()) {
            fields.add(vote.tally().flatMap(tally -> {
                OptionalInt count = tally.count(kind);
                return count.isPresent() ? Optional.of(Integer.toString(count.getAsInt())) : Optional.empty();
            }).orElse(""));
        }
        fields.add(String.join(" ", vote.vetoingMembers()));
        fields.add(Boolean.toString(vote.withoutVote()));
        for (Vote kind : Vote.values()) {
            fields.add(vote.memberVotes().map(votes -> votes.members(kind).stream().map(MemberState::code)
                    .collect(Collectors.joining(" "))).orElse(""));
        }
        fields.add(vote.noSponsor() ? NO_SPONSOR
                : vote.sponsors().stream().map(Sponsor::toString).collect(Collectors.joining(" ")));
        fields.add(String.join(" ", vote.sources()));
        fields.add(Boolean.toString(vote.confirmed()));
        fields.add(vote.note());
        return fields;
    }

    /** Quotes a field as RFC 4180 does where needed (a comma, a quote, a line break, a leading '#' or space). */
    static String quote(String field) {
        boolean needs = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                || field.startsWith("#") || !field.equals(field.strip());
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
