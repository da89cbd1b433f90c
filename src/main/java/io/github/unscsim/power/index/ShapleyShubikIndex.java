package io.github.unscsim.power.index;

import io.github.unscsim.power.SimpleGame;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The Shapley–Shubik index (Shapley and Shubik, "A method for evaluating the distribution of power in a committee
 * system", American Political Science Review 48 (1954) 787–792): the share of the n! orderings of the players in
 * which a player is pivotal, the one whose yes turns the coalition of those before it from losing to winning. From
 * the swings by size: φi = Σs swings_i(s) · s!(n−1−s)! / n!. The counts are the pivotal orderings. Today's Council:
 * 421/2145 for a permanent member, 4/2145 for an elected one. Cost: that of the counter's swings by size (O(n²·q)
 * for a weighted game by generating functions; instant for a council). Immutable and thread-safe.
 */
public final class ShapleyShubikIndex extends CountedIndex {

    /** Creates the index. */
    public ShapleyShubikIndex() {
        super("shapley-shubik");
    }

    @Override
    PowerProfile profile(SimpleGame game, CoalitionCounter counter) {
        int n = game.size();
        SwingCounts counts = counter.swings(game, true);
        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.ONE;
        for (int k = 1; k <= n; k++) {
            factorial[k] = factorial[k - 1].multiply(BigInteger.valueOf(k));
        }
        List<BigInteger> pivotal = new ArrayList<>();
        List<BigFraction> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigInteger orderings = BigInteger.ZERO;
            List<BigInteger> bySize = counts.swingsBySize().get(i);
            for (int s = 0; s < n; s++) {
                if (bySize.get(s).signum() != 0) {
                    orderings = orderings.add(bySize.get(s).multiply(factorial[s]).multiply(factorial[n - 1 - s]));
                }
            }
            pivotal.add(orderings);
            values.add(new BigFraction(orderings, factorial[n]));
        }
        return new PowerProfile(name(), game.players(), values, pivotal);
    }
}
