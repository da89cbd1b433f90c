package io.github.unscsim.rules;

import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import java.util.function.UnaryOperator;

/**
 * Decides whether a ballot adopts the question put to the vote, and explains why. A rule is defined by the one
 * place that says how it counts, {@link #compile(Council, Question)}; evaluating a ballot, the odds of adoption,
 * the pivots and the voting games all count through that compiled form. Implementations are immutable and
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
     * Compiles the rule for a council and a question: how each member's each vote counts, and the quota.
     *
     * @param council the council, not null
     * @param question the question, not null
     * @return the compiled rule, named {@link #name()}
     * @throws IllegalArgumentException if the rule cannot apply to the council: a fixed quota larger than the
     *     council, or a named veto holder that is not a member of it
     */
    CountingRule compile(Council council, Question question);

    /**
     * Returns this rule with the quota rule that counts its votes changed, and whatever this rule adds on top of it
     * (Art. 27(3)'s obligatory abstention) kept: how a scenario changes a rule's quota or veto holders.
     *
     * @param change takes the quota rule that counts the votes and returns the one to count them instead, not null
     * @return the changed rule
     */
    AdoptionRule withCounting(UnaryOperator<QuotaRule> change);

    /**
     * Evaluates a ballot under this rule: compiles the rule for the ballot's council and question, and counts. Not
     * to be overridden: the odds, the ballot analysis and the games count through {@link #compile} too, and agree
     * with this method because it does nothing else.
     *
     * @param ballot the ballot, not null
     * @return the outcome, with the tallies, the number required, any vetoing members and an explanation
     * @throws IllegalArgumentException if the rule cannot apply to the ballot's council
     */
    default Outcome evaluate(Ballot ballot) {
        return compile(ballot.council(), ballot.question()).evaluate(ballot);
    }
}
