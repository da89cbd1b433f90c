package io.github.unscsim.scenario;

import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.CountingRule;
import io.github.unscsim.rules.OutcomeType;
import java.util.Arrays;

/**
 * The distribution of the count of a {@link CountingRule} when members vote independently: the dynamic programme of
 * {@link ExactOdds}, also used by {@link BallotAnalysis#couldMatter(String)}. A state is the number of affirmative
 * votes, whether a veto holder has blocked and, only when the quota is a share of those present and voting or of
 * those present, the number of other votes the quota counts ({@link CountingRule#countsInQuota}). A vote with a
 * positive probability that the rule does not allow is an error ({@link CountingRule#checkAllowed}). What each vote adds to the count, and the outcome of a count, are the
 * compiled rule's. Immutable.
 */
final class CountingModel {

    static final Vote[] VOTES = Vote.values();

    final CountingRule rule;
    final int size;
    final boolean fixedQuota;

    private CountingModel(CountingRule rule) {
        this.rule = rule;
        this.size = rule.size();
        this.fixedQuota = rule.isQuotaFixed();
    }

    static CountingModel of(CountingRule rule) {
        return new CountingModel(rule);
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

    /** 1 if member {@code i}'s vote counts as affirmative. */
    int addsYes(int i, Vote vote) {
        return rule.isAffirmative(i, vote) ? 1 : 0;
    }

    /**
     * 1 if member {@code i}'s vote counts in the quota's base (present and voting, or present) but not as
     * affirmative; 0 under a fixed quota.
     */
    int addsNo(int i, Vote vote) {
        return !fixedQuota && rule.countsInQuota(i, vote) && !rule.isAffirmative(i, vote) ? 1 : 0;
    }

    /** The outcome of the count in state (y, n, vetoed) once member {@code i} (or nobody, if -1) adds its vote. */
    OutcomeType outcome(int y, int n, boolean vetoed, int i, Vote vote) {
        int yy = y + (i >= 0 ? addsYes(i, vote) : 0);
        int nn = n + (i >= 0 ? addsNo(i, vote) : 0);
        return rule.outcome(yy, yy + nn, vetoed || i >= 0 && rule.blocks(i, vote));
    }

    /**
     * The distribution of the count over every member but {@code skip} (-1 for none), each member voting by
     * {@code p[i][vote]}. Votes with the same effect on the count are merged first.
     */
    double[] distribution(double[][] p, int skip) {
        double[] current = new double[states()];
        double[] next = new double[states()];
        current[index(0, 0, false)] = 1;
        double[] q = new double[VOTES.length];
        int[] dy = new int[VOTES.length];
        int[] dn = new int[VOTES.length];
        boolean[] dv = new boolean[VOTES.length];
        int processed = 0;
        for (int i = 0; i < size; i++) {
            if (i == skip) {
                continue;
            }
            int effects = 0;
            for (Vote vote : VOTES) {
                if (p[i][vote.ordinal()] <= 0) {
                    continue;
                }
                rule.checkAllowed(i, vote);
                int y = addsYes(i, vote);
                int n = addsNo(i, vote);
                boolean b = rule.blocks(i, vote);
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
                q[k] += p[i][vote.ordinal()];
            }
            Arrays.fill(next, 0);
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
        return current;
    }

    /**
     * Adds member {@code member}'s certain vote (or nothing, if {@code member} is -1) to a count distribution and
     * returns the probabilities of adopted, vetoed and failed.
     */
    double[] outcomes(double[] distribution, int member, Vote vote) {
        double[] result = new double[3];
        for (int flag = 0; flag < 2; flag++) {
            for (int y = 0; y <= size; y++) {
                int noMax = fixedQuota ? 0 : size - y;
                for (int n = 0; n <= noMax; n++) {
                    double mass = distribution[index(y, n, flag == 1)];
                    if (mass != 0) {
                        result[outcome(y, n, flag == 1, member, vote).ordinal()] += mass;
                    }
                }
            }
        }
        return result;
    }
}
