package io.github.unscsim.power.index;

import io.github.unscsim.power.SimpleGame;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Coleman's indices (Coleman, "Control of collectivities and the power of a collectivity to act", in Lieberman
 * (ed.), Social Choice, Gordon and Breach 1971, 269–300). With W the number of winning coalitions and swings_i a
 * player's swings: the power to prevent action, {@code coleman-prevent}, is swings_i / W, the share of winning
 * coalitions the player can break by leaving; the power to initiate action, {@code coleman-initiate}, is
 * swings_i / (2^n − W), the share of losing coalitions it can turn by joining. The collectivity's power to act,
 * {@link #powerToAct(SimpleGame)}, is W / 2^n. Neither index sums to 1. Cost: as Banzhaf. Immutable and thread-safe.
 */
public final class ColemanIndex extends CountedIndex {

    private final boolean prevent;

    /**
     * Creates the index.
     *
     * @param prevent true for the power to prevent action, false for the power to initiate it
     */
    public ColemanIndex(boolean prevent) {
        super(prevent ? "coleman-prevent" : "coleman-initiate");
        this.prevent = prevent;
    }

    /**
     * Returns the power to prevent action.
     *
     * @return the index
     */
    public static ColemanIndex toPrevent() {
        return new ColemanIndex(true);
    }

    /**
     * Returns the power to initiate action.
     *
     * @return the index
     */
    public static ColemanIndex toInitiate() {
        return new ColemanIndex(false);
    }

    /**
     * Returns the collectivity's power to act: the share of all 2^n coalitions that win (today's Council: 848 of
     * 32768).
     *
     * @param game the game, not null
     * @return W / 2^n
     */
    public static BigFraction powerToAct(SimpleGame game) {
        Objects.requireNonNull(game, "game");
        BigInteger winning = CoalitionCounters.automatic().swings(game, false).winningCoalitions();
        return new BigFraction(winning, BigInteger.ONE.shiftLeft(game.size()));
    }

    @Override
    PowerProfile profile(SimpleGame game, CoalitionCounter counter) {
        SwingCounts counts = counter.swings(game, false);
        BigInteger winning = counts.winningCoalitions();
        BigInteger denominator = prevent ? winning : BigInteger.ONE.shiftLeft(game.size()).subtract(winning);
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("the game has no " + (prevent ? "winning" : "losing")
                    + " coalition, so " + name() + " is undefined");
        }
        List<BigFraction> values = counts.swings().stream()
                .map(count -> new BigFraction(count, denominator)).toList();
        return new PowerProfile(name(), game.players(), values, counts.swings());
    }
}
