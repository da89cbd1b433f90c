package io.github.unscsim.rules;

import io.github.unscsim.model.Vote;

/**
 * How many affirmative votes a rule requires: a fixed number, a share of all members, a share of the members
 * present and voting (affirmative and negative votes; General Assembly rule 86), or a share of the members present
 * (affirmative and negative votes and abstentions, as many Model UN rules of procedure count a majority). A quota
 * that is a share of some of the members counts them by {@link #counts(Vote)}: the one definition of its base that
 * every engine uses through {@link CountingRule}. Immutable and thread-safe.
 */
public sealed interface Quota {

    /**
     * Returns the number of affirmative votes required.
     *
     * @param members the number of members of the council
     * @param base the number of members whose vote, as counted, the quota {@link #counts(Vote)}: those present and
     *     voting, or those present; ignored by a quota fixed for the council
     * @return the number required, at least 0
     */
    int required(int members, int base);

    /**
     * Tells whether the quota depends only on the council's size, not on how many members vote: whether it counts
     * no member's vote ({@link #counts(Vote)}).
     *
     * @return true for a fixed number or a share of all members
     */
    default boolean isFixedForCouncil() {
        return !counts(Vote.YES);
    }

    /**
     * Tells whether a member voting so is one of those the quota is a share of.
     *
     * @param counted the vote as counted, not null
     * @return false for a quota fixed for the council; for a share of those present and voting, true for an
     *     affirmative or negative vote; for a share of those present, true for those and an abstention
     */
    default boolean counts(Vote counted) {
        return false;
    }

    /**
     * Returns a fixed number of affirmative votes, e.g. 9 under the Charter since 1966.
     *
     * @param votes the number, at least 1
     * @return the quota
     */
    static Quota votes(int votes) {
        return new Fixed(votes);
    }

    /**
     * Returns the absolute majority: more than half of all members (8 of 15), as for ICJ elections.
     *
     * @return the quota
     */
    static Quota majorityOfMembers() {
        return new ShareOfMembers(1, 2, true);
    }

    /**
     * Returns at least a share of all members, rounded up: {@code ofMembers(3, 5)} is 60%, 9 of 15.
     *
     * @param numerator the share's numerator, at least 1
     * @param denominator the share's denominator, at least the numerator
     * @return the quota
     */
    static Quota ofMembers(int numerator, int denominator) {
        return new ShareOfMembers(numerator, denominator, false);
    }

    /**
     * Returns a simple majority of the members present and voting: more affirmative than negative votes.
     *
     * @return the quota
     */
    static Quota majorityOfPresentAndVoting() {
        return new ShareOfPresentAndVoting(1, 2, true);
    }

    /**
     * Returns at least a share of the members present and voting, rounded up: {@code ofPresentAndVoting(2, 3)} is
     * a two-thirds majority.
     *
     * @param numerator the share's numerator, at least 1
     * @param denominator the share's denominator, at least the numerator
     * @return the quota
     */
    static Quota ofPresentAndVoting(int numerator, int denominator) {
        return new ShareOfPresentAndVoting(numerator, denominator, false);
    }

    /**
     * Returns a majority of the members present: more affirmative votes than half of those voting yes, no or
     * abstaining, so that an abstention weighs as a negative vote.
     *
     * @return the quota
     */
    static Quota majorityOfPresent() {
        return new ShareOfPresent(1, 2, true);
    }

    /**
     * Returns at least a share of the members present (yes, no or abstaining), rounded up.
     *
     * @param numerator the share's numerator, at least 1
     * @param denominator the share's denominator, at least the numerator
     * @return the quota
     */
    static Quota ofPresent(int numerator, int denominator) {
        return new ShareOfPresent(numerator, denominator, false);
    }

    /**
     * A fixed number of affirmative votes.
     *
     * @param votes the number, at least 1
     */
    record Fixed(int votes) implements Quota {
        /**
         * Validates the number.
         *
         * @param votes the number, at least 1
         */
        public Fixed {
            if (votes < 1) {
                throw new IllegalArgumentException("quota must be at least 1 vote: " + votes);
            }
        }

        @Override
        public int required(int members, int base) {
            return votes;
        }

        @Override
        public String toString() {
            return votes + " affirmative votes";
        }
    }

    /**
     * A share of the members, of all of them or of those whose vote it {@link #counts(Vote)}: at least
     * {@code numerator/denominator} of them, or more than that share if {@code strict}; a share of those counted
     * requires at least one affirmative vote in any case.
     */
    sealed interface Share extends Quota permits ShareOfMembers, ShareOfPresentAndVoting, ShareOfPresent {

        /**
         * Returns the share's numerator.
         *
         * @return the numerator, at least 1
         */
        int numerator();

        /**
         * Returns the share's denominator.
         *
         * @return the denominator, at least the numerator
         */
        int denominator();

        /**
         * Tells whether the quota is more than the share, rather than at least it.
         *
         * @return true for "more than", false for "at least"
         */
        boolean strict();

        @Override
        default int required(int members, int base) {
            return isFixedForCouncil() ? share(members, numerator(), denominator(), strict())
                    : Math.max(1, share(base, numerator(), denominator(), strict()));
        }
    }

    /**
     * A share of all members: at least {@code numerator/denominator} of them, or more than that share if
     * {@code strict}.
     *
     * @param numerator the numerator, at least 1
     * @param denominator the denominator, at least the numerator
     * @param strict true for "more than", false for "at least"
     */
    record ShareOfMembers(int numerator, int denominator, boolean strict) implements Share {
        /**
         * Validates the share.
         *
         * @param numerator the numerator, at least 1
         * @param denominator the denominator, at least the numerator
         * @param strict true for "more than", false for "at least"
         */
        public ShareOfMembers {
            checkShare(numerator, denominator);
        }

        @Override
        public String toString() {
            return describe(this, "of all members");
        }
    }

    /**
     * A share of the members present and voting: at least {@code numerator/denominator} of them, or more than that
     * share if {@code strict}; at least one affirmative vote in any case.
     *
     * @param numerator the numerator, at least 1
     * @param denominator the denominator, at least the numerator
     * @param strict true for "more than", false for "at least"
     */
    record ShareOfPresentAndVoting(int numerator, int denominator, boolean strict) implements Share {
        /**
         * Validates the share.
         *
         * @param numerator the numerator, at least 1
         * @param denominator the denominator, at least the numerator
         * @param strict true for "more than", false for "at least"
         */
        public ShareOfPresentAndVoting {
            checkShare(numerator, denominator);
        }

        @Override
        public boolean counts(Vote counted) {
            return counted.isPresentAndVoting();
        }

        @Override
        public String toString() {
            return describe(this, "of the members present and voting");
        }
    }

    /**
     * A share of the members present: those voting yes or no and those abstaining, but not those absent or present
     * and not participating. At least {@code numerator/denominator} of them, or more than that share if
     * {@code strict}; at least one affirmative vote in any case. Unlike a share of those present and voting, an
     * abstention here works as a negative vote: "a majority of the delegates present" in many Model UN rules of
     * procedure.
     *
     * @param numerator the numerator, at least 1
     * @param denominator the denominator, at least the numerator
     * @param strict true for "more than", false for "at least"
     */
    record ShareOfPresent(int numerator, int denominator, boolean strict) implements Share {
        /**
         * Validates the share.
         *
         * @param numerator the numerator, at least 1
         * @param denominator the denominator, at least the numerator
         * @param strict true for "more than", false for "at least"
         */
        public ShareOfPresent {
            checkShare(numerator, denominator);
        }

        @Override
        public boolean counts(Vote counted) {
            return counted.isPresentAndVoting() || counted == Vote.ABSTAIN;
        }

        @Override
        public String toString() {
            return describe(this, "of the members present");
        }
    }

    private static void checkShare(int numerator, int denominator) {
        if (numerator < 1 || denominator < numerator) {
            throw new IllegalArgumentException("share must be between 0 and 1 with a positive numerator: "
                    + numerator + "/" + denominator);
        }
    }

    private static String describe(Share share, String of) {
        return (share.strict() ? "more than " : "at least ") + share.numerator() + "/" + share.denominator() + " " + of;
    }

    private static int share(int count, int numerator, int denominator, boolean strict) {
        long product = (long) count * numerator;
        return (int) (strict ? product / denominator + 1 : (product + denominator - 1) / denominator);
    }
}
