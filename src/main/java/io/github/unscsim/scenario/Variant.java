package io.github.unscsim.scenario;

import com.google.common.collect.ImmutableSortedMap;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.reform.ReformModel;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named change to a scenario's base: positions set, another council, a changed rule.
 *
 * <p>When the council is replaced, the base's named positions of members not on the new council are dropped, the
 * members only on the new council take the base's default position, and a member with no default must be set by
 * the variant (otherwise evaluating the scenario fails, naming the member). A variant's rule change applies on top
 * of the base's, to the rule in force for the (new) council's date and the question. A variant's {@link Correlation}
 * replaces the base's whole ({@link Correlation#none()} for independence); without one the variant takes the base's,
 * less the bloc members not on its council. Immutable and thread-safe.
 *
 * @param name the variant's name, not blank
 * @param set the positions this variant sets, by alpha-3 code, not null
 * @param council the council instead of the base's, or empty to keep it
 * @param rule the change to the base's rule, not null ({@link RuleSpec#unchanged()} for none)
 * @param correlation the correlation instead of the base's, or empty to keep it
 */
public record Variant(String name, Map<String, VoteDistribution> set, Optional<Council> council, RuleSpec rule,
        Optional<Correlation> correlation) {

    /**
     * Validates the components and copies the positions.
     *
     * @param name the name, not blank
     * @param set the positions set, by code, not null
     * @param council the council instead, or empty
     * @param rule the rule change, not null
     * @param correlation the correlation instead, or empty
     */
    public Variant {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a variant's name must not be blank");
        }
        set.keySet().forEach(MemberState::checkCode);
        set = ImmutableSortedMap.copyOf(set);
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(correlation, "correlation");
    }

    /**
     * Creates a variant that keeps the base's correlation.
     *
     * @param name the name, not blank
     * @param set the positions set, by code, not null
     * @param council the council instead, or empty
     * @param rule the rule change, not null
     */
    public Variant(String name, Map<String, VoteDistribution> set, Optional<Council> council, RuleSpec rule) {
        this(name, set, council, rule, Optional.empty());
    }

    /**
     * Returns a variant that only sets positions.
     *
     * @param name the name, not blank
     * @param set the positions set, by code, not null
     * @return the variant
     */
    public static Variant setting(String name, Map<String, VoteDistribution> set) {
        return new Variant(name, set, Optional.empty(), RuleSpec.unchanged());
    }

    /**
     * Returns this variant with another council.
     *
     * @param other the council, not null
     * @return the variant
     */
    public Variant withCouncil(Council other) {
        return new Variant(name, set, Optional.of(other), rule, correlation);
    }

    /**
     * Returns this variant on a reform model's council under the model's rule (its quota, its veto holders); a rule
     * change this variant already has applies on top.
     *
     * @param model the model, not null
     * @return the variant
     */
    public Variant withReform(ReformModel model) {
        return new Variant(name, set, Optional.of(model.council()), rule.over(RuleSpec.of(model)), correlation);
    }

    /**
     * Returns this variant with a rule change.
     *
     * @param other the rule change, not null
     * @return the variant
     */
    public Variant withRule(RuleSpec other) {
        return new Variant(name, set, council, other, correlation);
    }

    /**
     * Returns this variant with its own correlation, in place of the base's.
     *
     * @param other the correlation, not null ({@link Correlation#none()} for independence)
     * @return the variant
     */
    public Variant withCorrelation(Correlation other) {
        return new Variant(name, set, council, rule, Optional.of(other));
    }
}
