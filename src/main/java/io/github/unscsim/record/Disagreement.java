package io.github.unscsim.record;

import java.util.Objects;

/**
 * Where the record's sources disagree, as {@code disagreements.csv} keeps it: the value kept, the alternatives and
 * why. Immutable and thread-safe.
 *
 * @param id the vote's id, not null
 * @param field the field in question (a column of {@code votes.csv}), not null
 * @param kept the value kept, not null
 * @param alternatives the other values, {@code SOURCE=value; SOURCE=value}, not null
 * @param reason why the kept value was kept, not null
 */
public record Disagreement(String id, String field, String kept, String alternatives, String reason) {

    /**
     * Validates the components.
     *
     * @param id the vote's id
     * @param field the field
     * @param kept the value kept
     * @param alternatives the alternatives
     * @param reason the reason
     */
    public Disagreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(alternatives, "alternatives");
        Objects.requireNonNull(reason, "reason");
    }
}
