package io.github.unscsim.rules;

import com.google.common.collect.ImmutableList;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Tally;
import java.util.List;
import java.util.Objects;

/**
 * What a ballot decided under a rule: the class of outcome, the tallies, the number of affirmative votes required,
 * the vetoing members, and one sentence explaining it the way the Council's President announces it. Immutable and
 * thread-safe.
 *
 * @param ballot the ballot as cast, not null
 * @param rule the name of the rule applied, not null
 * @param type adopted, vetoed or failed, not null
 * @param tally the votes as counted by the rule (under Art. 27(3) a party's vote counts as an abstention), not null
 * @param required the number of affirmative votes required, at least 0
 * @param vetoingMembers the members whose vote vetoed the draft, empty unless {@code type} is VETOED
 * @param explanation one sentence, not null
 */
public record Outcome(Ballot ballot, String rule, OutcomeType type, Tally tally, int required,
        List<MemberState> vetoingMembers, String explanation) {

    /**
     * Validates the components and copies the vetoing members.
     *
     * @param ballot the ballot as cast, not null
     * @param rule the name of the rule applied, not null
     * @param type adopted, vetoed or failed, not null
     * @param tally the votes as counted, not null
     * @param required the number of affirmative votes required, at least 0
     * @param vetoingMembers the vetoing members, empty unless VETOED
     * @param explanation one sentence, not null
     */
    public Outcome {
        Objects.requireNonNull(ballot, "ballot");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(explanation, "explanation");
        vetoingMembers = ImmutableList.copyOf(vetoingMembers);
        if (required < 0) {
            throw new IllegalArgumentException("required votes must not be negative: " + required);
        }
        if ((type == OutcomeType.VETOED) == vetoingMembers.isEmpty()) {
            throw new IllegalArgumentException("a " + type + " outcome with vetoing members " + vetoingMembers);
        }
    }

    /**
     * Tells whether the question was adopted.
     *
     * @return true if the outcome is ADOPTED
     */
    public boolean isAdopted() {
        return type == OutcomeType.ADOPTED;
    }

    /**
     * Tells whether the draft was vetoed.
     *
     * @return true if the outcome is VETOED
     */
    public boolean isVetoed() {
        return type == OutcomeType.VETOED;
    }

    /**
     * Returns how many more affirmative votes the draft needed.
     *
     * @return {@code required - yes}, or 0 if enough affirmative votes were cast
     */
    public int votesShort() {
        return Math.max(0, required - tally.yes());
    }

    /** Returns the explanation. */
    @Override
    public String toString() {
        return explanation;
    }
}
