package io.github.unscsim.record;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The forms a file of votes can be read in. Reading checks every row and gives an {@link ImportReport}: the record,
 * or every bad row by line and reason (an unknown code, a member not on the council that day or named twice, a tally
 * that contradicts the per-member votes, an outcome that contradicts the rule in force, a bad date, a symbol
 * already used), never half a record.
 */
public enum RecordFormat {
    /** The record's own CSV form, that of the bundled {@code votes.csv}; {@link VotingRecord#write} writes it. */
    UNSC {
        @Override
        public ImportReport read(String file, Reader reader) {
            return RecordCsv.read(file, reader);
        }
    },
    /**
     * The Dag Hammarskjöld Library's Security Council voting data as published (UN Digital Library record
     * 4055387): one row per member per adopted resolution, columns {@code undl_id, ms_code, ms_name,
     * permanent_member, ms_vote (Y/N/A/X), date, resolution, draft, meeting, description, agenda, subjects,
     * vote_note, modality, total_yes, total_no, total_abstentions, total_non_voting, total_ms, undl_link}, found by
     * name. Each imported vote is adopted, of kind draft, unconfirmed, with the source key {@code UNDL-SC-VOTING};
     * its id is the draft's symbol where the file gives one, else {@code S/RES/<n>}.
     */
    UNDL {
        @Override
        public ImportReport read(String file, Reader reader) {
            return UndlVotingData.read(file, reader);
        }
    };

    /** The constant's name in lower case. */
    private final String label = name().toLowerCase(Locale.ROOT);

    /**
     * Reads and checks a file of votes.
     *
     * @param file the file's name for messages, not null
     * @param reader the text, closed when done, not null
     * @return the report: the record, or every bad row
     */
    public abstract ImportReport read(String file, Reader reader);

    /**
     * Reads and checks a file of votes (UTF-8).
     *
     * @param path the file, not null
     * @return the report: the record, or every bad row
     * @throws UncheckedIOException if the file cannot be read
     */
    public ImportReport read(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            return read(path.toString(), Files.newBufferedReader(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the name used on the command line: {@code unsc} or {@code undl}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Reads a form from its label, ignoring case.
     *
     * @param text {@code unsc} or {@code undl}, not null
     * @return the form
     * @throws IllegalArgumentException if the text names no form
     */
    public static RecordFormat parse(String text) {
        Objects.requireNonNull(text, "text");
        for (RecordFormat format : values()) {
            if (format.label.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a record format (expected unsc or undl)");
    }

    /** Returns the label. */
    @Override
    public String toString() {
        return label;
    }
}
