package io.github.unscsim.rules;

import io.github.unscsim.model.Ballot;

/**
 * Decides whether a ballot adopts the question put to the vote, and explains why. Implementations are immutable and
 * thread-safe; {@link AdoptionRules} has the Charter's rules and a configurable one.
 */
public interface AdoptionRule {

    /**
     * Returns the rule's name as it appears in an outcome, e.g. "Charter Art. 27(3), since 1966".
     *
     * @return the name
     */
    String name();

    /**
     * Evaluates a ballot under this rule.
     *
     * @param ballot the ballot, not null
     * @return the outcome, with the tallies, the number required, any vetoing members and an explanation
     */
    Outcome evaluate(Ballot ballot);
}
