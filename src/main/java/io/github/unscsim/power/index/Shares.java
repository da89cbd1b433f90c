package io.github.unscsim.power.index;

import java.math.BigInteger;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Shares of a total, for the normalised indices. Loops, not streams: a lambda on the way of a short command sets up
 * the JVM's method-handle machinery, a fixed cost at start-up.
 */
final class Shares {

    private Shares() {
    }

    static List<BigFraction> of(List<BigInteger> counts, String what) {
        BigInteger total = BigInteger.ZERO;
        for (BigInteger count : counts) {
            total = total.add(count);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("no player has any " + what + " in this game, so the shares are"
                    + " undefined (does the empty coalition win, or no coalition?)");
        }
        return over(counts, total);
    }

    /** Each count over the same denominator. */
    static List<BigFraction> over(List<BigInteger> counts, BigInteger denominator) {
        BigFraction[] shares = new BigFraction[counts.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = new BigFraction(counts.get(i), denominator);
        }
        return List.of(shares);
    }

    static List<BigFraction> ofFractions(List<BigFraction> scores, String what) {
        BigFraction total = BigFraction.ZERO;
        for (BigFraction score : scores) {
            total = total.add(score);
        }
        if (total.getNumerator().signum() == 0) {
            throw new IllegalArgumentException("no player has any " + what + " in this game, so the shares are"
                    + " undefined");
        }
        BigFraction[] shares = new BigFraction[scores.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = scores.get(i).divide(total);
        }
        return List.of(shares);
    }
}
