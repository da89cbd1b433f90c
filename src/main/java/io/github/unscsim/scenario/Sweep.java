package io.github.unscsim.scenario;

import com.google.common.collect.ImmutableList;
import io.github.unscsim.rules.AdoptionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of the odds of adoption as one parameter varies: a member's probability of abstaining
 * ({@link #abstention}) or the number of affirmative votes required ({@link #threshold}). Immutable and
 * thread-safe.
 *
 * @param parameter what varies, e.g. {@code P(RUS abstains)} or {@code votes required}, not null
 * @param rows one row per value, in order, not null
 */
public record Sweep(String parameter, List<Row> rows) {

    /**
     * Copies the rows.
     *
     * @param parameter what varies, not null
     * @param rows the rows, not null
     */
    public Sweep {
        Objects.requireNonNull(parameter, "parameter");
        rows = ImmutableList.copyOf(rows);
    }

    /**
     * Varies a member's probability of abstaining from 0 to 1 in equal steps. At each value the member's other
     * votes keep their proportions and share the rest ({@link VoteDistribution#withAbstention(double)}).
     *
     * @param positions the positions, not null
     * @param rule the rule, not null
     * @param code the member's alpha-3 code, not null
     * @param steps the number of steps, at least 1 ({@code steps + 1} rows)
     * @param odds how to compute the odds, not null
     * @return the table
     */
    public static Sweep abstention(Positions positions, AdoptionRule rule, String code, int steps,
            AdoptionOdds odds) {
        Objects.requireNonNull(odds, "odds");
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1: " + steps);
        }
        VoteDistribution distribution = positions.distribution(code);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k <= steps; k++) {
            double p = (double) k / steps;
            rows.add(new Row(p, odds.odds(positions.with(code, distribution.withAbstention(p)), rule)));
        }
        return new Sweep("P(" + code + " abstains)", rows);
    }

    /**
     * Varies the fixed number of affirmative votes required, keeping the veto holders and blocking votes.
     *
     * @param positions the positions, not null
     * @param rule the rule, not null
     * @param from the smallest number, at least 1
     * @param to the largest number, at least {@code from}, at most the council's size
     * @param odds how to compute the odds, not null
     * @return the table
     */
    public static Sweep threshold(Positions positions, AdoptionRule rule, int from, int to, AdoptionOdds odds) {
        Objects.requireNonNull(odds, "odds");
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("thresholds must run from at least 1 upwards: " + from + ".." + to);
        }
        List<Row> rows = new ArrayList<>();
        for (int votes = from; votes <= to; votes++) {
            rows.add(new Row(votes, odds.odds(positions, RuleSpec.votes(votes).apply(rule))));
        }
        return new Sweep("votes required", rows);
    }

    /**
     * One row: a value of the parameter and the odds.
     *
     * @param value the parameter's value
     * @param odds the odds, not null
     */
    public record Row(double value, AdoptionOdds.Result odds) {

        /**
         * Validates the odds.
         *
         * @param value the parameter's value
         * @param odds the odds, not null
         */
        public Row {
            Objects.requireNonNull(odds, "odds");
        }
    }

    /** Returns the table as text, one row a line. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format("%-20s %10s %10s %10s%n", parameter, "adopted",
                "vetoed", "failed"));
        for (Row row : rows) {
            text.append(String.format(java.util.Locale.ROOT, "%-20s %10.6f %10.6f %10.6f%n",
                    row.value == Math.rint(row.value) && row.value > 1 ? String.valueOf((int) row.value)
                            : String.format(java.util.Locale.ROOT, "%.3f", row.value),
                    row.odds.adopted(), row.odds.vetoed(), row.odds.failed()));
        }
        return text.toString();
    }
}
