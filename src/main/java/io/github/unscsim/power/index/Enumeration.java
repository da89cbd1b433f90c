package io.github.unscsim.power.index;

import io.github.unscsim.power.CoalitionGame;
import io.github.unscsim.power.SimpleGame;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Counts by visiting every coalition: O(2^n · n) time and 2^n bits of memory, for any game of at most
 * {@link CoalitionGame#MAX_PLAYERS} players. It is the definition made executable, and the other algorithms' test
 * oracle.
 */
final class Enumeration implements CoalitionCounter {

    static final Enumeration INSTANCE = new Enumeration();

    private Enumeration() {
    }

    @Override
    public String name() {
        return "enumeration";
    }

    /** The counts one pass over every coalition gives. */
    private record Pass(long[][] swingsBySize, long winning, long[][] minimalBySize, long minimal,
            long[][] criticalWith) {
    }

    private static Pass pass(SimpleGame game) {
        int n = game.size();
        if (n > CoalitionGame.MAX_PLAYERS) {
            throw new IllegalArgumentException("enumeration counts games of at most " + CoalitionGame.MAX_PLAYERS
                    + " players, not " + n);
        }
        int count = 1 << n;
        BitSet winning = new BitSet(count);
        for (int mask = 0; mask < count; mask++) {
            if (game.isWinning(BitSet.valueOf(new long[] {mask}))) {
                winning.set(mask);
            }
        }
        long[][] swingsBySize = new long[n][n];
        long[][] minimalBySize = new long[n][n + 1];
        long[][] criticalWith = new long[n][n + 1];
        long wins = 0;
        long minimal = 0;
        int[] critical = new int[n];
        for (int mask = winning.nextSetBit(0); mask >= 0; mask = winning.nextSetBit(mask + 1)) {
            wins++;
            int size = Integer.bitCount(mask);
            int k = 0;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1 && !winning.get(mask ^ (1 << i))) {
                    critical[k++] = i;
                }
            }
            for (int j = 0; j < k; j++) {
                swingsBySize[critical[j]][size - 1]++;
                criticalWith[critical[j]][k]++;
            }
            if (k == size) {
                minimal++;
                for (int j = 0; j < k; j++) {
                    minimalBySize[critical[j]][size]++;
                }
            }
        }
        return new Pass(swingsBySize, wins, minimalBySize, minimal, criticalWith);
    }

    @Override
    public SwingCounts swings(SimpleGame game, boolean bySize) {
        Pass pass = pass(game);
        List<BigInteger> swings = new ArrayList<>();
        List<List<BigInteger>> sizes = new ArrayList<>();
        for (long[] row : pass.swingsBySize()) {
            swings.add(BigInteger.valueOf(java.util.Arrays.stream(row).sum()));
            sizes.add(toList(row));
        }
        return new SwingCounts(swings, bySize ? sizes : List.of(), BigInteger.valueOf(pass.winning()));
    }

    @Override
    public MinimalWinningCounts minimalWinning(SimpleGame game, boolean bySize) {
        Pass pass = pass(game);
        List<List<BigInteger>> sizes = new ArrayList<>();
        for (long[] row : pass.minimalBySize()) {
            sizes.add(toList(row));
        }
        MinimalWinningCounts counts = MinimalWinningCounts.bySize(sizes, BigInteger.valueOf(pass.minimal()));
        return bySize ? counts : new MinimalWinningCounts(counts.containing(), List.of(), counts.total());
    }

    @Override
    public List<BigFraction> johnstonScores(SimpleGame game) {
        Pass pass = pass(game);
        List<BigFraction> scores = new ArrayList<>();
        for (long[] row : pass.criticalWith()) {
            BigFraction score = BigFraction.ZERO;
            for (int k = 1; k < row.length; k++) {
                score = score.add(new BigFraction(BigInteger.valueOf(row[k]), BigInteger.valueOf(k)));
            }
            scores.add(score);
        }
        return scores;
    }

    private static List<BigInteger> toList(long[] row) {
        return java.util.Arrays.stream(row).mapToObj(BigInteger::valueOf).toList();
    }
}
