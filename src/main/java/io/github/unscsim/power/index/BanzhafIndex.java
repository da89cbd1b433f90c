package io.github.unscsim.power.index;

import io.github.unscsim.power.SimpleGame;
import java.math.BigInteger;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The Banzhaf index (Banzhaf, "Weighted voting doesn't work: a mathematical analysis", Rutgers Law Review 19 (1965)
 * 317–343; earlier Penrose, "The elementary statistics of majority voting", Journal of the Royal Statistical Society
 * 109 (1946) 53–57), from each player's swings: the coalitions without it that lose and win when it joins.
 * {@link #absolute()} is the Penrose–Banzhaf measure, swings / 2^(n−1), the probability of being decisive when every
 * other player votes yes or no with probability 1/2; {@link #normalised()} is each player's share of all swings,
 * summing to 1. The counts are the swings: 848 for a permanent member of today's Council, 84 for an elected one.
 * Cost: the counter's swings without sizes (O(n·q) for a weighted game). Immutable and thread-safe.
 */
public final class BanzhafIndex extends CountedIndex {

    private final boolean normalised;

    /**
     * Creates the index.
     *
     * @param normalised true for shares summing to 1, false for the absolute measure
     */
    public BanzhafIndex(boolean normalised) {
        super(normalised ? "banzhaf" : "banzhaf-absolute");
        this.normalised = normalised;
    }

    /**
     * Returns the normalised index, {@code banzhaf},.
     *
     * @return the index
     */
    public static BanzhafIndex normalised() {
        return new BanzhafIndex(true);
    }

    /**
     * Returns the absolute measure, {@code banzhaf-absolute},.
     *
     * @return the index
     */
    public static BanzhafIndex absolute() {
        return new BanzhafIndex(false);
    }

    @Override
    PowerProfile profile(SimpleGame game, CoalitionCounter counter) {
        List<BigInteger> swings = counter.swings(game, false).swings();
        BigInteger half = BigInteger.ONE.shiftLeft(game.size() - 1);
        List<BigFraction> values = normalised ? Shares.of(swings, "swing") : Shares.over(swings, half);
        return new PowerProfile(name(), game.players(), values, swings);
    }
}
