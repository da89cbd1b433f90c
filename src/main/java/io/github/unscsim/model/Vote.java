package io.github.unscsim.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The five ways a member can stand when the Council votes, as the record keeps them apart. Only {@link #YES} counts
 * towards the required majority; none of the others is, by itself, a veto.
 */
public enum Vote {
    /** An affirmative vote ("in favour"). */
    YES,
    /** A negative vote ("against"); a veto only under the conditions of Art. 27(3) as practised. */
    NO,
    /** An abstention: present, and declared not to vote either way. */
    ABSTAIN,
    /** Absent from the meeting. */
    ABSENT,
    /** Present but not participating in the vote. */
    NOT_PARTICIPATING;

    /** The constant's name in lower case, its words joined by hyphens. */
    private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /**
     * Returns the label used in files and on the command line: {@code yes}, {@code no}, {@code abstain},
     * {@code absent}, {@code not-participating}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Tells whether the member is present and voting: an affirmative or negative vote.
     *
     * @return true for {@link #YES} and {@link #NO}
     */
    public boolean isPresentAndVoting() {
        return this == YES || this == NO;
    }

    /**
     * Reads a vote from its label, ignoring case; also accepts {@code abstention}, {@code non-participating} and
     * the enum constant's name.
     *
     * @param text the label, not null
     * @return the vote
     * @throws IllegalArgumentException if the text names no vote
     */
    public static Vote parse(String text) {
        Objects.requireNonNull(text, "text");
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Vote vote : values()) {
            if (vote.label.equals(key)) {
                return vote;
            }
        }
        switch (key) {
            case "abstention":
                return ABSTAIN;
            case "non-participating":
            case "npv":
                return NOT_PARTICIPATING;
            default:
                throw new IllegalArgumentException("'" + text
                        + "' is not a vote (expected yes, no, abstain, absent or not-participating)");
        }
    }

    /** Returns the label. */
    @Override
    public String toString() {
        return label;
    }
}
