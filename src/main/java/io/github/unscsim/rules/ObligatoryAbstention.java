package io.github.unscsim.rules;

import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The proviso of Charter Art. 27(3): in decisions under Chapter VI and Art. 52(3), a party to a dispute shall
 * abstain from voting. Wraps another rule and compiles to that rule's {@link CountingRule} with the proviso applied
 * ({@link CountingRule#withPartiesAbstaining()}): the vote of every member that must abstain
 * ({@link Question#requiresAbstention(String)}) is counted as an abstention if it was affirmative or negative, so a
 * party's affirmative vote does not count towards the quota, and no vote of a party blocks (a permanent party's
 * negative vote is not a veto, nor, under a rule where abstention blocks, its obligatory abstention). Absence and
 * non-participation stand as cast. The outcome keeps the ballot as cast, carries the tally as counted, and says in
 * its explanation whose vote was recast.
 *
 * <p>Practice has been inconsistent (the point was last raised, without effect, on 17 April 2000; Security Council
 * Report, "In Hindsight: Obligatory Abstentions", April 2014); this rule applies the text. Immutable and
 * thread-safe.
 */
final class ObligatoryAbstention implements AdoptionRule {

    private final AdoptionRule rule;

    ObligatoryAbstention(AdoptionRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String name() {
        return rule.name() + ", parties to the dispute abstaining (Art. 27(3))";
    }

    @Override
    public CountingRule compile(Council council, Question question) {
        return rule.compile(council, question).withPartiesAbstaining();
    }

    @Override
    public AdoptionRule withCounting(UnaryOperator<QuotaRule> change) {
        return new ObligatoryAbstention(rule.withCounting(change));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObligatoryAbstention that && rule.equals(that.rule);
    }

    @Override
    public int hashCode() {
        return rule.hashCode() + 27;
    }

    @Override
    public String toString() {
        return name();
    }
}
