package io.github.unscsim.record;

import io.github.unscsim.history.CsvTable;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks every reader shares, made once the rows are read: unique symbols, and each outcome replayed. */
final class Imports {

    /** A vote read from a line. */
    record Parsed(long line, RecordedVote vote) {
    }

    private Imports() {
    }

    /** How a form turns the rows of its table into votes. */
    interface Rows {
        /**
         * Reads the votes the rows hold.
         *
         * @param file the file's name, for the problems
         * @param rows the rows read
         * @param parsed where each vote read goes, with its line
         * @param problems where each bad row goes, by line and reason
         */
        void read(String file, List<CsvTable.Row> rows, List<Parsed> parsed, List<ImportReport.Problem> problems);
    }

    /**
     * Reads a file in one form: its table (a file-level fault, a missing column or text that is not CSV, is the
     * report's one problem), the votes its rows hold, then the checks every form shares.
     */
    static ImportReport read(String file, Reader reader, RecordFormat format, List<String> columns, Rows votes) {
        List<CsvTable.Row> rows;
        try {
            rows = CsvTable.read(file, reader, columns);
        } catch (IllegalArgumentException e) {
            return fileFault(file, format, e);
        }
        List<Parsed> parsed = new ArrayList<>();
        List<ImportReport.Problem> problems = new ArrayList<>();
        votes.read(file, rows, parsed, problems);
        return finish(file, format, rows.size(), parsed, problems);
    }

    /** Checks the votes read, adds their problems and returns the report: a record only if there are none. */
    private static ImportReport finish(String file, RecordFormat format, int rows, List<Parsed> parsed,
            List<ImportReport.Problem> problems) {
        List<ImportReport.Problem> all = new ArrayList<>(problems);
        Map<String, Parsed> ids = new HashMap<>();
        Map<String, Parsed> drafts = new HashMap<>();
        Map<Integer, Parsed> resolutions = new HashMap<>();
        List<RecordedVote> votes = new ArrayList<>();
        for (Parsed row : parsed) {
            RecordedVote vote = row.vote();
            String problem = repeated(ids, vote.id(), row, "id");
            if (problem == null && vote.draftSymbol().isPresent()) {
                problem = repeated(drafts, vote.draftSymbol().get(), row, "draft");
            }
            if (problem == null && vote.resolution().isPresent()) {
                problem = repeated(resolutions, vote.resolution().getAsInt(), row, "resolution");
            }
            if (problem == null && vote.memberVotes().isPresent()) {
                problem = contradiction(vote);
            }
            if (problem == null) {
                votes.add(vote);
            } else {
                all.add(new ImportReport.Problem(file, row.line(), problem));
            }
        }
        all.sort(Comparator.comparingLong(ImportReport.Problem::line));
        // without a problem, the maps index exactly the votes kept: the record takes them as its indexes
        return new ImportReport(file, format, rows, all, all.isEmpty()
                ? Optional.of(VotingRecord.indexed(votes, ids, drafts, resolutions)) : Optional.empty());
    }

    /** Keeps the row a key is first on; for a key seen before, the problem, naming the earlier line. */
    private static <K> String repeated(Map<K, Parsed> seen, K key, Parsed row, String what) {
        Parsed previous = seen.putIfAbsent(key, row);
        return previous == null ? null : what + " " + key + " is already on line " + previous.line();
    }

    /** The problem of a vote whose recorded outcome the rule in force does not give, or null. */
    static String contradiction(RecordedVote vote) {
        String reason;
        try {
            Replay replay = Replay.inForce(vote);
            reason = replay.matches() ? null : replay.reason();
        } catch (IllegalArgumentException e) {
            reason = e.getMessage();
        }
        return reason == null ? null : "the outcome contradicts the rule in force: " + reason;
    }

    /** A file-level fault (a missing column, text that is not CSV) as a report. */
    private static ImportReport fileFault(String file, RecordFormat format, IllegalArgumentException e) {
        String message = e.getMessage();
        if (message.startsWith(file + ": ")) {
            message = message.substring(file.length() + 2);
        }
        return new ImportReport(file, format, 0, List.of(new ImportReport.Problem(file, 0, message)),
                Optional.empty());
    }

    /** Returns a field, stripped, or empty text where the column is absent. */
    static String field(CsvTable.Row row, String column) {
        String value = row.value(column);
        return value == null ? "" : value.strip();
    }
}
