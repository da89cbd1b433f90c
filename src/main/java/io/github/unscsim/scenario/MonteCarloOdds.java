package io.github.unscsim.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.CountingRule;
import io.github.unscsim.rules.OutcomeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * The odds of adoption by simulating ballots, with commons-math3's {@link MersenneTwister} seeded by {@link #seed()}:
 * the same settings give the same estimate. Counts through the rule's compiled form, as {@link ExactOdds} does.
 *
 * <p>Each member's vote is drawn by inverting its distribution at a uniform draw u, the votes ordered yes,
 * abstain, not participating, absent, no: a low draw is a yes, a high draw a no. Two models the exact path
 * cannot take keep every member's own distribution (its marginal) but correlate the members:
 * <ul>
 *   <li>a <b>bloc</b> ({@link Builder#bloc(String...)}): its members share one draw, so members with the same
 *       distribution always vote alike (e.g. the three African members);</li>
 *   <li>a <b>shared factor</b> ρ ({@link Builder#sharedFactor(double)}): on each ballot, each member (or bloc)
 *       takes the ballot's common draw with probability ρ and its own draw otherwise; ρ = 0 is independence, ρ = 1
 *       makes every member vote by the same draw.</li>
 * </ul>
 * The interval of each probability is the Wilson score interval at {@link #confidence()}. The draw uses 32 bits,
 * so probabilities are resolved to 2<sup>-32</sup>. With independent members the draw is consumed lazily: its top
 * byte settles a vote by table look-up unless a threshold falls within that byte's range (then 24 more bits are
 * drawn), so one 32-bit draw usually serves four members, with exactly the distribution of a whole draw each. Immutable and thread-safe (each run has its own generator).
 */
public final class MonteCarloOdds implements AdoptionOdds {

    /** The default number of simulated ballots. */
    public static final int DEFAULT_TRIALS = 1_000_000;
    /** The default seed. */
    public static final long DEFAULT_SEED = 20161008L;
    /** The default confidence level of the intervals. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /** The order in which a draw is inverted: yes lowest, no highest. */
    private static final Vote[] ORDER = {Vote.YES, Vote.ABSTAIN, Vote.NOT_PARTICIPATING, Vote.ABSENT, Vote.NO};

    /** 21 bits: a count of up to two million members. */
    private static final long MASK = (1L << 21) - 1;

    private final int trials;
    private final long seed;
    private final double confidence;
    private final ImmutableList<ImmutableSet<String>> blocs;
    private final double sharedFactor;

    private MonteCarloOdds(Builder builder) {
        this.trials = builder.trials;
        this.seed = builder.seed;
        this.confidence = builder.confidence;
        this.blocs = ImmutableList.copyOf(builder.blocs);
        this.sharedFactor = builder.sharedFactor;
    }

    /**
     * Returns independent sampling with the given number of trials and seed.
     *
     * @param trials the number of simulated ballots, at least 1
     * @param seed the generator's seed
     * @return the strategy
     */
    public static MonteCarloOdds of(int trials, long seed) {
        return builder().trials(trials).seed(seed).build();
    }

    /**
     * Starts a strategy with {@link #DEFAULT_TRIALS}, {@link #DEFAULT_SEED}, {@link #DEFAULT_CONFIDENCE}, no blocs
     * and no shared factor.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the number of simulated ballots.
     *
     * @return the trials
     */
    public int trials() {
        return trials;
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the confidence level of the intervals.
     *
     * @return the level, between 0 and 1
     */
    public double confidence() {
        return confidence;
    }

    @Override
    public Result odds(Positions positions, AdoptionRule rule) {
        return estimate(positions, rule).odds();
    }

    /**
     * Simulates the ballots under the rule in force and returns the estimate with its intervals.
     *
     * @param positions the positions, not null
     * @return the estimate
     */
    public Estimate estimate(Positions positions) {
        return estimate(positions, AdoptionRules.inForce(positions.council(), positions.question()));
    }

    /**
     * Simulates the ballots and returns the estimate with its intervals.
     *
     * @param positions the positions, not null
     * @param rule the rule, not null
     * @return the estimate
     * @throws IllegalArgumentException if a bloc names a non-member or a member twice
     */
    public Estimate estimate(Positions positions, AdoptionRule rule) {
        Objects.requireNonNull(positions, "positions");
        CountingRule model = Objects.requireNonNull(rule, "rule").compile(positions.council(),
                positions.question());
        List<MemberState> members = positions.council().members();
        int n = members.size();
        int[] group = new int[n];
        Arrays.fill(group, -1);
        Set<String> seen = new HashSet<>();
        for (int b = 0; b < blocs.size(); b++) {
            for (String code : blocs.get(b)) {
                int index = members.indexOf(positions.council().member(code));
                if (!seen.add(code)) {
                    throw new IllegalArgumentException(code + " is in two blocs");
                }
                group[index] = b;
            }
        }
        // thresholds (unsigned 32-bit) and the effects of each vote in ORDER
        long[][] threshold = new long[n][ORDER.length];
        long[][] effect = new long[n][ORDER.length];
        List<Integer> random = new ArrayList<>();
        int constYes = 0;
        int constVoting = 0;
        boolean constVeto = false;
        for (int i = 0; i < n; i++) {
            VoteDistribution d = positions.distributions().get(members.get(i));
            double cumulative = 0;
            for (int k = 0; k < ORDER.length; k++) {
                if (d.probability(ORDER[k]) > 0) {
                    model.checkAllowed(i, ORDER[k]);
                }
                cumulative += d.probability(ORDER[k]) / d.total();
                threshold[i][k] = k == ORDER.length - 1 ? 1L << 32 : Math.min(1L << 32,
                        (long) Math.floor(cumulative * 4294967296.0));
                effect[i][k] = (model.isAffirmative(i, ORDER[k]) ? 1L : 0L)
                        | (model.countsInQuota(i, ORDER[k]) ? 1L << 21 : 0L)
                        | (model.blocks(i, ORDER[k]) ? 1L << 42 : 0L);
            }
            if (d.isCertain() && group[i] < 0) {
                long e = effect[i][Arrays.asList(ORDER).indexOf(d.vote())];
                constYes += (int) (e & 1);
                constVoting += (int) ((e >>> 21) & 1);
                constVeto |= (e >>> 42) != 0;
            } else {
                random.add(i);
            }
        }
        int[] order = random.stream().mapToInt(Integer::intValue).toArray();
        // flat tables for the loop: four thresholds and five effects per drawn member
        int m = order.length;
        long[] thr = new long[m * 4];
        long[] eff = new long[m * 5];
        int[] grp = new int[m];
        for (int j = 0; j < m; j++) {
            int i = order[j];
            System.arraycopy(threshold[i], 0, thr, j * 4, 4);
            System.arraycopy(effect[i], 0, eff, j * 5, 5);
            grp[j] = group[i];
        }
        MersenneTwister generator = new MersenneTwister(seed);
        long[] counts = new long[3];
        long[] groupDraw = new long[blocs.size()];
        boolean correlated = sharedFactor > 0 || !blocs.isEmpty();
        // for each member and each value of a draw's top byte: the vote, or -1 if a threshold splits the byte
        byte[] table = new byte[m * 256];
        for (int j = 0; j < m; j++) {
            for (int b = 0; b < 256; b++) {
                long low = (long) b << 24;
                int k = below(thr, j * 4, low);
                table[(j << 8) | b] = (byte) (k == below(thr, j * 4, low | 0xFFFFFFL) ? k : -1);
            }
        }
        for (int t = 0; t < trials; t++) {
            long sum = 0;
            if (correlated) {
                long shared = generator.nextInt() & 0xFFFFFFFFL;
                for (int b = 0; b < groupDraw.length; b++) {
                    groupDraw[b] = sharedFactor > 0 && generator.nextDouble() < sharedFactor ? shared
                            : generator.nextInt() & 0xFFFFFFFFL;
                }
                for (int j = 0; j < m; j++) {
                    long u;
                    if (grp[j] >= 0) {
                        u = groupDraw[grp[j]];
                    } else if (sharedFactor > 0 && generator.nextDouble() < sharedFactor) {
                        u = shared;
                    } else {
                        u = generator.nextInt() & 0xFFFFFFFFL;
                    }
                    sum += eff[j * 5 + below(thr, j * 4, u)];
                }
            } else {
                // the 32-bit draw is taken a byte at a time, four members to a draw: the byte alone settles the
                // vote (looked up in the member's table) unless a threshold falls inside its 2^24 values, and only
                // then are 24 more bits drawn. Each vote has exactly the distribution a whole 32-bit draw gives it.
                for (int j = 0; j < m; j += 4) {
                    int draw = generator.nextInt();
                    int end = Math.min(m, j + 4);
                    for (int q = j; q < end; q++) {
                        int b = draw >>> 24;
                        draw <<= 8;
                        int k = table[(q << 8) | b];
                        if (k < 0) {
                            long u = ((long) b << 24) | ((generator.nextInt() >>> 8) & 0xFFFFFFL);
                            k = below(thr, q * 4, u);
                        }
                        sum += eff[q * 5 + k];
                    }
                }
            }
            // effects packed as yes (bits 0..20), present and voting or otherwise counted by the quota (bits 21..41), veto (bits 42..)
            int y = constYes + (int) (sum & MASK);
            int pv = constVoting + (int) ((sum >>> 21) & MASK);
            boolean vetoed = constVeto || (sum >>> 42) != 0;
            counts[model.outcome(y, pv, vetoed).ordinal()]++;
        }
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
        Result odds = new Result((double) counts[0] / trials, (double) counts[1] / trials,
                (double) counts[2] / trials);
        return new Estimate(odds, trials, seed, confidence, wilson(counts[0], trials, z), wilson(counts[1], trials, z),
                wilson(counts[2], trials, z));
    }

    /**
     * The number of a member's four thresholds at or below a draw, without branches: {@code thr - u - 1} is
     * negative exactly when {@code u >= thr} (both below 2<sup>33</sup>), and its sign bit is the count.
     */
    private static int below(long[] thr, int base, long u) {
        return (int) (((thr[base] - u - 1) >>> 63) + ((thr[base + 1] - u - 1) >>> 63)
                + ((thr[base + 2] - u - 1) >>> 63) + ((thr[base + 3] - u - 1) >>> 63));
    }

    /**
     * The Wilson score interval for a proportion: Wilson (1927), "Probable inference, the law of succession, and
     * statistical inference", JASA 22:209-212.
     */
    static Interval wilson(long successes, long trials, double z) {
        double p = (double) successes / trials;
        double z2 = z * z;
        double denominator = 1 + z2 / trials;
        double centre = (p + z2 / (2.0 * trials)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
        // at 0 and at all trials the bounds are exactly 0 and 1; rounding would leave them a hair inside
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new Interval(low, high);
    }

    /** Returns the settings. */
    @Override
    public String toString() {
        return "Monte Carlo (" + trials + " ballots, seed " + seed + (blocs.isEmpty() ? "" : ", blocs " + blocs)
                + (sharedFactor > 0 ? ", shared factor " + sharedFactor : "") + ")";
    }

    /**
     * A confidence interval for a probability.
     *
     * @param low the lower bound, 0 to 1
     * @param high the upper bound, {@code low} to 1
     */
    public record Interval(double low, double high) {

        /**
         * Validates the bounds.
         *
         * @param low the lower bound, 0 to 1
         * @param high the upper bound, {@code low} to 1
         */
        public Interval {
            if (!(low >= 0 && low <= high && high <= 1)) {
                throw new IllegalArgumentException("bad interval [" + low + ", " + high + "]");
            }
        }

        /**
         * Tells whether a value lies in the interval.
         *
         * @param value the value
         * @return true if {@code low <= value <= high}
         */
        public boolean contains(double value) {
            return low <= value && value <= high;
        }
    }

    /**
     * The result of a simulation: the estimated odds, how they were obtained, and a Wilson score interval for each.
     *
     * @param odds the estimated probabilities, not null
     * @param trials the number of simulated ballots
     * @param seed the generator's seed
     * @param confidence the confidence level of the intervals
     * @param adopted the interval for the probability of adoption, not null
     * @param vetoed the interval for the probability of a veto, not null
     * @param failed the interval for the probability of failing, not null
     */
    public record Estimate(Result odds, int trials, long seed, double confidence, Interval adopted, Interval vetoed,
            Interval failed) {

        /**
         * Validates the components.
         *
         * @param odds the estimated probabilities, not null
         * @param trials the number of simulated ballots
         * @param seed the generator's seed
         * @param confidence the confidence level of the intervals
         * @param adopted the interval for the probability of adoption, not null
         * @param vetoed the interval for the probability of a veto, not null
         * @param failed the interval for the probability of failing, not null
         */
        public Estimate {
            Objects.requireNonNull(odds, "odds");
            Objects.requireNonNull(adopted, "adopted");
            Objects.requireNonNull(vetoed, "vetoed");
            Objects.requireNonNull(failed, "failed");
        }

        /**
         * Returns the interval for one outcome.
         *
         * @param type the outcome, not null
         * @return its interval
         */
        public Interval interval(OutcomeType type) {
            return ByOutcome.pick(type, adopted, vetoed, failed);
        }
    }

    /** Collects the settings of a simulation. Not thread-safe. */
    public static final class Builder {

        private int trials = DEFAULT_TRIALS;
        private long seed = DEFAULT_SEED;
        private double confidence = DEFAULT_CONFIDENCE;
        private final List<ImmutableSet<String>> blocs = new ArrayList<>();
        private double sharedFactor;

        private Builder() {
        }

        /**
         * Sets the number of simulated ballots.
         *
         * @param count at least 1
         * @return this builder
         */
        public Builder trials(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("trials must be at least 1: " + count);
            }
            this.trials = count;
            return this;
        }

        /**
         * Sets the generator's seed.
         *
         * @param value the seed
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets the confidence level of the intervals.
         *
         * @param level strictly between 0 and 1
         * @return this builder
         */
        public Builder confidence(double level) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("confidence must be strictly between 0 and 1: " + level);
            }
            this.confidence = level;
            return this;
        }

        /**
         * Adds a bloc: members that share one draw on every ballot.
         *
         * @param codes the members' alpha-3 codes, at least two
         * @return this builder
         */
        public Builder bloc(String... codes) {
            if (codes.length < 2) {
                throw new IllegalArgumentException("a bloc needs at least two members: " + Arrays.toString(codes));
            }
            blocs.add(ImmutableSet.copyOf(codes));
            return this;
        }

        /**
         * Sets the shared factor: the probability that a member takes the ballot's common draw.
         *
         * @param rho 0 (independent) to 1 (all by one draw)
         * @return this builder
         */
        public Builder sharedFactor(double rho) {
            if (!(rho >= 0 && rho <= 1)) {
                throw new IllegalArgumentException("shared factor must be between 0 and 1: " + rho);
            }
            this.sharedFactor = rho;
            return this;
        }

        /**
         * Builds the strategy.
         *
         * @return the strategy
         */
        public MonteCarloOdds build() {
            return new MonteCarloOdds(this);
        }
    }
}
