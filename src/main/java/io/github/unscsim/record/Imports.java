package io.github.unscsim.record;

import io.github.unscsim.history.CsvTable;
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

    /** Checks the votes read, adds their problems and returns the report: a record only if there are none. */
    static ImportReport finish(String file, RecordFormat format, int rows, List<Parsed> parsed,
            List<ImportReport.Problem> problems) {
        List<ImportReport.Problem> all = new ArrayList<>(problems);
        Map<String, Long> ids = new HashMap<>();
        Map<String, Long> drafts = new HashMap<>();
        Map<Integer, Long> resolutions = new HashMap<>();
        List<RecordedVote> votes = new ArrayList<>();
        for (Parsed row : parsed) {
            RecordedVote vote = row.vote();
            Long previous = ids.putIfAbsent(vote.id(), row.line());
            if (previous != null) {
                all.add(new ImportReport.Problem(file, row.line(), "id " + vote.id() + " is already on line "
                        + previous));
                continue;
            }
            if (vote.draftSymbol().isPresent()) {
                previous = drafts.putIfAbsent(vote.draftSymbol().get(), row.line());
                if (previous != null) {
                    all.add(new ImportReport.Problem(file, row.line(), "draft " + vote.draftSymbol().get()
                            + " is already on line " + previous));
                    continue;
                }
            }
            if (vote.resolution().isPresent()) {
                previous = resolutions.putIfAbsent(vote.resolution().getAsInt(), row.line());
                if (previous != null) {
                    all.add(new ImportReport.Problem(file, row.line(), "resolution " + vote.resolution().getAsInt()
                            + " is already on line " + previous));
                    continue;
                }
            }
            if (vote.memberVotes().isPresent()) {
                String contradiction;
                try {
                    Replay replay = Replay.inForce(vote);
                    contradiction = replay.matches() ? null : replay.reason();
                } catch (IllegalArgumentException e) {
                    contradiction = e.getMessage();
                }
                if (contradiction != null) {
                    all.add(new ImportReport.Problem(file, row.line(), "the outcome contradicts the rule in force: "
                            + contradiction));
                    continue;
                }
            }
            votes.add(vote);
        }
        all.sort(Comparator.comparingLong(ImportReport.Problem::line));
        return new ImportReport(file, format, rows, all, all.isEmpty() ? Optional.of(VotingRecord.of(votes))
                : Optional.empty());
    }

    /** A file-level fault (a missing column, text that is not CSV) as a report. */
    static ImportReport fileFault(String file, RecordFormat format, IllegalArgumentException e) {
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
