package io.github.unscsim.history;

import io.github.unscsim.model.MemberState;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The member states that have sat on the Council, with their English names by date, from the bundled
 * {@code names.csv}. Thread-safe.
 */
public final class MemberStates {

    private MemberStates() {
    }

    /**
     * Returns a member state as it was named on a date.
     *
     * @param code the alpha-3 code, not null
     * @param date the date, not null
     * @return the member state, or empty if the record has no name for it on that date
     */
    public static Optional<MemberState> on(String code, LocalDate date) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        return RecordFiles.get().names.get(code).stream().filter(row -> row.term().contains(date)).findFirst()
                .map(row -> MemberState.of(code, row.name()));
    }

    /**
     * Returns a member state under its latest name in the record.
     *
     * @param code the alpha-3 code, not null
     * @return the member state
     * @throws IllegalArgumentException if the code has never sat on the Council
     */
    public static MemberState of(String code) {
        Objects.requireNonNull(code, "code");
        List<RecordFiles.NameRow> rows = RecordFiles.get().names.get(code);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("unknown member state '" + code
                    + "': no state with that code has sat on the Council");
        }
        RecordFiles.NameRow latest = rows.stream().max((a, b) -> a.term().last().compareTo(b.term().last()))
                .orElseThrow();
        return MemberState.of(code, latest.name());
    }

    /**
     * Tells whether a state with this code has sat on the Council.
     *
     * @param code the alpha-3 code, not null
     * @return true if the record names it
     */
    public static boolean isKnown(String code) {
        return RecordFiles.get().names.containsKey(Objects.requireNonNull(code, "code"));
    }
}
