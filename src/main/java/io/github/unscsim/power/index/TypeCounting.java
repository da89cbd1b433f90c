package io.github.unscsim.power.index;

import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.SimpleGame;
import io.github.unscsim.power.WeightedGame;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Counts a weighted game by type of player: players of equal weight are interchangeable, so a coalition is known up
 * to symmetry by how many players of each weight it has, and each such class stands for a product of binomial
 * coefficients of coalitions. With d distinct weights of multiplicities m1..md it visits Π(mj + 1) classes, each in
 * O(d) big-integer steps: a council (two types, veto holders and the others) of any size costs O(k·m), i.e. is
 * instant, and it counts every index exactly, including those built on minimal winning coalitions and Johnston's.
 * It refuses games of more than {@link #MAX_CLASSES} classes. The approach is the classical one for games with few
 * types of player (e.g. Brams and Affuso, "Power and size: a new paradox", Theory and Decision 7 (1976) 29–56, for
 * the Security Council).
 */
final class TypeCounting implements CoalitionCounter {

    /** The most coalition classes counted. */
    static final long MAX_CLASSES = 2_000_000L;

    static final TypeCounting INSTANCE = new TypeCounting();

    private TypeCounting() {
    }

    @Override
    public String name() {
        return "counting by type";
    }

    /** The game's types: distinct weights, their multiplicities, and each player's type. */
    record Types(int quota, int[] weight, int[] count, int[] typeOf, int players) {

        static Types of(SimpleGame game) {
            WeightedGame weighted = weighted(game);
            TreeMap<Integer, Integer> byWeight = new TreeMap<>();
            for (int w : weighted.weights()) {
                Integer seen = byWeight.get(w);
                byWeight.put(w, seen == null ? 1 : seen + 1);
            }
            int d = byWeight.size();
            int[] weight = new int[d];
            int[] count = new int[d];
            int t = 0;
            for (var entry : byWeight.entrySet()) {
                weight[t] = entry.getKey();
                count[t++] = entry.getValue();
            }
            int[] typeOf = new int[weighted.size()];
            for (int i = 0; i < typeOf.length; i++) {
                typeOf[i] = Arrays.binarySearch(weight, weighted.weight(i));
            }
            return new Types(weighted.quota(), weight, count, typeOf, weighted.size());
        }

        /** Returns the number of coalition classes, or {@code Long.MAX_VALUE} past {@link #MAX_CLASSES}. */
        long classes() {
            long classes = 1;
            for (int m : count) {
                classes *= m + 1;
                if (classes > MAX_CLASSES) {
                    return Long.MAX_VALUE;
                }
            }
            return classes;
        }
    }

    static WeightedGame weighted(SimpleGame game) {
        if (game instanceof WeightedGame weighted) {
            return weighted;
        }
        if (game instanceof CouncilGame council) {
            return council.toWeightedGame();
        }
        throw new IllegalArgumentException("counting by type needs a weighted game or a council, not a "
                + game.getClass().getSimpleName());
    }

    /** Tells whether a game has few enough classes to be counted by type. */
    static boolean accepts(SimpleGame game) {
        return (game instanceof WeightedGame || game instanceof CouncilGame)
                && Types.of(game).classes() <= MAX_CLASSES;
    }

    /** Everything one pass over the classes counts, per type. */
    private static final class Pass {
        final BigInteger[][] swingsBySize;
        final BigInteger[][] minimalBySize;
        final BigInteger[][] criticalWith;
        BigInteger winning = BigInteger.ZERO;
        BigInteger minimal = BigInteger.ZERO;

        Pass(int types, int n) {
            swingsBySize = filled(types, n);
            minimalBySize = filled(types, n + 1);
            criticalWith = filled(types, n + 1);
        }

        private static BigInteger[][] filled(int rows, int columns) {
            BigInteger[][] table = new BigInteger[rows][columns];
            for (BigInteger[] row : table) {
                Arrays.fill(row, BigInteger.ZERO);
            }
            return table;
        }
    }

    private static Pass pass(SimpleGame game) {
        Types types = Types.of(game);
        if (types.classes() > MAX_CLASSES) {
            throw new IllegalArgumentException("counting by type visits at most " + MAX_CLASSES
                    + " coalition classes; this game has " + types.weight().length + " distinct weights over "
                    + types.players() + " players, which is more");
        }
        int d = types.weight().length;
        int n = types.players();
        int q = types.quota();
        BigInteger[][] binomial = new BigInteger[d][];
        for (int t = 0; t < d; t++) {
            binomial[t] = binomials(types.count()[t]);
        }
        Pass pass = new Pass(d, n);
        int[] c = new int[d];
        while (true) {
            long weight = 0;
            int size = 0;
            BigInteger multiplicity = BigInteger.ONE;
            for (int t = 0; t < d; t++) {
                weight += (long) c[t] * types.weight()[t];
                size += c[t];
                multiplicity = multiplicity.multiply(binomial[t][c[t]]);
            }
            if (weight >= q) {
                pass.winning = pass.winning.add(multiplicity);
                int critical = 0;
                boolean minimal = true;
                for (int t = 0; t < d; t++) {
                    if (c[t] > 0) {
                        if (weight - types.weight()[t] < q) {
                            critical += c[t];
                        } else {
                            minimal = false;
                        }
                    }
                }
                if (minimal) {
                    pass.minimal = pass.minimal.add(multiplicity);
                }
                for (int t = 0; t < d; t++) {
                    if (c[t] > 0 && weight - types.weight()[t] < q) {
                        // coalitions of this class containing one given player of type t
                        BigInteger containing = multiplicity.multiply(BigInteger.valueOf(c[t]))
                                .divide(BigInteger.valueOf(types.count()[t]));
                        pass.swingsBySize[t][size - 1] = pass.swingsBySize[t][size - 1].add(containing);
                        pass.criticalWith[t][critical] = pass.criticalWith[t][critical].add(containing);
                        if (minimal) {
                            pass.minimalBySize[t][size] = pass.minimalBySize[t][size].add(containing);
                        }
                    }
                }
            }
            int t = 0;
            while (t < d && c[t] == types.count()[t]) {
                c[t++] = 0;
            }
            if (t == d) {
                break;
            }
            c[t]++;
        }
        return pass;
    }

    private static BigInteger[] binomials(int m) {
        BigInteger[] row = new BigInteger[m + 1];
        row[0] = BigInteger.ONE;
        for (int k = 1; k <= m; k++) {
            row[k] = row[k - 1].multiply(BigInteger.valueOf(m - k + 1)).divide(BigInteger.valueOf(k));
        }
        return row;
    }

    @Override
    public SwingCounts swings(SimpleGame game, boolean bySize) {
        Types types = Types.of(game);
        Pass pass = pass(game);
        List<BigInteger> swings = new ArrayList<>();
        List<List<BigInteger>> sizes = new ArrayList<>();
        for (int i = 0; i < types.players(); i++) {
            BigInteger[] row = pass.swingsBySize[types.typeOf()[i]];
            swings.add(Limbs.sum(row));
            sizes.add(Arrays.asList(row));
        }
        return new SwingCounts(swings, bySize ? sizes : List.of(), pass.winning);
    }

    @Override
    public MinimalWinningCounts minimalWinning(SimpleGame game, boolean bySize) {
        Types types = Types.of(game);
        Pass pass = pass(game);
        List<List<BigInteger>> sizes = new ArrayList<>();
        for (int i = 0; i < types.players(); i++) {
            sizes.add(Arrays.asList(pass.minimalBySize[types.typeOf()[i]]));
        }
        MinimalWinningCounts counts = MinimalWinningCounts.bySize(sizes, pass.minimal);
        return bySize ? counts : new MinimalWinningCounts(counts.containing(), List.of(), counts.total());
    }

    @Override
    public List<BigFraction> johnstonScores(SimpleGame game) {
        Types types = Types.of(game);
        Pass pass = pass(game);
        BigFraction[] byType = new BigFraction[types.weight().length];
        for (int t = 0; t < byType.length; t++) {
            BigFraction score = BigFraction.ZERO;
            for (int k = 1; k < pass.criticalWith[t].length; k++) {
                if (pass.criticalWith[t][k].signum() > 0) {
                    score = score.add(new BigFraction(pass.criticalWith[t][k], BigInteger.valueOf(k)));
                }
            }
            byType[t] = score;
        }
        List<BigFraction> scores = new ArrayList<>();
        for (int i = 0; i < types.players(); i++) {
            scores.add(byType[types.typeOf()[i]]);
        }
        return scores;
    }
}
