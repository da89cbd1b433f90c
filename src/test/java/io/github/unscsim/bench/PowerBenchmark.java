package io.github.unscsim.bench;

import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.WeightedGame;
import io.github.unscsim.power.index.BanzhafIndex;
import io.github.unscsim.power.index.DeeganPackelIndex;
import io.github.unscsim.power.index.HollerIndex;
import io.github.unscsim.power.index.PowerProfile;
import io.github.unscsim.power.index.ShapleyShubikIndex;
import io.github.unscsim.reform.ReformModels;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exact power indices of a weighted game of {@code players} players with weights drawn uniformly from 1..100 (seed
 * 42) and the quota half the total weight plus one, and of today's Council. The 1,000-player Shapley–Shubik table
 * takes about 1 GB, hence the heap. Run the 1,000-player cases with {@code -p players=1000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class PowerBenchmark {

    /** The number of players of the weighted game. */
    @Param({"200"})
    public int players;

    private WeightedGame game;
    private CouncilGame council;

    /** Draws the weights. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        int[] weights = new int[players];
        int total = 0;
        for (int i = 0; i < players; i++) {
            weights[i] = 1 + random.nextInt(100);
            total += weights[i];
        }
        game = WeightedGame.of(total / 2 + 1, weights);
        council = CouncilGame.of(ReformModels.today());
    }

    /** Exact Banzhaf for every player, by generating functions. */
    @Benchmark
    public PowerProfile banzhaf() {
        return BanzhafIndex.normalised().compute(game);
    }

    /** Exact Shapley–Shubik for every player, by generating functions with the size dimension. */
    @Benchmark
    public PowerProfile shapleyShubik() {
        return new ShapleyShubikIndex().compute(game);
    }

    /** Exact Holler index for every player, minimal winning coalitions by generating functions. */
    @Benchmark
    public PowerProfile holler() {
        return new HollerIndex().compute(game);
    }

    /** Exact Deegan–Packel index for every player, minimal winning coalitions by size by generating functions. */
    @Benchmark
    public PowerProfile deeganPackel() {
        return new DeeganPackelIndex().compute(game);
    }

    /** Exact Shapley–Shubik of today's Council, counted by type of member. */
    @Benchmark
    public PowerProfile councilShapleyShubik() {
        return new ShapleyShubikIndex().compute(council);
    }
}
