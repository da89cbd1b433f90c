package io.github.unscsim.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Tally;
import io.github.unscsim.model.Vote;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rule every Council rule is an instance of: a {@link Quota} of affirmative votes, and a set of
 * {@link VetoHolders} any of whom blocks adoption by casting one of the blocking votes (under the Charter as
 * practised, a negative vote only: a permanent member's abstention, absence or non-participation is not a veto).
 *
 * <p>The draft is adopted when it has the required affirmative votes and no veto holder casts a blocking vote. It is
 * VETOED when it has the votes but a veto holder blocks it, and FAILED when it lacks the votes, whatever the veto
 * holders did. Runs in time linear in the council's size. Immutable and thread-safe; build one with
 * {@link #builder(String)} or take one from {@link AdoptionRules}.
 */
public final class QuotaRule implements AdoptionRule {

    /** The blocking votes of the Charter as practised: a negative vote only. */
    public static final Set<Vote> NEGATIVE_VOTE_ONLY = Sets.immutableEnumSet(Vote.NO);

    private final String name;
    private final Quota quota;
    private final VetoHolders vetoHolders;
    private final Set<Vote> blockingVotes;

    private QuotaRule(Builder builder) {
        this.name = builder.name;
        this.quota = builder.quota;
        this.vetoHolders = builder.vetoHolders;
        this.blockingVotes = Sets.immutableEnumSet(builder.blockingVotes);
    }

    /**
     * Starts a rule with the given name; by default it requires 9 affirmative votes, gives the permanent members a
     * veto, and only a negative vote blocks.
     *
     * @param name the rule's name, not blank
     * @return a builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * Returns the quota of affirmative votes.
     *
     * @return the quota
     */
    public Quota quota() {
        return quota;
    }

    /**
     * Returns who holds a veto.
     *
     * @return the veto holders
     */
    public VetoHolders vetoHolders() {
        return vetoHolders;
    }

    /**
     * Returns the votes by which a veto holder blocks adoption.
     *
     * @return the blocking votes, immutable, not empty
     */
    public Set<Vote> blockingVotes() {
        return blockingVotes;
    }

    @Override
    public Outcome evaluate(Ballot ballot) {
        Objects.requireNonNull(ballot, "ballot");
        Tally tally = ballot.tally();
        int required = quota.required(ballot.council().size(), tally.presentAndVoting());
        if (tally.yes() < required) {
            return new Outcome(ballot, name, OutcomeType.FAILED, tally, required, List.of(),
                    Explanations.failed(tally, required));
        }
        ImmutableList.Builder<MemberState> vetoing = ImmutableList.builder();
        Set<Vote> cast = EnumSet.noneOf(Vote.class);
        boolean allPermanent = true;
        for (Map.Entry<MemberState, Vote> entry : ballot.votes().entrySet()) {
            MemberState member = entry.getKey();
            if (blockingVotes.contains(entry.getValue()) && vetoHolders.holdsVeto(ballot.council(), member)) {
                vetoing.add(member);
                cast.add(entry.getValue());
                allPermanent &= ballot.council().isPermanent(member.code());
            }
        }
        List<MemberState> vetoers = vetoing.build();
        if (vetoers.isEmpty()) {
            return new Outcome(ballot, name, OutcomeType.ADOPTED, tally, required, List.of(),
                    Explanations.adopted(tally));
        }
        return new Outcome(ballot, name, OutcomeType.VETOED, tally, required, vetoers,
                Explanations.vetoed(tally, vetoers, cast, allPermanent));
    }

    /** Equal when the names, quotas, veto holders and blocking votes are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof QuotaRule that && name.equals(that.name) && quota.equals(that.quota)
                && vetoHolders.equals(that.vetoHolders) && blockingVotes.equals(that.blockingVotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, quota, vetoHolders, blockingVotes);
    }

    /** Returns the name and the settings. */
    @Override
    public String toString() {
        return name + " [" + quota + "; veto: " + vetoHolders + ", by " + blockingVotes + "]";
    }

    /** Collects a rule's settings. Not thread-safe. */
    public static final class Builder {

        private final String name;
        private Quota quota = Quota.votes(9);
        private VetoHolders vetoHolders = VetoHolders.permanentMembers();
        private Set<Vote> blockingVotes = EnumSet.of(Vote.NO);

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("rule name must not be blank");
            }
            this.name = name;
        }

        /**
         * Sets the quota of affirmative votes.
         *
         * @param quota the quota, not null
         * @return this builder
         */
        public Builder quota(Quota quota) {
            this.quota = Objects.requireNonNull(quota, "quota");
            return this;
        }

        /**
         * Sets a fixed number of affirmative votes.
         *
         * @param votes the number, at least 1
         * @return this builder
         */
        public Builder votes(int votes) {
            return quota(Quota.votes(votes));
        }

        /**
         * Sets who holds a veto.
         *
         * @param holders the veto holders, not null
         * @return this builder
         */
        public Builder vetoHolders(VetoHolders holders) {
            this.vetoHolders = Objects.requireNonNull(holders, "holders");
            return this;
        }

        /**
         * Sets the votes by which a veto holder blocks adoption; {@code NO} and {@code ABSTAIN} make an abstention
         * a veto, as a literal reading of "concurring votes" would.
         *
         * @param votes the blocking votes, not empty, not including {@code YES}
         * @return this builder
         */
        public Builder blockingVotes(Set<Vote> votes) {
            Objects.requireNonNull(votes, "votes");
            if (votes.isEmpty() || votes.contains(Vote.YES)) {
                throw new IllegalArgumentException(
                        "blocking votes must be non-empty and must not include yes: " + votes);
            }
            this.blockingVotes = EnumSet.copyOf(votes);
            return this;
        }

        /**
         * Makes a veto holder's abstention block adoption, or not (the default).
         *
         * @param blocks true if an abstention blocks
         * @return this builder
         */
        public Builder abstentionIsVeto(boolean blocks) {
            if (blocks) {
                blockingVotes.add(Vote.ABSTAIN);
            } else {
                blockingVotes.remove(Vote.ABSTAIN);
            }
            return this;
        }

        /**
         * Builds the rule.
         *
         * @return the rule
         */
        public QuotaRule build() {
            return new QuotaRule(this);
        }
    }
}
