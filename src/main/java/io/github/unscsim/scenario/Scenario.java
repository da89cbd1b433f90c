package io.github.unscsim.scenario;

import com.google.common.collect.ImmutableList;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.DraftResolution;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A what-if scenario: a base (a council, a question, each member's position, fixed or probabilistic, a change
 * to the rule in force, and how the members vote together) and named {@link Variant}s. {@link #evaluate()} gives
 * the outcome of the base and of every variant where every position is fixed; otherwise the exact odds
 * ({@link ExactOdds}) where the members vote independently, and the simulated odds with their intervals
 * ({@link MonteCarloOdds}) where a {@link Correlation} ties them; and what each variant changed. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Scenario scenario = new Scenario(Councils.ofYear(2016), Question.substantive(),
 *         PositionSpec.of(Map.of("RUS", Vote.NO, "CHN", Vote.ABSTAIN), Vote.YES), RuleSpec.unchanged(),
 *         List.of(Variant.setting("Russia abstains", Map.of("RUS", VoteDistribution.certain(Vote.ABSTAIN)))));
 * Scenario.Result result = scenario.evaluate();
 * }</pre>
 *
 * @param council the base council, not null
 * @param question the question, not null
 * @param positions the base positions, not null
 * @param rule the base's change to the rule in force, not null
 * @param variants the variants, not null, names unique
 * @param correlation how the base's members vote together, not null ({@link Correlation#none()} for independence)
 * @param draft the symbol of the draft resolution voted on ({@code S/2016/846}), if the scenario names one; it
 *     changes no count, and reports name the draft (and, where the record knows them, its sponsors)
 */
public record Scenario(Council council, Question question, PositionSpec positions, RuleSpec rule,
        List<Variant> variants, Correlation correlation, Optional<String> draft) {

    /**
     * Validates the components and copies the variants.
     *
     * @param council the base council, not null
     * @param question the question, not null
     * @param positions the base positions, not null
     * @param rule the base rule change, not null
     * @param variants the variants, not null, names unique
     * @param correlation the base's correlation, not null
     * @param draft the draft's symbol, if any, not null
     * @throws IllegalArgumentException if the draft's symbol is not a Security Council document symbol
     */
    public Scenario {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(rule, "rule");
        variants = ImmutableList.copyOf(variants);
        Set<String> names = new HashSet<>();
        for (Variant variant : variants) {
            if (!names.add(variant.name())) {
                throw new IllegalArgumentException("two variants are named '" + variant.name() + "'");
            }
        }
        Objects.requireNonNull(correlation, "correlation");
        Objects.requireNonNull(draft, "draft").ifPresent(DraftResolution::checkSymbol);
    }

    /**
     * Creates a scenario that names no draft.
     *
     * @param council the base council, not null
     * @param question the question, not null
     * @param positions the base positions, not null
     * @param rule the base rule change, not null
     * @param variants the variants, not null, names unique
     * @param correlation the base's correlation, not null
     */
    public Scenario(Council council, Question question, PositionSpec positions, RuleSpec rule,
            List<Variant> variants, Correlation correlation) {
        this(council, question, positions, rule, variants, correlation, Optional.empty());
    }

    /**
     * Creates a scenario whose members vote independently.
     *
     * @param council the base council, not null
     * @param question the question, not null
     * @param positions the base positions, not null
     * @param rule the base rule change, not null
     * @param variants the variants, not null, names unique
     */
    public Scenario(Council council, Question question, PositionSpec positions, RuleSpec rule,
            List<Variant> variants) {
        this(council, question, positions, rule, variants, Correlation.none());
    }

    /**
     * Returns this scenario with another correlation for its base (and the variants that keep the base's).
     *
     * @param other the correlation, not null
     * @return the scenario
     */
    public Scenario withCorrelation(Correlation other) {
        return new Scenario(council, question, positions, rule, variants, other, draft);
    }

    /**
     * Returns this scenario naming the draft voted on.
     *
     * @param symbol the draft's symbol, {@code S/2016/846} or {@code S/1234}, not null
     * @return the scenario
     * @throws IllegalArgumentException if the symbol is not a Security Council document symbol
     */
    public Scenario withDraft(String symbol) {
        return new Scenario(council, question, positions, rule, variants, correlation,
                Optional.of(Objects.requireNonNull(symbol, "symbol")));
    }

    /**
     * Returns the base's positions on the base council.
     *
     * @return the positions
     * @throws IllegalArgumentException if a position is for a non-member or a member has none
     */
    public Positions basePositions() {
        return positions.resolve(council, question);
    }

    /**
     * Returns the base's rule: the rule in force for the council's date and the question, changed by {@link #rule()}.
     *
     * @return the rule
     */
    public AdoptionRule baseRule() {
        return rule.apply(inForce(council));
    }

    /**
     * Evaluates the base and every variant.
     *
     * @return the evaluations
     * @throws IllegalArgumentException if the base or a variant gives a position to a non-member or none to a member,
     *     or puts a non-member in a bloc
     */
    public Result evaluate() {
        Positions basePositions = basePositions();
        AdoptionRule baseRule = baseRule();
        correlation.check(council);
        Evaluation base = evaluate("base", basePositions, baseRule, correlation, List.of());
        List<Evaluation> evaluations = new ArrayList<>();
        for (Variant variant : variants) {
            Council on = variant.council().orElse(council);
            PositionSpec spec = positions.on(on).with(variant.set());
            Positions changed;
            Correlation together = variant.correlation().orElse(correlation.on(on));
            try {
                changed = spec.resolve(on, question);
                together.check(on);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("variant '" + variant.name() + "': " + e.getMessage(), e);
            }
            AdoptionRule changedRule = variant.rule().over(rule).apply(inForce(on));
            List<Difference> changes = differences(basePositions, baseRule, changed, changedRule);
            if (!together.equals(correlation)) {
                changes.add(new Difference("correlation", correlation.toString(), together.toString()));
            }
            evaluations.add(evaluate(variant.name(), changed, changedRule, together, changes));
        }
        return new Result(base, evaluations);
    }

    private AdoptionRule inForce(Council on) {
        return AdoptionRules.inForce(on, question);
    }

    private static Evaluation evaluate(String name, Positions positions, AdoptionRule rule, Correlation correlation,
            List<Difference> changes) {
        if (positions.isCertain()) {
            Outcome outcome = rule.evaluate(positions.ballot());
            AdoptionOdds.Result odds = new AdoptionOdds.Result(outcome.isAdopted() ? 1 : 0,
                    outcome.isVetoed() ? 1 : 0, outcome.isAdopted() || outcome.isVetoed() ? 0 : 1);
            return new Evaluation(name, positions, rule, odds, Optional.of(outcome), changes, Optional.empty());
        }
        if (correlation.isIndependent()) {
            return new Evaluation(name, positions, rule, new ExactOdds().odds(positions, rule), Optional.empty(),
                    changes, Optional.empty());
        }
        MonteCarloOdds.Estimate estimate = correlation.odds().estimate(positions, rule);
        return new Evaluation(name, positions, rule, estimate.odds(), Optional.empty(), changes,
                Optional.of(estimate));
    }

    private static List<Difference> differences(Positions before, AdoptionRule beforeRule, Positions after,
            AdoptionRule afterRule) {
        List<Difference> result = new ArrayList<>();
        if (!before.council().equals(after.council())) {
            result.add(new Difference("council", before.council().name(), after.council().name()));
        }
        Set<MemberState> members = new LinkedHashSet<>(before.council().members());
        members.addAll(after.council().members());
        for (MemberState member : members) {
            String was = position(before, member);
            String now = position(after, member);
            if (!was.equals(now)) {
                result.add(new Difference(member.code(), was, now));
            }
        }
        if (!beforeRule.equals(afterRule)) {
            result.add(new Difference("rule", beforeRule.name(), afterRule.name()));
        }
        return result;
    }

    private static String position(Positions positions, MemberState member) {
        VoteDistribution distribution = positions.distributions().get(member);
        return distribution == null ? "not a member" : distribution.toString();
    }

    /**
     * One thing a variant changed: a member's position, the council or the rule.
     *
     * @param subject a member's alpha-3 code, {@code council} or {@code rule}, not null
     * @param before the base's value, not null
     * @param after the variant's value, not null
     */
    public record Difference(String subject, String before, String after) {

        /**
         * Validates the components.
         *
         * @param subject what changed, not null
         * @param before the base's value, not null
         * @param after the variant's value, not null
         */
        public Difference {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /** Returns e.g. {@code RUS: no -> abstain}. */
        @Override
        public String toString() {
            return subject + ": " + before + " -> " + after;
        }
    }

    /** How an evaluation's odds were obtained. */
    public enum Method {
        /** Exactly: the outcome of fixed positions, or {@link ExactOdds} for independent members. */
        EXACT,
        /** By simulation ({@link MonteCarloOdds}), for members tied by a {@link Correlation}. */
        MONTE_CARLO;

        /**
         * Returns the method's name in files and JSON: {@code exact} or {@code monte-carlo}.
         *
         * @return the label
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The base's or one variant's evaluation.
     *
     * @param name {@code base} or the variant's name, not null
     * @param positions the positions evaluated, not null
     * @param rule the rule applied, not null
     * @param odds the probabilities of the three outcomes (0 or 1 where every position is fixed), not null
     * @param outcome the outcome where every position is fixed, else empty
     * @param changes what the variant changed from the base, empty for the base, not null
     * @param estimate the simulation's estimate with its intervals, trials and seed where the odds were simulated,
     *     else empty
     */
    public record Evaluation(String name, Positions positions, AdoptionRule rule, AdoptionOdds.Result odds,
            Optional<Outcome> outcome, List<Difference> changes, Optional<MonteCarloOdds.Estimate> estimate) {

        /**
         * Validates the components and copies the changes.
         *
         * @param name the name, not null
         * @param positions the positions, not null
         * @param rule the rule, not null
         * @param odds the odds, not null
         * @param outcome the outcome, or empty
         * @param changes the changes, not null
         * @param estimate the simulation's estimate, or empty
         */
        public Evaluation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(positions, "positions");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(odds, "odds");
            Objects.requireNonNull(outcome, "outcome");
            changes = ImmutableList.copyOf(changes);
            Objects.requireNonNull(estimate, "estimate");
        }

        /**
         * Returns how the odds were obtained: {@link Method#MONTE_CARLO} where there is an estimate.
         *
         * @return the method
         */
        public Method method() {
            return estimate.isPresent() ? Method.MONTE_CARLO : Method.EXACT;
        }
    }

    /**
     * The evaluations of a scenario.
     *
     * @param base the base's, not null
     * @param variants each variant's, in order, not null
     */
    public record Result(Evaluation base, List<Evaluation> variants) {

        /**
         * Copies the variants.
         *
         * @param base the base's evaluation, not null
         * @param variants the variants' evaluations, not null
         */
        public Result {
            Objects.requireNonNull(base, "base");
            variants = ImmutableList.copyOf(variants);
        }

        /**
         * Returns a variant's evaluation by name.
         *
         * @param name the variant's name, not null
         * @return the evaluation
         * @throws IllegalArgumentException if there is no such variant
         */
        public Evaluation variant(String name) {
            return variants.stream().filter(v -> v.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no variant named '" + name + "'"));
        }
    }

    /**
     * Returns the evaluation of the base's positions by the given odds strategy, under the base rule.
     *
     * @param odds the strategy, not null
     * @return the odds
     */
    public AdoptionOdds.Result baseOdds(AdoptionOdds odds) {
        return odds.odds(basePositions(), baseRule());
    }
}
