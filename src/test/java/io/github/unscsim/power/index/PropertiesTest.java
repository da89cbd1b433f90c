package io.github.unscsim.power.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.power.CoalitionGame;
import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.TernaryCouncilGame;
import io.github.unscsim.power.WeightedGame;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of every index on seeded random games, and agreement of every algorithm with enumeration. */
class PropertiesTest {

    private static final long SEED = 20261201L;

    /** Random weighted games of 1 to 12 players, weights 0 to 12, any valid quota. */
    static Stream<WeightedGame> games() {
        SplittableRandom random = new SplittableRandom(SEED);
        return IntStream.range(0, 60).mapToObj(k -> {
            int n = 1 + random.nextInt(12);
            int[] weights = new int[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextInt(13);
                total += weights[i];
            }
            if (total == 0) {
                weights[0] = 1;
                total = 1;
            }
            return WeightedGame.of(1 + random.nextInt(total), weights);
        });
    }

    /** Random councils: 0 to 6 veto holders, 0 to 14 others, any quota. */
    static Stream<CouncilGame> councils() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        return IntStream.range(0, 30).mapToObj(k -> {
            int veto = random.nextInt(7);
            int others = random.nextInt(15);
            if (veto + others == 0) {
                others = 1;
            }
            return KnownAnswersTest.council(veto, others, 1 + random.nextInt(veto + others));
        });
    }

    @ParameterizedTest
    @MethodSource("games")
    void everyIndex_randomGame_agreesWithEnumeration(WeightedGame game) {
        CoalitionGame oracleGame = CoalitionGame.from(game);
        for (String name : PowerIndices.NAMES) {
            PowerProfile expected = KnownAnswersTest.oracle(name, oracleGame);
            assertThat(PowerIndices.byName(name).compute(game).values()).as(name + " " + game)
                    .isEqualTo(expected.values());
        }
        CoalitionCounter functions = CoalitionCounters.generatingFunctions();
        assertThat(new ShapleyShubikIndex().compute(game, functions).values()).as("SS by generating functions")
                .isEqualTo(new ShapleyShubikIndex().compute(game, CoalitionCounters.enumeration()).values());
        assertThat(functions.swings(game, false))
                .isEqualTo(CoalitionCounters.enumeration().swings(oracleGame, false));
        assertThat(CoalitionCounters.typeCounting().swings(game, true))
                .isEqualTo(CoalitionCounters.enumeration().swings(oracleGame, true));
        assertThat(functions.minimalWinning(game, false))
                .isEqualTo(CoalitionCounters.enumeration().minimalWinning(oracleGame, false));
        assertThat(new HollerIndex().compute(game, functions).values())
                .isEqualTo(new HollerIndex().compute(oracleGame, CoalitionCounters.enumeration()).values());
        assertThat(functions.minimalWinning(game, true))
                .isEqualTo(CoalitionCounters.enumeration().minimalWinning(oracleGame, true));
        assertThat(new DeeganPackelIndex().compute(game, functions).values())
                .isEqualTo(new DeeganPackelIndex().compute(oracleGame, CoalitionCounters.enumeration()).values());
    }

    @ParameterizedTest
    @MethodSource("games")
    void normalisedIndices_randomGame_sumToOneGiveEqualWeightsEqualPowerAndDummiesZero(WeightedGame game) {
        for (String name : List.of("shapley-shubik", "banzhaf", "johnston", "deegan-packel", "holler")) {
            PowerProfile profile = PowerIndices.byName(name).compute(game);
            assertThat(profile.sum()).as(name).isEqualTo(BigFraction.ONE);
            for (int i = 0; i < game.size(); i++) {
                for (int j = 0; j < game.size(); j++) {
                    if (game.weight(i) == game.weight(j)) {
                        assertThat(profile.value(i)).as(name).isEqualTo(profile.value(j));
                    }
                }
                if (isDummy(game, i)) {
                    assertThat(profile.value(i)).as(name + " dummy " + i).isEqualTo(BigFraction.ZERO);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("councils")
    void councilByType_randomCouncil_agreesWithItsWeightedGame(CouncilGame council) {
        WeightedGame weighted = council.toWeightedGame();
        for (String name : PowerIndices.NAMES) {
            assertThat(PowerIndices.byName(name).compute(council).values()).as(name + " " + council)
                    .isEqualTo(PowerIndices.byName(name).compute(weighted).values());
        }
        assertThat(new ShapleyShubikIndex().compute(council).values())
                .isEqualTo(new ShapleyShubikIndex().compute(weighted, CoalitionCounters.generatingFunctions()).values());
        if (council.size() <= 16) {
            assertThat(new ShapleyShubikIndex().compute(council).values()).isEqualTo(
                    new ShapleyShubikIndex().compute(council, CoalitionCounters.enumeration()).values());
        }
    }

    @ParameterizedTest
    @MethodSource("councils")
    void ternary_randomCouncil_twoOptionsGiveTheBinaryIndicesAndThreeSumToOne(CouncilGame council) {
        assertThat(TernaryIndices.rollCalls(council, false, false, "roll-call").values())
                .isEqualTo(new ShapleyShubikIndex().compute(council).values());
        assertThat(TernaryIndices.decisive(council, false, false, false).values())
                .isEqualTo(BanzhafIndex.absolute().compute(council).values());
        for (boolean blocks : new boolean[] {false, true}) {
            TernaryCouncilGame ternary = new TernaryCouncilGame(council, blocks);
            assertThat(TernaryIndices.shapleyShubik(ternary).sum()).isEqualTo(BigFraction.ONE);
            assertThat(TernaryIndices.banzhaf(ternary).sum()).isEqualTo(BigFraction.ONE);
        }
    }

    /** Medium games whose Shapley–Shubik table is built on two threads, against counting by type. */
    @ParameterizedTest
    @MethodSource("mediumGames")
    void shapleyShubik_twoThreads_agreesWithCountingByType(WeightedGame game) {
        SwingCounts parallel = new GeneratingFunctions(0).swings(game, true);
        assertThat(parallel).isEqualTo(new GeneratingFunctions(Long.MAX_VALUE).swings(game, true));
        assertThat(parallel).isEqualTo(CoalitionCounters.typeCounting().swings(game, true));
    }

    /** Medium games with five distinct weights: minimal winning coalitions by size against counting by type. */
    @ParameterizedTest
    @MethodSource("mediumGames")
    void minimalWinningBySize_mediumGame_agreesWithCountingByType(WeightedGame game) {
        MinimalWinningCounts counts = CoalitionCounters.generatingFunctions().minimalWinning(game, true);
        assertThat(counts).isEqualTo(CoalitionCounters.typeCounting().minimalWinning(game, true));
        assertThat(counts.total()).isPositive();
    }

    /**
     * A game of 200 players with weights drawn from 1..100 (too many classes to count by type, too many players to
     * enumerate): Deegan–Packel by the automatic counter sums to one, gives equal weights equal values and every
     * player a positive value, and its minimal winning coalitions by size add up, per player, to the counts without
     * sizes, which another algorithm counts.
     */
    @Test
    void deeganPackel_200PlayersWeights1To100_sumsToOneAndAgreesWithTheCountsWithoutSizes() {
        SplittableRandom random = new SplittableRandom(SEED + 4);
        int[] weights = new int[200];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + random.nextInt(100);
            total += weights[i];
        }
        WeightedGame game = WeightedGame.of(total / 2 + 1, weights);
        assertThat(TypeCounting.accepts(game)).isFalse();
        PowerProfile profile = new DeeganPackelIndex().compute(game);
        assertThat(profile.sum()).isEqualTo(BigFraction.ONE);
        // the counts of a Deegan-Packel profile are the sums over the sizes
        assertThat(profile.counts())
                .isEqualTo(CoalitionCounters.generatingFunctions().minimalWinning(game, false).containing());
        for (int i = 0; i < game.size(); i++) {
            assertThat(profile.value(i).compareTo(BigFraction.ZERO)).isPositive();
            for (int j = 0; j < i; j++) {
                if (game.weight(i) == game.weight(j)) {
                    assertThat(profile.value(i)).isEqualTo(profile.value(j));
                }
            }
        }
    }

    static Stream<WeightedGame> mediumGames() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        return IntStream.range(0, 8).mapToObj(k -> {
            int n = 20 + random.nextInt(60);
            int[] weights = new int[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                weights[i] = 1 + random.nextInt(5);
                total += weights[i];
            }
            return WeightedGame.of(total / 4 + random.nextInt(total / 2), weights);
        });
    }

    /**
     * Games whose tables have rows of one limb and of two, three and four (C(200, 100) needs four), fed by rows of
     * as many or fewer limbs, with quotas near the total and near half of it: the exact counts by generating
     * functions must agree with counting by type (three distinct weights, so few classes).
     */
    @ParameterizedTest
    @CsvSource({"100, 5", "200, 5", "200, 0"})
    void shapleyShubik_rowsOfOneToFourLimbs_agreeWithCountingByType(int players, int belowTotal) {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        int[] weights = new int[players];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + random.nextInt(3);
            total += weights[i];
        }
        WeightedGame game = WeightedGame.of(belowTotal > 0 ? total - belowTotal : total / 2 + 1, weights);
        assertThat(CoalitionCounters.generatingFunctions().swings(game, true))
                .isEqualTo(CoalitionCounters.typeCounting().swings(game, true));
    }

    private static boolean isDummy(WeightedGame game, int player) {
        int n = game.size();
        for (int mask = 0; mask < 1 << n; mask++) {
            if ((mask >> player & 1) == 0) {
                java.util.BitSet without = java.util.BitSet.valueOf(new long[] {mask});
                java.util.BitSet with = java.util.BitSet.valueOf(new long[] {mask | 1 << player});
                if (!game.isWinning(without) && game.isWinning(with)) {
                    return false;
                }
            }
        }
        return true;
    }
}
