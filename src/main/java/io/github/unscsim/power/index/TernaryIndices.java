package io.github.unscsim.power.index;

import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.TernaryCouncilGame;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Power in a council's ternary voting game, where each member votes yes, abstains or votes no (Felsenthal and
 * Machover, "Ternary voting games", International Journal of Game Theory 26 (1997) 335–351). The definitions
 * implemented, as read from that paper's framework (the paper itself was not at hand to check its normalisations):
 *
 * <ul>
 *   <li>{@link #shapleyShubik(TernaryCouncilGame)}: a roll-call is an ordering of the n members together with a vote
 *       for each, 3^n·n! roll-calls in all, equally likely; as the members vote in order, the pivot is the first
 *       member after whose vote the outcome is certain whatever the rest do. The index is the share of roll-calls in
 *       which a member is the pivot; it sums to 1, and with two options (no abstention) it is the Shapley–Shubik
 *       index (Mann and Shapley's roll-call model), which the tests check.</li>
 *   <li>{@link #banzhafAbsolute(TernaryCouncilGame)}: the share of the 3^(n−1) votes of the other members in which
 *       the member's choice between yes and no changes the outcome; {@link #banzhaf(TernaryCouncilGame)} is each
 *       member's share of the total. With two options this is the Banzhaf index.</li>
 * </ul>
 *
 * <p>Counted by type of member (veto holders and the others) with multinomial coefficients: O(k³·m²) big-integer
 * steps for k veto holders and m other members, instant for any council proposed. Not for weighted games.
 */
public final class TernaryIndices {

    private TernaryIndices() {
    }

    /**
     * Returns the ternary Shapley–Shubik index (roll-call pivots), exactly.
     *
     * @param game the game, not null
     * @return the profile, named "ternary-shapley-shubik"; counts are the pivotal roll-calls
     */
    public static PowerProfile shapleyShubik(TernaryCouncilGame game) {
        Objects.requireNonNull(game, "game");
        return rollCalls(game.game(), true, game.abstentionBlocks(), "ternary-shapley-shubik");
    }

    /**
     * Returns the ternary Banzhaf measure: the probability that a member's choice between yes and no decides the
     * outcome when every other member votes yes, abstains or votes no with probability 1/3.
     *
     * @param game the game, not null
     * @return the profile, named "ternary-banzhaf-absolute"; counts are the decisive votes of the others
     */
    public static PowerProfile banzhafAbsolute(TernaryCouncilGame game) {
        Objects.requireNonNull(game, "game");
        return decisive(game.game(), true, game.abstentionBlocks(), false);
    }

    /**
     * Returns the ternary Banzhaf index: each member's share of the total ternary Banzhaf measure.
     *
     * @param game the game, not null
     * @return the profile, named "ternary-banzhaf"
     */
    public static PowerProfile banzhaf(TernaryCouncilGame game) {
        Objects.requireNonNull(game, "game");
        return decisive(game.game(), true, game.abstentionBlocks(), true);
    }

    /** The roll-call count with three options, or with two (yes, no) when {@code ternary} is false. */
    static PowerProfile rollCalls(CouncilGame game, boolean ternary, boolean abstentionBlocks, String name) {
        int n = game.size();
        int vetoTotal = game.vetoHolders();
        int options = ternary ? 3 : 2;
        // a veto holder's non-yes votes: how many block, how many do not
        int blockingOptions = ternary && abstentionBlocks ? 2 : 1;
        boolean vetoHasQuietOption = ternary && !abstentionBlocks;
        int otherNonYes = ternary ? 2 : 1;
        BigInteger[] factorial = factorials(n);
        BigInteger[] power = powers(options, n);
        BigInteger[] blockPower = powers(blockingOptions, n);
        BigInteger[] otherPower = powers(otherNonYes, n);
        BigInteger vetoCount = BigInteger.ZERO;
        BigInteger otherCount = BigInteger.ZERO;
        for (int pivotIsVeto = 0; pivotIsVeto <= 1; pivotIsVeto++) {
            boolean veto = pivotIsVeto == 1;
            if (veto ? vetoTotal == 0 : vetoTotal == n) {
                continue;
            }
            int kk = veto ? vetoTotal - 1 : vetoTotal;
            int mm = veto ? n - vetoTotal : n - vetoTotal - 1;
            BigInteger total = BigInteger.ZERO;
            for (int v = 0; v <= kk; v++) {
                for (int o = 0; o <= mm; o++) {
                    int p = v + o;
                    BigInteger base = binomial(factorial, kk, v).multiply(binomial(factorial, mm, o))
                            .multiply(factorial[p]).multiply(factorial[n - 1 - p]).multiply(power[n - 1 - p]);
                    for (int vy = 0; vy <= v; vy++) {
                        for (int vb = 0; vb <= v - vy; vb++) {
                            int va = v - vy - vb;
                            if (va > 0 && !vetoHasQuietOption) {
                                continue;
                            }
                            BigInteger vetoWays = factorial[v].divide(factorial[vy].multiply(factorial[vb])
                                    .multiply(factorial[va])).multiply(blockPower[vb]);
                            for (int oy = 0; oy <= o; oy++) {
                                int yes = vy + oy;
                                int vetoLeft = vetoTotal - v;
                                int left = n - p;
                                if (isCertain(yes, vb > 0, vetoLeft, left, game.quota())) {
                                    continue;
                                }
                                long deciding = 0;
                                // the pivot votes yes
                                if (isCertain(yes + 1, vb > 0, vetoLeft - (veto ? 1 : 0), left - 1, game.quota())) {
                                    deciding++;
                                }
                                if (veto) {
                                    deciding += blockingOptions; // a blocking vote always decides
                                    if (vetoHasQuietOption && isCertain(yes, vb > 0, vetoLeft - 1, left - 1,
                                            game.quota())) {
                                        deciding++;
                                    }
                                } else if (isCertain(yes, vb > 0, vetoLeft, left - 1, game.quota())) {
                                    deciding += otherNonYes;
                                }
                                if (deciding > 0) {
                                    BigInteger otherWays = binomial(factorial, o, oy).multiply(otherPower[o - oy]);
                                    total = total.add(base.multiply(vetoWays).multiply(otherWays)
                                            .multiply(BigInteger.valueOf(deciding)));
                                }
                            }
                        }
                    }
                }
            }
            if (veto) {
                vetoCount = total;
            } else {
                otherCount = total;
            }
        }
        BigInteger all = power[n].multiply(factorial[n]);
        List<BigFraction> values = new ArrayList<>();
        List<BigInteger> counts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigInteger count = game.holdsVeto(i) ? vetoCount : otherCount;
            counts.add(count);
            values.add(new BigFraction(count, all));
        }
        return new PowerProfile(name, game.players(), values, counts);
    }

    /** Tells whether the outcome is certain, whatever the members still to vote do. */
    private static boolean isCertain(int yes, boolean blocked, int vetoLeft, int left, int quota) {
        return blocked || yes + left < quota || vetoLeft == 0 && yes >= quota;
    }

    /** The decisive-vote count with three options, or with two when {@code ternary} is false. */
    static PowerProfile decisive(CouncilGame game, boolean ternary, boolean abstentionBlocks, boolean normalised) {
        int n = game.size();
        int vetoTotal = game.vetoHolders();
        int blockingOptions = ternary && abstentionBlocks ? 2 : 1;
        boolean vetoHasQuietOption = ternary && !abstentionBlocks;
        int otherNonYes = ternary ? 2 : 1;
        BigInteger[] factorial = factorials(n);
        BigInteger[] otherPower = powers(otherNonYes, n);
        BigInteger vetoCount = BigInteger.ZERO;
        BigInteger otherCount = BigInteger.ZERO;
        for (int pivotIsVeto = 0; pivotIsVeto <= 1; pivotIsVeto++) {
            boolean veto = pivotIsVeto == 1;
            int kk = veto ? vetoTotal - 1 : vetoTotal;
            int mm = veto ? n - vetoTotal : n - vetoTotal - 1;
            if (kk < 0 || mm < 0) {
                continue;
            }
            BigInteger total = BigInteger.ZERO;
            // only profiles where no other veto holder blocks can be decided by this member
            for (int vy = 0; vy <= kk; vy++) {
                int va = kk - vy;
                if (va > 0 && !vetoHasQuietOption) {
                    continue;
                }
                BigInteger vetoWays = binomial(factorial, kk, vy);
                for (int oy = 0; oy <= mm; oy++) {
                    int yes = vy + oy;
                    boolean decides = veto ? yes + 1 >= game.quota() : yes + 1 == game.quota();
                    if (decides) {
                        total = total.add(vetoWays.multiply(binomial(factorial, mm, oy))
                                .multiply(otherPower[mm - oy]));
                    }
                }
            }
            if (veto) {
                vetoCount = total;
            } else {
                otherCount = total;
            }
        }
        List<BigInteger> counts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            counts.add(game.holdsVeto(i) ? vetoCount : otherCount);
        }
        BigInteger profiles = BigInteger.valueOf(ternary ? 3 : 2).pow(n - 1);
        String prefix = ternary ? "ternary-" : "";
        if (normalised) {
            return new PowerProfile(prefix + "banzhaf", game.players(), Shares.of(counts, "decisive vote"), counts);
        }
        return new PowerProfile(prefix + "banzhaf-absolute", game.players(),
                counts.stream().map(count -> new BigFraction(count, profiles)).toList(), counts);
    }

    private static BigInteger[] factorials(int n) {
        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.ONE;
        for (int k = 1; k <= n; k++) {
            factorial[k] = factorial[k - 1].multiply(BigInteger.valueOf(k));
        }
        return factorial;
    }

    private static BigInteger[] powers(int base, int n) {
        BigInteger[] power = new BigInteger[n + 1];
        power[0] = BigInteger.ONE;
        for (int k = 1; k <= n; k++) {
            power[k] = power[k - 1].multiply(BigInteger.valueOf(base));
        }
        return power;
    }

    private static BigInteger binomial(BigInteger[] factorial, int n, int k) {
        return factorial[n].divide(factorial[k].multiply(factorial[n - k]));
    }
}
