package io.github.unscsim.scenario;

import io.github.unscsim.model.Vote;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * How one member may vote: a probability for each {@link Vote} (yes, no, abstain, absent, not participating),
 * summing to 1 within {@link #TOLERANCE}. The probabilities are kept as given (so a file written and read back is
 * unchanged); the odds computations divide them by their {@link #total()}. A fixed position is a
 * {@link #certain(Vote)} distribution. Immutable and thread-safe.
 */
public final class VoteDistribution {

    /** How far the probabilities may sum from 1. */
    public static final double TOLERANCE = 1e-9;

    private static final Vote[] VOTES = Vote.values();
    private static final VoteDistribution[] CERTAIN = new VoteDistribution[VOTES.length];

    static {
        for (Vote vote : VOTES) {
            double[] p = new double[VOTES.length];
            p[vote.ordinal()] = 1;
            CERTAIN[vote.ordinal()] = new VoteDistribution(p);
        }
    }

    private final double[] probabilities;

    private VoteDistribution(double[] probabilities) {
        this.probabilities = probabilities;
    }

    /**
     * Returns the distribution that gives a vote with certainty.
     *
     * @param vote the vote, not null
     * @return the distribution
     */
    public static VoteDistribution certain(Vote vote) {
        return CERTAIN[Objects.requireNonNull(vote, "vote").ordinal()];
    }

    /**
     * Returns a distribution over yes, no, abstention and absence.
     *
     * @param yes the probability of an affirmative vote, 0 to 1
     * @param no the probability of a negative vote, 0 to 1
     * @param abstain the probability of an abstention, 0 to 1
     * @param absent the probability of absence, 0 to 1
     * @return the distribution
     * @throws IllegalArgumentException if a probability is outside 0 to 1 or they do not sum to 1
     */
    public static VoteDistribution of(double yes, double no, double abstain, double absent) {
        Map<Vote, Double> map = new EnumMap<>(Vote.class);
        map.put(Vote.YES, yes);
        map.put(Vote.NO, no);
        map.put(Vote.ABSTAIN, abstain);
        map.put(Vote.ABSENT, absent);
        return of("a member", map);
    }

    /**
     * Returns a distribution from probabilities by vote; votes not named have probability 0.
     *
     * @param member who the distribution is for, named in error messages, not null
     * @param probabilities the probabilities, each 0 to 1, summing to 1 within {@link #TOLERANCE}, not null
     * @return the distribution
     * @throws IllegalArgumentException if a probability is outside 0 to 1 or they do not sum to 1
     */
    public static VoteDistribution of(String member, Map<Vote, Double> probabilities) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(probabilities, "probabilities");
        double[] p = new double[VOTES.length];
        double sum = 0;
        for (Map.Entry<Vote, Double> entry : probabilities.entrySet()) {
            double value = Objects.requireNonNull(entry.getValue(), "probability");
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("probability of " + entry.getKey() + " for " + member
                        + " must be between 0 and 1: " + value);
            }
            p[Objects.requireNonNull(entry.getKey(), "vote").ordinal()] = value;
            sum += value;
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException("probabilities for " + member + " sum to "
                    + java.math.BigDecimal.valueOf(sum).round(new java.math.MathContext(12)).stripTrailingZeros()
                            .toPlainString() + ", not 1");
        }
        for (Vote vote : VOTES) {
            if (p[vote.ordinal()] == 1) {
                return certain(vote);
            }
        }
        return new VoteDistribution(p);
    }

    /**
     * Returns the probability of a vote.
     *
     * @param vote the vote, not null
     * @return the probability, 0 to 1
     */
    public double probability(Vote vote) {
        return probabilities[Objects.requireNonNull(vote, "vote").ordinal()];
    }

    /**
     * Returns the sum of the probabilities, 1 within {@link #TOLERANCE}.
     *
     * @return the sum
     */
    public double total() {
        double sum = 0;
        for (double p : probabilities) {
            sum += p;
        }
        return sum;
    }

    /**
     * Returns the probabilities of the votes with a positive probability, in the order of {@link Vote}.
     *
     * @return the probabilities, a new map
     */
    public Map<Vote, Double> probabilities() {
        Map<Vote, Double> map = new EnumMap<>(Vote.class);
        for (Vote vote : VOTES) {
            if (probabilities[vote.ordinal()] > 0) {
                map.put(vote, probabilities[vote.ordinal()]);
            }
        }
        return map;
    }

    /**
     * Tells whether one vote is certain.
     *
     * @return true if one vote has probability 1
     */
    public boolean isCertain() {
        return certainVote() != null;
    }

    /**
     * Returns the certain vote.
     *
     * @return the vote with probability 1
     * @throws IllegalStateException if no vote is certain
     */
    public Vote vote() {
        Vote vote = certainVote();
        if (vote == null) {
            throw new IllegalStateException("no vote is certain in " + this);
        }
        return vote;
    }

    private Vote certainVote() {
        for (Vote vote : VOTES) {
            if (probabilities[vote.ordinal()] == 1) {
                return vote;
            }
        }
        return null;
    }

    /**
     * Returns this distribution with the probability of abstaining set to {@code abstain}; the other votes keep
     * their proportions and share the rest. If this distribution gives every other vote probability 0, the rest
     * is split equally between yes and no.
     *
     * @param abstain the new probability of an abstention, 0 to 1
     * @return the distribution
     */
    public VoteDistribution withAbstention(double abstain) {
        if (!(abstain >= 0 && abstain <= 1)) {
            throw new IllegalArgumentException("probability of abstaining must be between 0 and 1: " + abstain);
        }
        double rest = 1 - probabilities[Vote.ABSTAIN.ordinal()];
        Map<Vote, Double> map = new EnumMap<>(Vote.class);
        for (Vote vote : VOTES) {
            if (vote == Vote.ABSTAIN) {
                map.put(vote, abstain);
            } else if (rest > 0) {
                map.put(vote, probabilities[vote.ordinal()] / rest * (1 - abstain));
            } else if (vote == Vote.YES || vote == Vote.NO) {
                map.put(vote, (1 - abstain) / 2);
            }
        }
        return of("a member", map);
    }

    /** Equal when every probability is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VoteDistribution that && Arrays.equals(probabilities, that.probabilities);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(probabilities);
    }

    /** Returns the vote if certain, else the positive probabilities, e.g. {@code {yes=0.2, no=0.8}}. */
    @Override
    public String toString() {
        Vote vote = certainVote();
        if (vote != null) {
            return vote.label();
        }
        StringJoiner text = new StringJoiner(", ", "{", "}");
        probabilities().forEach((v, p) -> text.add(v.label() + "=" + p));
        return text.toString();
    }
}
