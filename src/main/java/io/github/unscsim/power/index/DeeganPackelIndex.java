package io.github.unscsim.power.index;

import io.github.unscsim.power.SimpleGame;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The Deegan–Packel index (Deegan and Packel, "A new index of power for simple n-person games", International
 * Journal of Game Theory 7 (1978) 113–123): each of the M minimal winning coalitions is equally likely to form and
 * shares its power equally among its members, so a player's index is (1/M) Σ 1/|S| over the minimal winning
 * coalitions S containing it. The counts are the minimal winning coalitions containing each player. Counted by type
 * of player, by generating functions for any weighted game (O(n²·q) and more, see
 * {@link CoalitionCounters#generatingFunctions()}) or by enumeration. Immutable and thread-safe.
 */
public final class DeeganPackelIndex extends CountedIndex {

    /** Creates the index. */
    public DeeganPackelIndex() {
        super("deegan-packel");
    }

    @Override
    PowerProfile profile(SimpleGame game, CoalitionCounter counter) {
        MinimalWinningCounts counts = counter.minimalWinning(game, true);
        if (counts.total().signum() == 0) {
            throw new IllegalArgumentException("the game has no minimal winning coalition");
        }
        List<BigFraction> values = new ArrayList<>();
        for (int i = 0; i < game.size(); i++) {
            BigFraction sum = BigFraction.ZERO;
            List<BigInteger> bySize = counts.containingBySize().get(i);
            for (int s = 1; s < bySize.size(); s++) {
                if (bySize.get(s).signum() != 0) {
                    sum = sum.add(new BigFraction(bySize.get(s), BigInteger.valueOf(s)));
                }
            }
            values.add(sum.divide(counts.total()));
        }
        return new PowerProfile(name(), game.players(), values, counts.containing());
    }
}
