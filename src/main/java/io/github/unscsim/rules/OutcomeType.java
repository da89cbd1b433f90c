package io.github.unscsim.rules;

import java.util.Locale;

/**
 * The three classes of outcome, as the Dag Hammarskjöld Library's veto list counts them.
 */
public enum OutcomeType {
    /** Adopted. */
    ADOPTED,
    /**
     * Not adopted although the required number of affirmative votes was reached, because at least one veto holder
     * (under the Charter, a permanent member on a non-procedural question) voted against.
     */
    VETOED,
    /**
     * Not adopted for want of the required number of affirmative votes, whatever the veto holders did: a
     * permanent member's negative vote on a draft that failed is not a veto.
     */
    FAILED;

    /**
     * Reads an outcome from its name in lower case, as the record's files and the command line write it.
     *
     * @param text {@code adopted}, {@code vetoed} or {@code failed}, not null
     * @return the outcome
     * @throws IllegalArgumentException if the text is none of them, with the text and the names expected
     */
    public static OutcomeType parse(String text) {
        for (OutcomeType type : values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an outcome (expected adopted, vetoed or failed)");
    }
}
