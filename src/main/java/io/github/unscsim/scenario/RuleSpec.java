package io.github.unscsim.scenario;

import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.rules.QuotaRule;
import io.github.unscsim.rules.VetoHolders;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A change to the rule in force: another quota, other veto holders, an abstention that blocks or not. What it does
 * not set is kept from the rule it is applied to, including Art. 27(3)'s obligatory abstention.
 * {@link #unchanged()} keeps the rule as it is. Immutable and thread-safe.
 *
 * @param quota the quota instead, or empty to keep it
 * @param vetoHolders the veto holders instead, or empty to keep them
 * @param abstentionIsVeto whether a veto holder's abstention blocks, or empty to keep the blocking votes
 */
public record RuleSpec(Optional<Quota> quota, Optional<VetoHolders> vetoHolders, Optional<Boolean> abstentionIsVeto) {

    private static final RuleSpec UNCHANGED = new RuleSpec(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Validates the components.
     *
     * @param quota the quota instead, or empty
     * @param vetoHolders the veto holders instead, or empty
     * @param abstentionIsVeto whether an abstention blocks, or empty
     */
    public RuleSpec {
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(vetoHolders, "vetoHolders");
        Objects.requireNonNull(abstentionIsVeto, "abstentionIsVeto");
    }

    /**
     * Returns no change.
     *
     * @return the rule as it is
     */
    public static RuleSpec unchanged() {
        return UNCHANGED;
    }

    /**
     * Returns another fixed number of affirmative votes.
     *
     * @param votes at least 1
     * @return the change
     */
    public static RuleSpec votes(int votes) {
        return UNCHANGED.withQuota(Quota.votes(votes));
    }

    /**
     * Returns a rule with no veto.
     *
     * @return the change
     */
    public static RuleSpec noVeto() {
        return UNCHANGED.withVetoHolders(VetoHolders.none());
    }

    /**
     * Returns a veto for the named members only (e.g. the permanent members of a reform council, old and new).
     *
     * @param codes alpha-3 codes, not null
     * @return the change
     */
    public static RuleSpec vetoHolders(Set<String> codes) {
        return UNCHANGED.withVetoHolders(VetoHolders.of(codes));
    }

    /**
     * Returns the rule of a reform model: its quota, and a veto for its veto holders only.
     *
     * @param model the model, not null
     * @return the change
     */
    public static RuleSpec of(ReformModel model) {
        return votes(model.quota()).withVetoHolders(VetoHolders.of(Set.copyOf(model.vetoHolders())));
    }

    /**
     * Returns a Model UN majority: more affirmative than negative votes, no veto.
     *
     * @return the change
     */
    public static RuleSpec simpleMajority() {
        return new RuleSpec(Optional.of(Quota.majorityOfPresentAndVoting()), Optional.of(VetoHolders.none()),
                Optional.empty());
    }

    /**
     * Returns this change with another quota.
     *
     * @param other the quota, not null
     * @return the change
     */
    public RuleSpec withQuota(Quota other) {
        return new RuleSpec(Optional.of(other), vetoHolders, abstentionIsVeto);
    }

    /**
     * Returns this change with other veto holders.
     *
     * @param other the veto holders, not null
     * @return the change
     */
    public RuleSpec withVetoHolders(VetoHolders other) {
        return new RuleSpec(quota, Optional.of(other), abstentionIsVeto);
    }

    /**
     * Returns this change with an abstention that blocks, or not.
     *
     * @param blocks true if a veto holder's abstention blocks
     * @return the change
     */
    public RuleSpec withAbstentionIsVeto(boolean blocks) {
        return new RuleSpec(quota, vetoHolders, Optional.of(blocks));
    }

    /**
     * Tells whether this is no change.
     *
     * @return true if nothing is set
     */
    public boolean isUnchanged() {
        return equals(UNCHANGED);
    }

    /**
     * Returns this change applied on top of another: what the other sets and this does not is kept.
     *
     * @param under the change underneath, not null
     * @return the combined change
     */
    public RuleSpec over(RuleSpec under) {
        return new RuleSpec(quota.or(under::quota), vetoHolders.or(under::vetoHolders),
                abstentionIsVeto.or(under::abstentionIsVeto));
    }

    /**
     * Applies the change to a rule: the quota rule that counts its votes ({@link AdoptionRule#withCounting}) takes
     * this change's quota, veto holders and blocking abstention; what this change does not set, Art. 27(3)'s
     * obligatory abstention included, is kept.
     *
     * @param rule the rule, not null
     * @return the changed rule, named "..., changed: " and this change, or {@code rule} itself if nothing is set
     */
    public AdoptionRule apply(AdoptionRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (isUnchanged()) {
            return rule;
        }
        return rule.withCounting(counting -> {
            QuotaRule changed = counting.withName(counting.name() + ", changed: " + this)
                    .withQuota(quota.orElse(counting.quota()))
                    .withVetoHolders(vetoHolders.orElse(counting.vetoHolders()));
            return abstentionIsVeto.map(changed::withAbstentionIsVeto).orElse(changed);
        });
    }

    /** Returns what is changed, e.g. {@code quota 10 affirmative votes; veto: nobody}, or {@code unchanged}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        quota.ifPresent(q -> parts.add("quota " + q));
        vetoHolders.ifPresent(v -> parts.add("veto: " + v));
        abstentionIsVeto.ifPresent(b -> parts.add(b ? "an abstention blocks" : "an abstention does not block"));
        return parts.isEmpty() ? "unchanged" : String.join("; ", parts);
    }
}
