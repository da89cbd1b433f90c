package io.github.unscsim.scenario;

import io.github.unscsim.model.Vote;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a member can answer when its name is called in a Model UN roll-call vote [MUN-RC]: a vote, a pass (called
 * again in a second round, where it must vote yes or no), or a yes or no "with rights" (the vote, and a request to
 * explain it after the vote).
 */
public enum RollCallAnswer {
    /** In favour. */
    YES(Vote.YES, false),
    /** Against. */
    NO(Vote.NO, false),
    /** An abstention; not allowed in the second round. */
    ABSTAIN(Vote.ABSTAIN, false),
    /** Not ready to vote: called again after the first round, and must then vote yes or no. */
    PASS(null, false),
    /** In favour, and asks to explain the vote. */
    YES_WITH_RIGHTS(Vote.YES, true),
    /** Against, and asks to explain the vote. */
    NO_WITH_RIGHTS(Vote.NO, true);

    /** The constant's name in lower case, its words joined by hyphens. */
    private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');
    private final Vote vote;
    private final boolean withRights;

    RollCallAnswer(Vote vote, boolean withRights) {
        this.vote = vote;
        this.withRights = withRights;
    }

    /**
     * Returns the label used in answer files: {@code yes}, {@code no}, {@code abstain}, {@code pass},
     * {@code yes-with-rights}, {@code no-with-rights}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the vote this answer casts.
     *
     * @return the vote, empty for a pass
     */
    public Optional<Vote> vote() {
        return Optional.ofNullable(vote);
    }

    /**
     * Tells whether the member asks to explain its vote.
     *
     * @return true for the answers "with rights"
     */
    public boolean isWithRights() {
        return withRights;
    }

    /**
     * Reads an answer from its label, ignoring case; {@code _} and spaces may stand for {@code -}.
     *
     * @param text the label, not null
     * @return the answer
     * @throws IllegalArgumentException if the text names no answer, with the labels expected
     */
    public static RollCallAnswer parse(String text) {
        Objects.requireNonNull(text, "text");
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (RollCallAnswer answer : values()) {
            if (answer.label.equals(key)) {
                return answer;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an answer (expected yes, no, abstain, pass, "
                + "yes-with-rights or no-with-rights)");
    }
}
