package io.github.unscsim.model;

import java.util.Objects;

/**
 * A member state of the United Nations, named by its ISO 3166-1 alpha-3 code (a former state keeps its ISO 3166-3
 * code: {@code SUN}, {@code YUG}, {@code CSK}, {@code DDR}) and its English name.
 *
 * <p>Two member states are equal when their codes are equal: a state is the same state whatever it was called on a
 * date. The name is what the state was called on the date of the council it sits on ("China (Republic of China)" in
 * 1950, "China" in 2016, "Zaire" in 1982), not part of its identity, so a set or map of members holds one entry per
 * state across dates. Where the name matters (a record checked against its source), compare {@link #name()} as
 * well. Immutable and thread-safe.
 *
 * @param code the alpha-3 code, three upper-case letters
 * @param name the English name, not blank
 */
public record MemberState(String code, String name) implements Comparable<MemberState> {


    /**
     * Validates the code and the name.
     *
     * @param code the alpha-3 code, three upper-case letters
     * @param name the English name, not blank
     */
    public MemberState {
        checkCode(code);
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("member state " + code + " has a blank name");
        }
    }

    /**
     * Returns the member state with the given code and name.
     *
     * @param code the alpha-3 code, three upper-case letters
     * @param name the English name, not blank
     * @return the member state
     */
    public static MemberState of(String code, String name) {
        return new MemberState(code, name);
    }

    /**
     * Checks that a text is an alpha-3 code: three upper-case letters.
     *
     * @param code the text to check, not null
     * @return the code
     * @throws IllegalArgumentException if it is not three upper-case letters
     */
    public static String checkCode(String code) {
        Objects.requireNonNull(code, "code");
        if (!isCode(code)) {
            throw new IllegalArgumentException(
                    "'" + code + "' is not an ISO 3166 alpha-3 code (three upper-case letters, e.g. FRA)");
        }
        return code;
    }

    private static boolean isCode(String text) {
        // a loop, not a regular expression: every state, ballot and record row checks its codes
        if (text.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Equal when the codes are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MemberState that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** Orders by code. */
    @Override
    public int compareTo(MemberState other) {
        return code.compareTo(other.code);
    }

    /** Returns the name and the code, e.g. {@code "France (FRA)"}. */
    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
