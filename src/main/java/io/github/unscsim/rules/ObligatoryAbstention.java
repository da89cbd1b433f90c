package io.github.unscsim.rules;

import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The proviso of Charter Art. 27(3): in decisions under Chapter VI and Art. 52(3), a party to a dispute shall
 * abstain from voting. Wraps another rule; before it counts, the vote of every member that must abstain
 * ({@link io.github.unscsim.model.Question#requiresAbstention(String)}) is counted as an abstention if it was
 * affirmative or negative, so a party's affirmative vote does not count towards the quota and a permanent
 * party's negative vote is not a veto. Absence and non-participation stand as cast. The outcome keeps the ballot
 * as cast, carries the tally as counted, and says in its explanation whose vote was recast.
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

    AdoptionRule counting() {
        return rule;
    }

    @Override
    public String name() {
        return rule.name() + ", parties to the dispute abstaining (Art. 27(3))";
    }

    @Override
    public Outcome evaluate(Ballot ballot) {
        Objects.requireNonNull(ballot, "ballot");
        Ballot counted = ballot;
        List<MemberState> recast = new ArrayList<>();
        for (Map.Entry<MemberState, Vote> entry : ballot.votes().entrySet()) {
            String code = entry.getKey().code();
            if (entry.getValue().isPresentAndVoting() && ballot.question().requiresAbstention(code)) {
                counted = counted.with(code, Vote.ABSTAIN);
                recast.add(entry.getKey());
            }
        }
        Outcome outcome = rule.evaluate(counted);
        String explanation = outcome.explanation();
        if (!recast.isEmpty()) {
            String names = recast.stream().map(MemberState::name).collect(Collectors.joining(", "));
            explanation = explanation.substring(0, explanation.length() - 1) + " (the vote of " + names
                    + (recast.size() == 1 ? ", a party" : ", parties") + " to the dispute, counted as "
                    + (recast.size() == 1 ? "an abstention" : "abstentions") + " under Art. 27(3)).";
        }
        return new Outcome(ballot, name(), outcome.type(), outcome.tally(), outcome.required(),
                outcome.vetoingMembers(), explanation);
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
