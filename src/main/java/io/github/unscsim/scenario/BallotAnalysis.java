package io.github.unscsim.scenario;

import com.google.common.collect.ImmutableList;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.CountingRule;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.rules.OutcomeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Analyses of one ballot under a rule: the outcome and how many votes it was short, the pivotal members (whose
 * single change of vote flips the outcome, and to what), the smallest sets of changes that flip it, and whether a
 * member's vote could matter at all.
 *
 * <p>"Flips the outcome" means it changes whether the draft is adopted: an adopted draft is no longer adopted, or a
 * vetoed or failed draft is adopted. A change gives a member any of the other four votes. Immutable and
 * thread-safe.
 */
public final class BallotAnalysis {

    /** The default cap on the size of a flipping set searched by {@link #smallestFlippingSets()}. */
    public static final int DEFAULT_MAX_CHANGES = 5;

    /**
     * The most ballots searched for flipping sets of one size; a size that would need more is not searched, and the
     * result's {@link FlippingSets#searchedUpTo()} says how far the search went.
     */
    public static final double MAX_EVALUATIONS = 5e7;

    private final Ballot ballot;
    private final Outcome outcome;
    private final CountingRule counting;

    private BallotAnalysis(Ballot ballot, AdoptionRule rule) {
        this.ballot = Objects.requireNonNull(ballot, "ballot");
        Objects.requireNonNull(rule, "rule");
        this.counting = rule.compile(ballot.council(), ballot.question());
        this.outcome = counting.evaluate(ballot);
    }

    /**
     * Analyses a ballot under the rule in force for it.
     *
     * @param ballot the ballot, not null
     * @return the analysis
     */
    public static BallotAnalysis of(Ballot ballot) {
        return new BallotAnalysis(ballot, AdoptionRules.inForce(ballot));
    }

    /**
     * Analyses a ballot under a rule.
     *
     * @param ballot the ballot, not null
     * @param rule the rule, not null
     * @return the analysis
     */
    public static BallotAnalysis of(Ballot ballot, AdoptionRule rule) {
        return new BallotAnalysis(ballot, rule);
    }

    /**
     * Returns the ballot.
     *
     * @return the ballot
     */
    public Ballot ballot() {
        return ballot;
    }

    /**
     * Returns the outcome of the ballot as cast.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Returns how many more affirmative votes the draft needed.
     *
     * @return the votes short, 0 if it had enough
     */
    public int votesShort() {
        return outcome.votesShort();
    }

    /**
     * Returns every single change of vote that flips the outcome, in seat order.
     *
     * @return the changes, immutable
     */
    public List<Change> pivots() {
        List<Change> result = new ArrayList<>();
        for (List<Change> set : flippingSetsOfSize(1)) {
            result.addAll(set);
        }
        return ImmutableList.copyOf(result);
    }

    /**
     * Returns the members whose single change of vote can flip the outcome, in seat order.
     *
     * @return the members, immutable
     */
    public List<MemberState> pivotalMembers() {
        Set<MemberState> members = new LinkedHashSet<>();
        pivots().forEach(change -> members.add(change.member()));
        return ImmutableList.copyOf(members);
    }

    /**
     * Tells whether a member is pivotal on this ballot.
     *
     * @param code the member's alpha-3 code, not null
     * @return true if some change of its vote alone flips the outcome
     */
    public boolean isPivotal(String code) {
        return pivotalMembers().contains(ballot.council().member(code));
    }

    /**
     * Returns the smallest sets of changes that flip the outcome, searching sets of up to
     * {@link #DEFAULT_MAX_CHANGES} members.
     *
     * @return the sets
     */
    public FlippingSets smallestFlippingSets() {
        return smallestFlippingSets(DEFAULT_MAX_CHANGES);
    }

    /**
     * Returns the smallest sets of changes that flip the outcome: every set of changes of the smallest size that
     * flips it. Sets are searched by increasing size, every member and every other vote, so no smaller flipping
     * set exists. C(n, k)·4<sup>k</sup> evaluations for size k; a size needing more than {@link #MAX_EVALUATIONS}
     * is not searched (on the 15-member council every size up to 5 is searched; on 200 members, up to 2).
     *
     * @param maxChanges the largest size searched, 1 to the council's size
     * @return the sets, or none if no set of at most {@code maxChanges} changes flips the outcome
     */
    public FlippingSets smallestFlippingSets(int maxChanges) {
        if (maxChanges < 1 || maxChanges > ballot.council().size()) {
            throw new IllegalArgumentException("maxChanges must be between 1 and " + ballot.council().size() + ": "
                    + maxChanges);
        }
        int n = ballot.council().size();
        for (int size = 1; size <= maxChanges; size++) {
            if (evaluations(n, size) > MAX_EVALUATIONS) {
                return new FlippingSets(0, List.of(), size - 1);
            }
            List<List<Change>> sets = flippingSetsOfSize(size);
            if (!sets.isEmpty()) {
                return new FlippingSets(size, sets, maxChanges);
            }
        }
        return new FlippingSets(0, List.of(), maxChanges);
    }

    /**
     * Tells whether a member's vote could matter at all: whether some ballot of this council on this question
     * exists, the others voting in any way, on which this member's vote alone decides adoption. False for a party
     * that must abstain under Art. 27(3), or under a rule where the member's vote never counts. Decided exactly
     * from the reachable counts of the other members, in polynomial time.
     *
     * @param code the member's alpha-3 code, not null
     * @return true if the member's vote can decide adoption
     */
    public boolean couldMatter(String code) {
        MemberState member = ballot.council().member(code);
        CountingModel model = CountingModel.of(counting);
        int i = ballot.council().members().indexOf(member);
        double[][] uniform = new double[ballot.council().size()][CountingModel.VOTES.length];
        for (double[] row : uniform) {
            for (Vote vote : CountingModel.VOTES) {
                // a vote the rule does not allow is not a way the others can vote
                row[vote.ordinal()] = counting.allows(vote) ? 1.0 / row.length : 0;
            }
        }
        double[] others = model.distribution(uniform, i);
        // a count of the others is reachable iff its probability is positive; the member matters if two of its
        // votes give different adoption on some reachable count
        int n = ballot.council().size();
        for (int flag = 0; flag < 2; flag++) {
            for (int y = 0; y <= n; y++) {
                for (int no = 0; no <= (model.fixedQuota ? 0 : n - y); no++) {
                    if (others[model.index(y, no, flag == 1)] == 0) {
                        continue;
                    }
                    Boolean first = null;
                    for (Vote vote : CountingModel.VOTES) {
                        if (!counting.allows(vote)) {
                            continue;
                        }
                        boolean adopted = model.outcome(y, no, flag == 1, i, vote) == OutcomeType.ADOPTED;
                        if (first == null) {
                            first = adopted;
                        } else if (first != adopted) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** C(n, k) 4^k: the ballots k changes away. */
    private static double evaluations(int n, int k) {
        double count = 1;
        for (int i = 0; i < k; i++) {
            count = count * (n - i) / (i + 1) * 4;
        }
        return count;
    }

    private List<List<Change>> flippingSetsOfSize(int size) {
        List<MemberState> members = ballot.council().members();
        int n = members.size();
        Vote[] votes = new Vote[n];
        for (int i = 0; i < n; i++) {
            votes[i] = ballot.votes().get(members.get(i));
        }
        boolean adopted = outcome.isAdopted();
        List<List<Change>> found = new ArrayList<>();
        int[] chosen = new int[size];
        chooseMembers(members, votes, adopted, chosen, 0, 0, found);
        return found;
    }

    private void chooseMembers(List<MemberState> members, Vote[] votes, boolean adopted, int[] chosen, int depth,
            int from, List<List<Change>> found) {
        if (depth == chosen.length) {
            assignVotes(members, votes.clone(), adopted, chosen, 0, found);
            return;
        }
        for (int i = from; i <= members.size() - (chosen.length - depth); i++) {
            chosen[depth] = i;
            chooseMembers(members, votes, adopted, chosen, depth + 1, i + 1, found);
        }
    }

    private void assignVotes(List<MemberState> members, Vote[] votes, boolean adopted, int[] chosen, int depth,
            List<List<Change>> found) {
        if (depth == chosen.length) {
            boolean now = counting.outcome(votes) == OutcomeType.ADOPTED;
            if (now != adopted) {
                List<Change> set = new ArrayList<>();
                for (int i : chosen) {
                    MemberState member = members.get(i);
                    set.add(new Change(member, ballot.votes().get(member), votes[i]));
                }
                found.add(List.copyOf(set));
            }
            return;
        }
        int i = chosen[depth];
        Vote original = votes[i];
        for (Vote v : CountingModel.VOTES) {
            if (v != original && counting.allows(v)) {
                votes[i] = v;
                assignVotes(members, votes, adopted, chosen, depth + 1, found);
            }
        }
        votes[i] = original;
    }

    /**
     * One member's change of vote.
     *
     * @param member the member, not null
     * @param from the vote as cast, not null
     * @param to the vote instead, not null, different from {@code from}
     */
    public record Change(MemberState member, Vote from, Vote to) {

        /**
         * Validates the change.
         *
         * @param member the member, not null
         * @param from the vote as cast, not null
         * @param to the vote instead, not null
         */
        public Change {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from == to) {
                throw new IllegalArgumentException("a change needs a different vote: " + member.code() + " " + to);
            }
        }

        /** Returns e.g. {@code RUS no->abstain}. */
        @Override
        public String toString() {
            return member.code() + " " + from + "->" + to;
        }
    }

    /**
     * The smallest sets of changes that flip an outcome.
     *
     * @param size the number of changes in each set; 0 if none of at most {@code searchedUpTo} flips it
     * @param sets every flipping set of that size, each in seat order, not null
     * @param searchedUpTo the largest size searched
     */
    public record FlippingSets(int size, List<List<Change>> sets, int searchedUpTo) {

        /**
         * Copies the sets.
         *
         * @param size the number of changes in each set
         * @param sets the sets, not null
         * @param searchedUpTo the largest size searched
         */
        public FlippingSets {
            sets = sets.stream().map(List::copyOf).collect(ImmutableList.toImmutableList());
        }

        /**
         * Tells whether a flipping set was found.
         *
         * @return true if {@code size > 0}
         */
        public boolean found() {
            return size > 0;
        }
    }
}
