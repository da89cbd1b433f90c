package io.github.unscsim.scenario;

import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.OutcomeType;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.rules.QuotaRule;
import java.util.List;

/**
 * A counting rule compiled for one council and question: what each member's each vote adds to the count (an
 * affirmative vote, a vote present and voting, a veto), and the outcome of a count. The rule's own parameters are
 * read through {@link AdoptionRules#countingRule(AdoptionRule)}; Art. 27(3)'s obligatory abstention is applied by
 * counting a party's yes or no as an abstention, as the rule does. Immutable.
 */
final class CountingModel {

    static final Vote[] VOTES = Vote.values();

    final int size;
    final Quota quota;
    final boolean fixedQuota;
    final int fixedRequired;
    /** Per member and vote ordinal: counts as yes, counts as present and voting, is a veto. */
    final boolean[][] yes;
    final boolean[][] voting;
    final boolean[][] veto;

    private CountingModel(Council council, Question question, AdoptionRule rule) {
        QuotaRule counting = AdoptionRules.countingRule(rule).orElseThrow(() -> new IllegalArgumentException(
                "the rule '" + rule.name() + "' is not a counting rule (a quota and veto holders), which this "
                        + "computation needs; use EnumeratedOdds or MonteCarloOdds on a ballot"));
        boolean obligatory = AdoptionRules.hasObligatoryAbstention(rule);
        List<MemberState> members = council.members();
        size = members.size();
        quota = counting.quota();
        fixedQuota = quota.isFixedForCouncil();
        fixedRequired = fixedQuota ? quota.required(size, 0) : 0;
        yes = new boolean[size][VOTES.length];
        voting = new boolean[size][VOTES.length];
        veto = new boolean[size][VOTES.length];
        for (int i = 0; i < size; i++) {
            MemberState member = members.get(i);
            boolean party = obligatory && question.requiresAbstention(member.code());
            boolean holder = counting.vetoHolders().holdsVeto(council, member);
            for (Vote vote : VOTES) {
                Vote counted = party && vote.isPresentAndVoting() ? Vote.ABSTAIN : vote;
                yes[i][vote.ordinal()] = counted == Vote.YES;
                voting[i][vote.ordinal()] = counted.isPresentAndVoting();
                veto[i][vote.ordinal()] = holder && counting.blockingVotes().contains(counted);
            }
        }
    }

    static CountingModel of(Council council, Question question, AdoptionRule rule) {
        return new CountingModel(council, question, rule);
    }

    /** The outcome of a count. */
    OutcomeType outcome(int yesVotes, int presentAndVoting, boolean vetoed) {
        int required = fixedQuota ? fixedRequired : quota.required(size, presentAndVoting);
        if (yesVotes < required) {
            return OutcomeType.FAILED;
        }
        return vetoed ? OutcomeType.VETOED : OutcomeType.ADOPTED;
    }

    /** The outcome of a ballot given as vote ordinals in seat order. */
    OutcomeType outcome(int[] votes) {
        int y = 0;
        int pv = 0;
        boolean vetoed = false;
        for (int i = 0; i < size; i++) {
            int v = votes[i];
            if (yes[i][v]) {
                y++;
            }
            if (voting[i][v]) {
                pv++;
            }
            vetoed |= veto[i][v];
        }
        return outcome(y, pv, vetoed);
    }

    /** Number of states of the dynamic programme: veto flag x yes count [x no count]. */
    int states() {
        int n1 = size + 1;
        return fixedQuota ? 2 * n1 : 2 * n1 * n1;
    }

    int index(int yesVotes, int noVotes, boolean vetoed) {
        int n1 = size + 1;
        int base = (vetoed ? n1 : 0) + yesVotes;
        return fixedQuota ? base : base * n1 + noVotes;
    }

    /**
     * The distribution of the count over every member but {@code skip} (-1 for none), each member voting by
     * {@code p[i][vote]}. Votes with the same effect on the count are merged first.
     */
    double[] distribution(double[][] p, int skip) {
        int n1 = size + 1;
        double[] current = new double[states()];
        double[] next = new double[states()];
        current[index(0, 0, false)] = 1;
        double[] q = new double[4];
        int[] dy = new int[4];
        int[] dn = new int[4];
        boolean[] dv = new boolean[4];
        int processed = 0;
        for (int i = 0; i < size; i++) {
            if (i == skip) {
                continue;
            }
            int effects = 0;
            for (Vote vote : VOTES) {
                int v = vote.ordinal();
                if (p[i][v] <= 0) {
                    continue;
                }
                int y = yes[i][v] ? 1 : 0;
                int n = voting[i][v] && !yes[i][v] ? 1 : 0;
                if (fixedQuota) {
                    n = 0;
                }
                boolean b = veto[i][v];
                int k = 0;
                while (k < effects && !(dy[k] == y && dn[k] == n && dv[k] == b)) {
                    k++;
                }
                if (k == effects) {
                    q[k] = 0;
                    dy[k] = y;
                    dn[k] = n;
                    dv[k] = b;
                    effects++;
                }
                q[k] += p[i][v];
            }
            java.util.Arrays.fill(next, 0);
            for (int flag = 0; flag < 2; flag++) {
                for (int y = 0; y <= processed; y++) {
                    int noMax = fixedQuota ? 0 : processed - y;
                    for (int n = 0; n <= noMax; n++) {
                        double mass = current[index(y, n, flag == 1)];
                        if (mass == 0) {
                            continue;
                        }
                        for (int k = 0; k < effects; k++) {
                            next[index(y + dy[k], n + dn[k], flag == 1 || dv[k])] += mass * q[k];
                        }
                    }
                }
            }
            double[] swap = current;
            current = next;
            next = swap;
            processed++;
        }
        assert processed <= n1;
        return current;
    }

    /**
     * Adds member {@code member}'s certain vote (or nothing, if {@code member} is -1) to a count distribution and
     * returns the probabilities of adopted, vetoed and failed.
     */
    double[] outcomes(double[] distribution, int member, Vote vote) {
        int addYes = 0;
        int addNo = 0;
        boolean addVeto = false;
        if (member >= 0) {
            int v = vote.ordinal();
            addYes = yes[member][v] ? 1 : 0;
            addNo = voting[member][v] && !yes[member][v] ? 1 : 0;
            addVeto = veto[member][v];
        }
        double[] result = new double[3];
        for (int flag = 0; flag < 2; flag++) {
            for (int y = 0; y <= size; y++) {
                int noMax = fixedQuota ? 0 : size - y;
                for (int n = 0; n <= noMax; n++) {
                    double mass = distribution[index(y, n, flag == 1)];
                    if (mass == 0) {
                        continue;
                    }
                    int yy = y + addYes;
                    int pv = fixedQuota ? 0 : yy + n + addNo;
                    OutcomeType type = outcome(yy, pv, flag == 1 || addVeto);
                    result[type.ordinal()] += mass;
                }
            }
        }
        return result;
    }
}
