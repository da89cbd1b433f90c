package io.github.unscsim.rules;

import com.google.common.collect.Sets;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The rule every Council rule is an instance of: a {@link Quota} of affirmative votes, and a set of
 * {@link VetoHolders} any of whom blocks adoption by casting one of the blocking votes (under the Charter as
 * practised, a negative vote only: a permanent member's abstention, absence or non-participation is not a veto).
 *
 * <p>The draft is adopted when it has the required affirmative votes and no veto holder casts a blocking vote. It is
 * VETOED when it has the votes but a veto holder blocks it, and FAILED when it lacks the votes, whatever the veto
 * holders did. Only an affirmative vote counts towards the quota; the members present and voting (for a quota that
 * is a share of them) are those voting yes or no. Absence and non-participation never count towards the quota, are
 * never present and voting, and never block, not even when an abstention does ({@link Builder#abstentionIsVeto}),
 * unless named as blocking votes ({@link Builder#blockingVotes(Set)}); {@link CountingRule} gives the reasons. The
 * rule counts through its compiled form, {@link #compile(Council, Question)}, in time linear in the council's size.
 * Immutable and thread-safe; build one with {@link #builder(String)} or take one from {@link AdoptionRules}.
 */
public final class QuotaRule implements AdoptionRule {

    /** The blocking votes of the Charter as practised: a negative vote only. */
    public static final Set<Vote> NEGATIVE_VOTE_ONLY = Sets.immutableEnumSet(Vote.NO);

    private final String name;
    private final Quota quota;
    private final VetoHolders vetoHolders;
    private final Set<Vote> blockingVotes;
    private final Optional<String> noAbstention;
    /** The last compiled form, a cache: compiling is a pure function of the rule, the council and the question. */
    private volatile CountingRule last;

    private QuotaRule(Builder builder) {
        this.name = builder.name;
        this.quota = builder.quota;
        this.vetoHolders = builder.vetoHolders;
        this.blockingVotes = Sets.immutableEnumSet(builder.blockingVotes);
        this.noAbstention = builder.noAbstention;
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

    /**
     * Returns why an abstention is not allowed under this rule.
     *
     * @return the reason, or empty if an abstention is allowed (the Charter's rules)
     */
    public Optional<String> abstentionNotAllowed() {
        return noAbstention;
    }

    /**
     * Compiles the rule for a council and a question; the last compiled form is kept, so evaluating ballot after
     * ballot of one council compiles once.
     */
    @Override
    public CountingRule compile(Council council, Question question) {
        CountingRule last = this.last;
        if (last != null && last.isFor(council, question)) {
            return last;
        }
        last = CountingRule.of(name, council, question, quota, vetoHolders, blockingVotes, noAbstention);
        this.last = last;
        return last;
    }

    /** Returns {@code change} applied to this rule. */
    @Override
    public QuotaRule withCounting(UnaryOperator<QuotaRule> change) {
        return Objects.requireNonNull(change.apply(this), "changed rule");
    }

    /**
     * Returns this rule with another name.
     *
     * @param other the name, not blank
     * @return the renamed rule
     */
    public QuotaRule withName(String other) {
        return new Builder(other, this).build();
    }

    /**
     * Returns this rule with another quota.
     *
     * @param other the quota, not null
     * @return the changed rule
     */
    public QuotaRule withQuota(Quota other) {
        return new Builder(name, this).quota(other).build();
    }

    /**
     * Returns this rule with other veto holders.
     *
     * @param other the veto holders, not null
     * @return the changed rule
     */
    public QuotaRule withVetoHolders(VetoHolders other) {
        return new Builder(name, this).vetoHolders(other).build();
    }

    /**
     * Returns this rule with a veto holder's abstention blocking adoption, or not, the other blocking votes kept.
     *
     * @param blocks true if an abstention blocks
     * @return the changed rule
     */
    public QuotaRule withAbstentionIsVeto(boolean blocks) {
        return new Builder(name, this).abstentionIsVeto(blocks).build();
    }

    /** Equal when the names, quotas, veto holders, blocking votes and whether an abstention is allowed are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof QuotaRule that && name.equals(that.name) && quota.equals(that.quota)
                && vetoHolders.equals(that.vetoHolders) && blockingVotes.equals(that.blockingVotes)
                && noAbstention.equals(that.noAbstention);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, quota, vetoHolders, blockingVotes, noAbstention);
    }

    /** Returns the name and the settings. */
    @Override
    public String toString() {
        return name + " [" + quota + "; veto: " + vetoHolders + ", by " + blockingVotes
                + noAbstention.map(reason -> "; no abstention: " + reason).orElse("") + "]";
    }

    /** Collects a rule's settings. Not thread-safe. */
    public static final class Builder {

        private final String name;
        private Quota quota = Quota.votes(9);
        private VetoHolders vetoHolders = VetoHolders.permanentMembers();
        private Set<Vote> blockingVotes = EnumSet.of(Vote.NO);
        private Optional<String> noAbstention = Optional.empty();

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("rule name must not be blank");
            }
            this.name = name;
        }

        private Builder(String name, QuotaRule rule) {
            this(name);
            this.quota = rule.quota;
            this.vetoHolders = rule.vetoHolders;
            this.blockingVotes = EnumSet.copyOf(rule.blockingVotes);
            this.noAbstention = rule.noAbstention;
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
            this.blockingVotes = CountingRule.checkBlocking(votes);
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
         * Makes an abstention not allowed: under the rule, members vote yes or no (or are absent), and an abstention
         * is an error that gives this reason ({@link CountingRule#checkAllowed}).
         *
         * @param reason why, e.g. "procedural votes take yes or no only", not blank
         * @return this builder
         */
        public Builder noAbstention(String reason) {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("the reason why no abstention is allowed must not be blank");
            }
            this.noAbstention = Optional.of(reason);
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
