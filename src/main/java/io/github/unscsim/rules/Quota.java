package io.github.unscsim.rules;

import io.github.unscsim.model.Vote;
import java.util.Objects;

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
        return new Share(1, 2, true, Base.MEMBERS);
    }

    /**
     * Returns at least a share of all members, rounded up: {@code ofMembers(3, 5)} is 60%, 9 of 15.
     *
     * @param numerator the share's numerator, at least 1
     * @param denominator the share's denominator, at least the numerator
     * @return the quota
     */
    static Quota ofMembers(int numerator, int denominator) {
        return new Share(numerator, denominator, false, Base.MEMBERS);
    }

    /**
     * Returns a simple majority of the members present and voting: more affirmative than negative votes.
     *
     * @return the quota
     */
    static Quota majorityOfPresentAndVoting() {
        return new Share(1, 2, true, Base.PRESENT_AND_VOTING);
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
        return new Share(numerator, denominator, false, Base.PRESENT_AND_VOTING);
    }

    /**
     * Returns a majority of the members present: more affirmative votes than half of those voting yes, no or
     * abstaining, so that an abstention weighs as a negative vote.
     *
     * @return the quota
     */
    static Quota majorityOfPresent() {
        return new Share(1, 2, true, Base.PRESENT);
    }

    /**
     * Returns at least a share of the members present (yes, no or abstaining), rounded up.
     *
     * @param numerator the share's numerator, at least 1
     * @param denominator the share's denominator, at least the numerator
     * @return the quota
     */
    static Quota ofPresent(int numerator, int denominator) {
        return new Share(numerator, denominator, false, Base.PRESENT);
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
     * Whose votes a {@link Share} is a share of.
     */
    enum Base {
        /** All members of the council, whether they vote or not. */
        MEMBERS("of all members"),
        /** The members voting yes or no (General Assembly rule 86). */
        PRESENT_AND_VOTING("of the members present and voting"),
        /**
         * The members voting yes or no and those abstaining, but not those absent or present and not participating:
         * "a majority of the delegates present" in many Model UN rules of procedure. Unlike a share of those present
         * and voting, an abstention here works as a negative vote.
         */
        PRESENT("of the members present");

        private final String description;

        Base(String description) {
            this.description = description;
        }

        /**
         * Tells whether a member voting so is one of those the share is of.
         *
         * @param counted the vote as counted, not null
         * @return false for all members (the base is the council's size); for those present and voting, true for
         *     an affirmative or negative vote; for those present, true for those and an abstention
         */
        public boolean counts(Vote counted) {
            return switch (this) {
                case MEMBERS -> false;
                case PRESENT_AND_VOTING -> counted.isPresentAndVoting();
                case PRESENT -> counted.isPresentAndVoting() || counted == Vote.ABSTAIN;
            };
        }
    }

    /**
     * A share of the members, of all of them or of those its {@code base} {@link Base#counts(Vote) counts}: at least
     * {@code numerator/denominator} of them, or more than that share if {@code strict}; a share of those counted
     * requires at least one affirmative vote in any case.
     *
     * @param numerator the numerator, at least 1
     * @param denominator the denominator, at least the numerator
     * @param strict true for "more than", false for "at least"
     * @param base whose votes it is a share of, not null
     */
    record Share(int numerator, int denominator, boolean strict, Base base) implements Quota {
        /**
         * Validates the share.
         *
         * @param numerator the numerator, at least 1
         * @param denominator the denominator, at least the numerator
         * @param strict true for "more than", false for "at least"
         * @param base whose votes it is a share of, not null
         */
        public Share {
            if (numerator < 1 || denominator < numerator) {
                throw new IllegalArgumentException("share must be between 0 and 1 with a positive numerator: "
                        + numerator + "/" + denominator);
            }
            Objects.requireNonNull(base, "base");
        }

        /**
         * Tells whether the share is a simple majority of its base: more than 1/2.
         *
         * @return true for more than 1/2
         */
        public boolean isMajority() {
            return strict && numerator == 1 && denominator == 2;
        }

        @Override
        public boolean counts(Vote counted) {
            return base.counts(counted);
        }

        @Override
        public int required(int members, int counted) {
            return base == Base.MEMBERS ? share(members) : Math.max(1, share(counted));
        }

        private int share(int count) {
            long product = (long) count * numerator;
            return (int) (strict ? product / denominator + 1 : (product + denominator - 1) / denominator);
        }

        @Override
        public String toString() {
            return (strict ? "more than " : "at least ") + numerator + "/" + denominator + " " + base.description;
        }
    }
}
