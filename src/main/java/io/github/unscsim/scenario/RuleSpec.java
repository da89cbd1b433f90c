package io.github.unscsim.scenario;

import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.rules.QuotaRule;
import io.github.unscsim.rules.RulePreset;
import io.github.unscsim.rules.RulePresets;
import io.github.unscsim.rules.VetoHolders;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A change to the rule in force: a named rule instead ({@link RulePresets}), and on top of it, or of the rule in
 * force, another quota, other veto holders, an abstention that blocks or not. What it does not set is kept from the
 * rule it is applied to, including Art. 27(3)'s obligatory abstention. {@link #unchanged()} keeps the rule as it
 * is. Immutable and thread-safe.
 *
 * @param preset the named rule instead of the rule in force's counting, or empty to keep it
 * @param quota the quota instead, or empty to keep it
 * @param vetoHolders the veto holders instead, or empty to keep them
 * @param abstentionIsVeto whether a veto holder's abstention blocks, or empty to keep the blocking votes
 */
public record RuleSpec(Optional<RulePreset> preset, Optional<Quota> quota, Optional<VetoHolders> vetoHolders,
        Optional<Boolean> abstentionIsVeto) {

    private static final RuleSpec UNCHANGED = new RuleSpec(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /**
     * Validates the components.
     *
     * @param preset the named rule instead, or empty
     * @param quota the quota instead, or empty
     * @param vetoHolders the veto holders instead, or empty
     * @param abstentionIsVeto whether an abstention blocks, or empty
     */
    public RuleSpec {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(vetoHolders, "vetoHolders");
        Objects.requireNonNull(abstentionIsVeto, "abstentionIsVeto");
    }

    /**
     * Creates a change of quota, veto holders or blocking abstention, with no named rule.
     *
     * @param quota the quota instead, or empty
     * @param vetoHolders the veto holders instead, or empty
     * @param abstentionIsVeto whether an abstention blocks, or empty
     */
    public RuleSpec(Optional<Quota> quota, Optional<VetoHolders> vetoHolders, Optional<Boolean> abstentionIsVeto) {
        this(Optional.empty(), quota, vetoHolders, abstentionIsVeto);
    }

    /**
     * Returns a named rule instead of the rule in force ({@link RulePresets#named(String)}).
     *
     * @param name the preset's name, e.g. {@code two-thirds}, not null
     * @return the change
     * @throws IllegalArgumentException naming the unknown name and listing the names
     */
    public static RuleSpec preset(String name) {
        return of(RulePresets.named(name));
    }

    /**
     * Returns a named rule instead of the rule in force.
     *
     * @param preset the preset, not null
     * @return the change
     */
    public static RuleSpec of(RulePreset preset) {
        return new RuleSpec(Optional.of(preset), Optional.empty(), Optional.empty(), Optional.empty());
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
     * Returns a Model UN majority: more affirmative than negative votes, no veto (the preset
     * {@code simple-majority}).
     *
     * @return the change
     */
    public static RuleSpec simpleMajority() {
        return preset("simple-majority");
    }

    /**
     * Returns this change with another quota.
     *
     * @param other the quota, not null
     * @return the change
     */
    public RuleSpec withQuota(Quota other) {
        return new RuleSpec(preset, Optional.of(other), vetoHolders, abstentionIsVeto);
    }

    /**
     * Returns this change with other veto holders.
     *
     * @param other the veto holders, not null
     * @return the change
     */
    public RuleSpec withVetoHolders(VetoHolders other) {
        return new RuleSpec(preset, quota, Optional.of(other), abstentionIsVeto);
    }

    /**
     * Returns this change with an abstention that blocks, or not.
     *
     * @param blocks true if a veto holder's abstention blocks
     * @return the change
     */
    public RuleSpec withAbstentionIsVeto(boolean blocks) {
        return new RuleSpec(preset, quota, vetoHolders, Optional.of(blocks));
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
     * Returns this change applied on top of another: what the other sets and this does not is kept, unless this
     * names a rule, which replaces whatever is underneath.
     *
     * @param under the change underneath, not null
     * @return the combined change
     */
    public RuleSpec over(RuleSpec under) {
        Objects.requireNonNull(under, "under");
        if (preset.isPresent()) {
            return this;
        }
        return new RuleSpec(under.preset, quota.or(under::quota), vetoHolders.or(under::vetoHolders),
                abstentionIsVeto.or(under::abstentionIsVeto));
    }

    /**
     * Applies the change to a rule: the quota rule that counts its votes ({@link AdoptionRule#withCounting}) is
     * replaced by this change's named rule, if any, then takes this change's quota, veto holders and blocking
     * abstention; what this change does not set, Art. 27(3)'s obligatory abstention included, is kept.
     *
     * @param rule the rule, not null
     * @return the changed rule: named as the preset, then "..., changed: " and the other changes if any; or
     *     {@code rule} itself if nothing is set
     */
    public AdoptionRule apply(AdoptionRule rule) {
        Objects.requireNonNull(rule, "rule");
        AdoptionRule base = preset.map(p -> rule.withCounting(counting -> p.rule())).orElse(rule);
        if (quota.isEmpty() && vetoHolders.isEmpty() && abstentionIsVeto.isEmpty()) {
            return base;
        }
        String changes = String.join("; ", changes());
        return base.withCounting(counting -> {
            QuotaRule changed = counting.withName(counting.name() + ", changed: " + changes)
                    .withQuota(quota.orElse(counting.quota()))
                    .withVetoHolders(vetoHolders.orElse(counting.vetoHolders()));
            return abstentionIsVeto.map(changed::withAbstentionIsVeto).orElse(changed);
        });
    }

    /**
     * Returns what is changed, e.g. {@code quota 10 affirmative votes; veto: nobody}, {@code rule two-thirds}, or
     * {@code unchanged}.
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        preset.ifPresent(p -> parts.add("rule " + p.name()));
        parts.addAll(changes());
        return parts.isEmpty() ? "unchanged" : String.join("; ", parts);
    }

    private List<String> changes() {
        List<String> parts = new ArrayList<>();
        quota.ifPresent(q -> parts.add("quota " + q));
        vetoHolders.ifPresent(v -> parts.add("veto: " + v));
        abstentionIsVeto.ifPresent(b -> parts.add(b ? "an abstention blocks" : "an abstention does not block"));
        return parts;
    }
}
