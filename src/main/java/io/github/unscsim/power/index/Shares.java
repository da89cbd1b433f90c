package io.github.unscsim.power.index;

import java.math.BigInteger;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/** Shares of a total, for the normalised indices. */
final class Shares {

    private Shares() {
    }

    static List<BigFraction> of(List<BigInteger> counts, String what) {
        BigInteger total = counts.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (total.signum() == 0) {
            throw new IllegalArgumentException("no player has any " + what + " in this game, so the shares are"
                    + " undefined (does the empty coalition win, or no coalition?)");
        }
        return counts.stream().map(count -> new BigFraction(count, total)).toList();
    }

    static List<BigFraction> ofFractions(List<BigFraction> scores, String what) {
        BigFraction total = scores.stream().reduce(BigFraction.ZERO, BigFraction::add);
        if (total.getNumerator().signum() == 0) {
            throw new IllegalArgumentException("no player has any " + what + " in this game, so the shares are"
                    + " undefined");
        }
        return scores.stream().map(score -> score.divide(total)).toList();
    }
}
