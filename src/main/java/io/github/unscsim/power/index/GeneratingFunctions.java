package io.github.unscsim.power.index;

import io.github.unscsim.power.SimpleGame;
import io.github.unscsim.power.WeightedGame;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Counts the swings of a weighted game {@code [q; w1..wn]} with generating functions (Brams and Affuso, "Power and
 * size: a new paradox", Theory and Decision 7 (1976) 29–56; Mann and Shapley, "Values of large games VI", RAND
 * RM-3158 (1962); Bilbao, Fernández, Jiménez Losada and López, "Generating functions for computing power indices
 * efficiently", TOP 8 (2000) 191–213), with exact counts in flat multi-limb integers.
 *
 * <ul>
 *   <li>Without sizes (Banzhaf, Coleman): one table of the number of coalitions of each weight below q, the
 *       coefficients of Π(1 + x^wi), built in O(n·q) steps (players by increasing weight, only the reachable
 *       weights); then its prefix sums, from which the swings of a player of weight v, the coalitions without it
 *       weighing q − v to q − 1, come by dividing by (1 + x^v) = an alternating sum of q/v windows (the removal
 *       step of Uno, "Efficient computation of power indices for weighted majority games", ISAAC 2012). In all
 *       O(n·q + q·Σ 1/v) steps on numbers of n bits (n/62 words), d distinct weights v.</li>
 *   <li>With sizes (Shapley–Shubik): the table of Π(1 + y·x^wi) by size and weight below q, built in O(n²·q) steps
 *       (only the band of each size that can be non-empty is stored, players taken by increasing weight); each
 *       distinct weight's swings by size come from the prefix sums of that one table through the expansion
 *       1/(1 + y·x^v) = Σ (−y·x^v)^t, in O(n²) per distinct weight. Memory O(n·q) numbers of up to n bits.</li>
 * </ul>
 * The minimal winning coalitions containing each player are counted the same way, players by decreasing weight and
 * each coalition at its lightest member: without sizes (Holler) in O(n·q·log d), see
 * {@link #minimalWithoutSizes(WeightedGame)}, and by size (Deegan–Packel) in O(n²·q) plus O(n²·min(n, q/v)) per
 * distinct weight v, see {@link #minimalWithSizes(WeightedGame)}. Players with equal weights have equal power, so
 * the per-player step runs once per distinct weight. A Shapley–Shubik table of 2^26 words (512 MB) or more is built
 * on two threads: for each player, the rows split into two bands of equal work, the upper band reading a copy of the
 * boundary row. It counts swings and minimal winning coalitions; Johnston's scores are for {@link TypeCounting} or
 * {@link Enumeration}.
 */
final class GeneratingFunctions implements CoalitionCounter {

    /** The table size, in words, from which the Shapley–Shubik table is built on two threads. */
    static final long PARALLEL_WORDS = 1L << 26;

    static final GeneratingFunctions INSTANCE = new GeneratingFunctions(PARALLEL_WORDS);

    private final long parallelWords;

    /** Creates the algorithm; tables of {@code parallelWords} words or more are built on two threads. */
    GeneratingFunctions(long parallelWords) {
        this.parallelWords = parallelWords;
    }

    @Override
    public String name() {
        return "generating functions";
    }

    @Override
    public SwingCounts swings(SimpleGame game, boolean bySize) {
        WeightedGame weighted = TypeCounting.weighted(game);
        return bySize ? withSizes(weighted) : withoutSizes(weighted);
    }

    @Override
    public MinimalWinningCounts minimalWinning(SimpleGame game, boolean bySize) {
        WeightedGame weighted = TypeCounting.weighted(game);
        return bySize ? minimalWithSizes(weighted) : minimalWithoutSizes(weighted);
    }

    /**
     * Counts the minimal winning coalitions containing each player. Taking the players by decreasing weight, a
     * minimal winning coalition is counted once, at its last member l: the members before l form a coalition T of
     * weight q − w_l to q − 1 (so that S = T + l wins and loses without its lightest member). With F the table of
     * the coalitions of the players before l, those T are a window of F's prefix sums; the T containing a given
     * earlier player of weight v come, as for the swings, from dividing F by (1 + x^v). O(n·q) steps for the
     * prefix sums and O(n·Σ q/v) for the windows, on numbers of n bits.
     */
    private static MinimalWinningCounts minimalWithoutSizes(WeightedGame game) {
        int n = game.size();
        int q = game.quota();
        int limbs = Limbs.forBits(n + 1);
        Limbs.checkMemory(2L * q * limbs, "minimal winning coalitions for " + n + " players and quota " + q);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(game.weight(b), game.weight(a)));
        long[] table = new long[q * limbs];
        long[] prefix = new long[q * limbs];
        table[0] = 1;
        int accumulator = Limbs.forBits(n + 1 + 32);
        BigInteger[] containing = new BigInteger[n];
        BigInteger[] before = new BigInteger[n];
        TreeMap<Integer, BigInteger> perEarlier = new TreeMap<>();
        BigInteger total = BigInteger.ZERO;
        for (int player : order) {
            int last = game.weight(player);
            containing[player] = BigInteger.ZERO;
            if (last > 0) {
                System.arraycopy(table, 0, prefix, 0, table.length);
                for (int x = 1; x < q; x++) {
                    Limbs.add(prefix, x * limbs, limbs, prefix, (x - 1) * limbs, limbs);
                }
                BigInteger own = window(prefix, limbs, accumulator, q - 1, last, 0);
                containing[player] = own;
                total = total.add(own);
                for (var entry : perEarlier.entrySet()) {
                    int v = entry.getKey();
                    if (v > 0) {
                        entry.setValue(entry.getValue().add(window(prefix, limbs, accumulator, q - 1 - v, last, v)));
                    }
                }
            }
            before[player] = perEarlier.getOrDefault(last, BigInteger.ZERO);
            perEarlier.putIfAbsent(last, BigInteger.ZERO);
            for (int x = q - 1; x >= last; x--) {
                Limbs.add(table, x * limbs, limbs, table, (x - last) * limbs, limbs);
            }
        }
        List<BigInteger> counts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            counts.add(containing[i].add(perEarlier.get(game.weight(i)).subtract(before[i])));
        }
        return new MinimalWinningCounts(counts, List.of(), total);
    }

    /**
     * Counts the minimal winning coalitions containing each player by size, as
     * {@link #minimalWithoutSizes(WeightedGame)} does with a size dimension. Players by decreasing weight, each
     * minimal winning coalition S is counted at its last member l: the members before l form a coalition T of size
     * |S| − 1 weighing q − w_l to q − 1. The table P holds, by size s and weight x below q, the number of coalitions
     * of the players so far of size s weighing at most x: the prefix sums along the weight, which adding a player
     * of weight w updates in place as P[s][x] += P[s − 1][x − w]. The T of size s are P[s][q − 1] − P[s][q − 1 − w_l];
     * those containing a given earlier player of weight v, by the expansion 1/(1 + y·x^v) = Σ (−y·x^v)^t, are
     * Σ_t (−1)^t (P[s − 1 − t][q − 1 − v − t·v] − P[s − 1 − t][q − 1 − w_l − v − t·v]), summed over the players l
     * in limb accumulators per distinct weight and size. Players of equal weight have equal counts, so a weight's
     * counts are those of its first player: the coalitions counted at it and those counted later with it before.
     * O(n²·q) steps for the table and O(n·Σ_s min(s, q/v)) = O(n²·min(n, q/v)) for the windows of each distinct
     * weight v, on numbers of up to n bits; memory O(n·q) numbers.
     */
    private static MinimalWinningCounts minimalWithSizes(WeightedGame game) {
        int n = game.size();
        int q = game.quota();
        Rows rows = Rows.of(game);
        int[] sorted = rows.sorted();
        long[] low = rows.low();
        int top = rows.top();
        int[] limbs = rows.limbs();
        int[] distinct = distinct(game);
        int widest = Arrays.stream(limbs).max().orElse(1);
        int accumulator = widest + 1;
        // for each distinct weight and size s of T, the sums with even t (plus) and odd t (minus)
        int perWeight = (top + 1) * 2 * accumulator;
        Limbs.checkMemory(rows.cells() + (long) distinct.length * perWeight,
                "minimal winning coalitions by size for " + n + " players and quota " + q);
        long[] table = new long[(int) rows.cells()];
        for (int x = 0; x < q; x++) {
            table[x] = 1;
        }
        long[] sums = new long[distinct.length * perWeight];
        // the distinct weights in the order their first player comes, and that player's own counts by size of S
        int[] seen = new int[distinct.length];
        TreeMap<Integer, BigInteger[]> own = new TreeMap<>();
        BigInteger total = BigInteger.ZERO;
        int[] order = Arrays.stream(sorted).map(w -> -w).sorted().map(w -> -w).toArray();
        for (int k = 0, known = 0; k < n && order[k] > 0; k++) {
            int last = order[k];
            int rowsSoFar = Math.min(k, top);
            BigInteger[] counted = new BigInteger[n + 1];
            Arrays.fill(counted, BigInteger.ZERO);
            for (int s = 0; s <= rowsSoFar; s++) {
                BigInteger windowed = Limbs.toBigInteger(table, rows.cell(s, q - 1), limbs[s]);
                if (q - 1 - last >= low[s]) {
                    windowed = windowed.subtract(Limbs.toBigInteger(table, rows.cell(s, q - 1 - last), limbs[s]));
                }
                counted[s + 1] = windowed;
                total = total.add(windowed);
            }
            own.putIfAbsent(last, counted);
            // row by row, so that the reads stay in one row: row r serves the T of size s = r + 1 + t
            for (int r = 0; r < rowsSoFar; r++) {
                for (int j = 0; j < known; j++) {
                    int v = seen[j];
                    long upper = q - 1 - v;
                    for (int s = r + 1; s <= rowsSoFar && upper >= low[r]; s++, upper -= v) {
                        int t = s - 1 - r;
                        int plus = j * perWeight + (s * 2 + t % 2) * accumulator;
                        int minus = j * perWeight + (s * 2 + 1 - t % 2) * accumulator;
                        Limbs.add(sums, plus, accumulator, table, rows.cell(r, upper), limbs[r]);
                        if (upper - last >= low[r]) {
                            Limbs.add(sums, minus, accumulator, table, rows.cell(r, upper - last), limbs[r]);
                        }
                    }
                }
            }
            if (known == 0 || seen[known - 1] != last) {
                seen[known++] = last;
            }
            // add player l: from the highest row down, so that row s − 1 is still without it
            for (int s = Math.min(k + 1, top); s >= 1; s--) {
                int ls = limbs[s];
                int lp = Math.min(limbs[s - 1], ls);
                long from = Math.max(low[s], low[s - 1] + last);
                int to = rows.cell(s, from);
                int source = rows.cell(s - 1, from - last);
                int cells = (int) (q - from);
                if (ls == 1 && limbs[s - 1] == 1) {
                    // one limb each: the counts stay below 2^62, so they add with no carry (rows do not overlap)
                    for (int j = 0; j < cells; j++) {
                        table[to + j] += table[source + j];
                    }
                    continue;
                }
                if (ls == limbs[s - 1] && ls <= 4) {
                    Band.addRows(table, to, table, source, cells, ls);
                    continue;
                }
                for (long x = from; x < q; x++) {
                    Limbs.add(table, rows.cell(s, x), ls, table, rows.cell(s - 1, x - last), lp);
                }
            }
        }
        List<List<BigInteger>> containing = new ArrayList<>();
        TreeMap<Integer, List<BigInteger>> byWeight = new TreeMap<>();
        for (int j = 0; j < seen.length && seen[j] > 0; j++) {
            BigInteger[] counts = own.get(seen[j]).clone();
            for (int s = 1; s <= top; s++) {
                int base = j * perWeight + s * 2 * accumulator;
                counts[s + 1] = counts[s + 1].add(Limbs.toBigInteger(sums, base, accumulator))
                        .subtract(Limbs.toBigInteger(sums, base + accumulator, accumulator));
            }
            byWeight.put(seen[j], Arrays.asList(counts));
        }
        List<BigInteger> none = Collections.nCopies(n + 1, BigInteger.ZERO);
        for (int i = 0; i < n; i++) {
            containing.add(byWeight.getOrDefault(game.weight(i), none));
        }
        return MinimalWinningCounts.bySize(containing, total);
    }

    /**
     * Returns Σ_t (−1)^t (P[top − t·v] − P[top − width − t·v]) over t ≥ 0 while the first index is not negative
     * (only t = 0 when v is 0), P being the prefix sums and P at a negative index 0: the coalitions weighing
     * top − width + 1 to top in the table divided by (1 + x^v).
     */
    private static BigInteger window(long[] prefix, int limbs, int accumulator, long top, long width, int v) {
        long[] plus = new long[accumulator];
        long[] minus = new long[accumulator];
        for (long t = 0, upper = top; upper >= 0; t++, upper -= v) {
            long[] first = t % 2 == 0 ? plus : minus;
            long[] second = t % 2 == 0 ? minus : plus;
            Limbs.add(first, 0, accumulator, prefix, (int) upper * limbs, limbs);
            if (upper - width >= 0) {
                Limbs.add(second, 0, accumulator, prefix, (int) (upper - width) * limbs, limbs);
            }
            if (v == 0) {
                break;
            }
        }
        return Limbs.toBigInteger(plus, 0, accumulator).subtract(Limbs.toBigInteger(minus, 0, accumulator));
    }

    @Override
    public List<BigFraction> johnstonScores(SimpleGame game) {
        throw new IllegalArgumentException("generating functions here count swings and minimal winning coalitions; "
                + "Johnston's scores are counted by type or by enumeration");
    }

    private static SwingCounts withoutSizes(WeightedGame game) {
        int n = game.size();
        int q = game.quota();
        int limbs = Limbs.forBits(n + 1);
        Limbs.checkMemory((long) q * limbs, "Banzhaf for " + game.size() + " players and quota " + q);
        int[] sorted = game.weights();
        Arrays.sort(sorted);
        long[] table = new long[q * limbs];
        table[0] = 1;
        long processed = 0;
        for (int w : sorted) {
            processed += w;
            for (int x = (int) Math.min(q - 1, processed); x >= w; x--) {
                Limbs.add(table, x * limbs, limbs, table, (x - w) * limbs, limbs);
            }
        }
        // prefix sums: cell x becomes the number of coalitions weighing at most x
        for (int x = 1; x < q; x++) {
            Limbs.add(table, x * limbs, limbs, table, (x - 1) * limbs, limbs);
        }
        BigInteger winning = BigInteger.ONE.shiftLeft(n).subtract(Limbs.toBigInteger(table, (q - 1) * limbs, limbs));
        // the swings of a player of weight w: the coalitions without it weighing q - w to q - 1; dividing by
        // (1 + x^w) gives them as the alternating sum over t of prefix-sum windows shifted by t·w
        int accumulator = Limbs.forBits(n + 1 + 32);
        TreeMap<Integer, BigInteger> byWeight = new TreeMap<>();
        for (int w : distinct(game)) {
            if (w == 0) {
                byWeight.put(0, BigInteger.ZERO);
                continue;
            }
            long[] plus = new long[accumulator];
            long[] minus = new long[accumulator];
            for (long t = 0, upper = q - 1; upper >= 0; t++, upper -= w) {
                long[] first = t % 2 == 0 ? plus : minus;
                long[] second = t % 2 == 0 ? minus : plus;
                Limbs.add(first, 0, accumulator, table, (int) upper * limbs, limbs);
                if (upper - w >= 0) {
                    Limbs.add(second, 0, accumulator, table, (int) (upper - w) * limbs, limbs);
                }
            }
            byWeight.put(w, Limbs.toBigInteger(plus, 0, accumulator)
                    .subtract(Limbs.toBigInteger(minus, 0, accumulator)));
        }
        List<BigInteger> swings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            swings.add(byWeight.get(game.weight(i)));
        }
        return new SwingCounts(swings, List.of(), winning);
    }

    private SwingCounts withSizes(WeightedGame game) {
        int n = game.size();
        int q = game.quota();
        Rows layout = Rows.of(game);
        long[] low = layout.low();
        int top = layout.top();
        int[] limbs = layout.limbs();
        long[] offset = layout.offset();
        Limbs.checkMemory(layout.cells(), "exact Shapley-Shubik for " + n + " players and quota " + q);
        long[] table = new long[(int) layout.cells()];
        table[0] = 1;
        Band band = new Band(table, layout.sorted(), low, limbs, offset, q);
        boolean parallel = Runtime.getRuntime().availableProcessors() > 1 && layout.cells() >= parallelWords;
        long widest = 0;
        for (int s = 0; s <= top; s++) {
            widest = Math.max(widest, offset[s + 1] - offset[s]);
        }
        long[] boundary = parallel ? new long[(int) widest] : null;
        for (int k = 0; k < n; k++) {
            int rows = Math.min(k + 1, top);
            if (!parallel || rows < 4) {
                band.update(k, 1, rows, null, 0);
                continue;
            }
            // rows mid + 1..rows read row mid's old values, kept in a copy while another thread updates row mid
            int mid = band.balance(k, rows);
            int length = (int) (offset[mid + 1] - offset[mid]);
            System.arraycopy(table, (int) offset[mid], boundary, 0, length);
            int player = k;
            CompletableFuture<Void> upper = CompletableFuture.runAsync(
                    () -> band.update(player, mid + 1, rows, boundary, offset[mid]));
            band.update(k, 1, mid, null, 0);
            upper.join();
        }
        // prefix sums along the weight: cell (s, x) becomes the number of coalitions of size s weighing at most x
        for (int s = 0; s <= top; s++) {
            int ls = limbs[s];
            for (long x = low[s] + 1; x < q; x++) {
                int cell = layout.cell(s, x);
                Limbs.add(table, cell, ls, table, cell - ls, ls);
            }
        }
        int accumulator = Limbs.forBits(n + 12);
        TreeMap<Integer, BigInteger[]> byWeight = new TreeMap<>();
        for (int w : distinct(game)) {
            BigInteger[] bySize = new BigInteger[n];
            Arrays.fill(bySize, BigInteger.ZERO);
            byWeight.put(w, bySize);
            if (w == 0) {
                continue;
            }
            for (int s = 0; s <= Math.min(n - 1, top); s++) {
                long[] plus = new long[accumulator];
                long[] minus = new long[accumulator];
                int maxT = Math.min(s, (q - 1) / w);
                for (int t = Math.max(0, s - top); t <= maxT; t++) {
                    int r = s - t;
                    long upper = q - 1 - (long) t * w;
                    long lower = upper - w;
                    long[] first = t % 2 == 0 ? plus : minus;
                    long[] second = t % 2 == 0 ? minus : plus;
                    if (upper >= low[r]) {
                        Limbs.add(first, 0, accumulator, table, layout.cell(r, upper), limbs[r]);
                    }
                    if (lower >= low[r]) {
                        Limbs.add(second, 0, accumulator, table, layout.cell(r, lower), limbs[r]);
                    }
                }
                bySize[s] = Limbs.toBigInteger(plus, 0, accumulator)
                        .subtract(Limbs.toBigInteger(minus, 0, accumulator));
            }
        }
        List<BigInteger> swings = new ArrayList<>();
        List<List<BigInteger>> sizes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigInteger[] bySize = byWeight.get(game.weight(i));
            swings.add(Limbs.sum(bySize));
            sizes.add(Arrays.asList(bySize));
        }
        BigInteger losing = BigInteger.ZERO;
        for (int s = 0; s <= top; s++) {
            losing = losing.add(Limbs.toBigInteger(table, layout.cell(s, q - 1), limbs[s]));
        }
        return new SwingCounts(swings, sizes, BigInteger.ONE.shiftLeft(n).subtract(losing));
    }

    /**
     * The rows of a table by size s and weight x below q: a coalition of size s weighs at least the s smallest
     * weights, low[s], so rows 0..top (the sizes with low[s] below q) hold the weights low[s] to q − 1, each cell in
     * the limbs of C(n, s) (no row counts more coalitions), row s from offset[s].
     */
    private record Rows(int[] sorted, long[] low, int top, int[] limbs, long[] offset) {

        /** Lays out the table of a game, its weights sorted in increasing order. */
        static Rows of(WeightedGame game) {
            int q = game.quota();
            int[] sorted = game.weights();
            Arrays.sort(sorted);
            int n = sorted.length;
            long[] low = new long[n + 1];
            for (int s = 1; s <= n; s++) {
                low[s] = low[s - 1] + sorted[s - 1];
            }
            int top = 0;
            while (top < n && low[top + 1] < q) {
                top++;
            }
            int[] limbs = new int[top + 1];
            long[] offset = new long[top + 2];
            BigInteger binomial = BigInteger.ONE;
            for (int s = 0; s <= top; s++) {
                if (s > 0) {
                    binomial = binomial.multiply(BigInteger.valueOf(n - s + 1)).divide(BigInteger.valueOf(s));
                }
                limbs[s] = Limbs.forBits(binomial.bitLength());
                offset[s + 1] = offset[s] + (q - low[s]) * limbs[s];
            }
            return new Rows(sorted, low, top, limbs, offset);
        }

        /** Returns the number of words the table takes. */
        long cells() {
            return offset[top + 1];
        }

        /** Returns the index of cell (s, x), for s ≤ top and x from low[s] to q − 1. */
        int cell(int s, long x) {
            return (int) (offset[s] + (x - low[s]) * limbs[s]);
        }
    }

    /** The Shapley–Shubik table by size and weight, and the step that adds one player to a band of its rows. */
    private record Band(long[] table, int[] sorted, long[] low, int[] limbs, long[] offset, int q) {

        /**
         * Adds player k (by increasing weight) to rows first..last, from the highest row down; row first reads row
         * first − 1 from {@code copy} (whose index 0 is table index {@code copyStart}) if given, else from the table.
         */
        void update(int k, int first, int last, long[] copy, long copyStart) {
            int w = sorted[k];
            for (int s = last; s >= first; s--) {
                // a coalition of s of the first k + 1 players weighs at most the s heaviest of them
                int high = (int) Math.min(q - 1, low[k + 1] - low[k + 1 - s]);
                int from = (int) Math.max(low[s], low[s - 1] + w);
                int ls = limbs[s];
                int lp = Math.min(limbs[s - 1], ls);
                long rowS = offset[s] - low[s] * ls;
                long[] source = s == first && copy != null ? copy : table;
                long rowP = offset[s - 1] - low[s - 1] * limbs[s - 1] - (source == copy ? copyStart : 0);
                int lq = limbs[s - 1];
                if (ls == 1) {
                    // one limb: the row's counts stay below 2^62, and so do those of row s − 1 that add to it (each
                    // is a coalition of this row less player k), so the low limbs add with no carry
                    if (lq == 1) {
                        // rows s and s − 1 do not overlap, so the cells add in any order: ascending, which the JIT
                        // can vectorise
                        int to = (int) (rowS + from);
                        int fromP = (int) (rowP + from - w);
                        for (int j = 0, cells = high - from + 1; j < cells; j++) {
                            table[to + j] += source[fromP + j];
                        }
                    } else {
                        for (int x = high; x >= from; x--) {
                            table[(int) (rowS + x)] += source[(int) (rowP + (long) (x - w) * lq)];
                        }
                    }
                    continue;
                }
                if (ls == lp && lq == ls && ls <= 4) {
                    addRows(table, (int) (rowS + (long) from * ls), source, (int) (rowP + (long) (from - w) * lq),
                            high - from + 1, ls);
                    continue;
                }
                for (int x = high; x >= from; x--) {
                    Limbs.add(table, (int) (rowS + (long) x * ls), ls, source, (int) (rowP + (long) (x - w) * lq), lp);
                }
            }
        }

        /**
         * Adds {@code cells} numbers of {@code limbs} limbs (2 to 4), from {@code source} at {@code s} to
         * {@code table} at {@code d}, cell by cell in ascending order (the two rows do not overlap), carries unrolled.
         */
        private static void addRows(long[] table, int d, long[] source, int s, int cells, int limbs) {
            long mask = Limbs.MASK;
            int bits = Limbs.BITS;
            for (int j = 0; j < cells; j++, d += limbs, s += limbs) {
                long sum = table[d] + source[s];
                table[d] = sum & mask;
                sum = table[d + 1] + source[s + 1] + (sum >>> bits);
                table[d + 1] = sum & mask;
                if (limbs > 2) {
                    sum = table[d + 2] + source[s + 2] + (sum >>> bits);
                    table[d + 2] = sum & mask;
                    if (limbs > 3) {
                        sum = table[d + 3] + source[s + 3] + (sum >>> bits);
                        table[d + 3] = sum & mask;
                    }
                }
            }
        }

        /** Returns the row that splits rows 1..rows into two bands of about equal work for player k. */
        int balance(int k, int rows) {
            long[] work = new long[rows + 1];
            for (int s = 1; s <= rows; s++) {
                long high = Math.min(q - 1, low[k + 1] - low[k + 1 - s]);
                long from = Math.max(low[s], low[s - 1] + sorted[k]);
                work[s] = work[s - 1] + Math.max(0, high - from + 1) * limbs[s];
            }
            int mid = 1;
            while (mid < rows - 1 && work[mid] * 2 < work[rows]) {
                mid++;
            }
            return mid;
        }
    }

    /** The distinct weights, ascending (a loop, not a stream: see {@link Shares}). */
    private static int[] distinct(WeightedGame game) {
        int[] sorted = game.weights();
        Arrays.sort(sorted);
        int d = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[d++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, d);
    }
}
