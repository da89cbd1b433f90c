package io.github.unscsim.record;

import io.github.unscsim.model.Question;
import java.util.Locale;
import java.util.Objects;

/** What the Council voted on: a draft resolution, the preliminary question, a procedural motion, an amendment. */
public enum VoteKind {
    /** A draft resolution: a non-procedural question. */
    DRAFT(Question.substantive()),
    /** Whether a matter is procedural (the preliminary question of the double veto): treated as non-procedural. */
    PRELIMINARY(Question.preliminary()),
    /** The agenda and other procedural matters (Art. 27(2)): no veto. */
    PROCEDURAL(Question.procedural()),
    /** An amendment to a draft resolution: voted before the draft, and it can be vetoed. */
    AMENDMENT(Question.substantive());

    private final Question question;

    VoteKind(Question question) {
        this.question = question;
    }

    /**
     * Returns the question the Council decided on a vote of this kind, which settles the rule in force.
     *
     * @return the question
     */
    public Question question() {
        return question;
    }

    /**
     * Returns the label used in the record's files: {@code draft}, {@code preliminary}, {@code procedural},
     * {@code amendment}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a kind from its label.
     *
     * @param text the label, not null
     * @return the kind
     * @throws IllegalArgumentException if the text names no kind
     */
    public static VoteKind parse(String text) {
        Objects.requireNonNull(text, "text");
        for (VoteKind kind : values()) {
            if (kind.label().equals(text.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a kind of vote (expected draft, preliminary, "
                + "procedural or amendment)");
    }

    /** Returns the label. */
    @Override
    public String toString() {
        return label();
    }
}
