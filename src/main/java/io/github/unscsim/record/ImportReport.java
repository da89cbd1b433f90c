package io.github.unscsim.record;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What reading a file of votes gave: the record, or every bad row with its line and reason, never half a record.
 * Immutable and thread-safe.
 *
 * @param file the file's name, not null
 * @param format the form it was read in, not null
 * @param rows the number of data rows read
 * @param problems every bad row, in line order; empty if the file is good
 * @param record the record, present exactly when there are no problems
 */
public record ImportReport(String file, RecordFormat format, int rows, List<Problem> problems,
        Optional<VotingRecord> record) {

    /**
     * One bad row (or, at line 0, a fault of the whole file such as a missing column).
     *
     * @param file the file's name, not null
     * @param line the line, from 1; 0 for the whole file
     * @param reason what is wrong, naming the column, member or value, not null
     */
    public record Problem(String file, long line, String reason) {

        /**
         * Validates the components.
         *
         * @param file the file's name
         * @param line the line
         * @param reason what is wrong
         */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }

        /** Returns {@code FILE:LINE: reason}, or {@code FILE: reason} for the whole file. */
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + reason;
        }
    }

    /**
     * Validates the components: a record exactly when there are no problems.
     *
     * @param file the file's name
     * @param format the form
     * @param rows the number of rows
     * @param problems the problems
     * @param record the record
     */
    public ImportReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        problems = ImmutableList.copyOf(problems);
        Objects.requireNonNull(record, "record");
        if (problems.isEmpty() == record.isEmpty()) {
            throw new IllegalArgumentException("a report has a record exactly when it has no problems");
        }
    }

    /**
     * Tells whether every row was good.
     *
     * @return true if there are no problems
     */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * Returns the record, or fails listing every problem.
     *
     * @return the record
     * @throws RecordFormatException if any row was bad
     */
    public VotingRecord orThrow() {
        return record.orElseThrow(() -> new RecordFormatException(this));
    }

    /** Returns one line per problem, or a line saying how many votes were read. */
    @Override
    public String toString() {
        if (isValid()) {
            return file + ": " + rows + " rows, " + record.get().size() + " votes, no problems";
        }
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
