package io.github.unscsim.power.index;

import io.github.unscsim.power.CoalitionGame;
import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.SimpleGame;
import io.github.unscsim.power.WeightedGame;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The counting algorithms. {@link #automatic()}, the default of every index, picks the fastest one that accepts the
 * game: counting by type for a council or a weighted game with few distinct weights, generating functions for other
 * weighted games, enumeration for a game given by a winning test.
 */
public final class CoalitionCounters {

    private CoalitionCounters() {
    }

    /**
     * Returns enumeration of all 2^n coalitions: any game of at most {@link CoalitionGame#MAX_PLAYERS} players;
     * the test oracle.
     *
     * @return the algorithm
     */
    public static CoalitionCounter enumeration() {
        return Enumeration.INSTANCE;
    }

    /**
     * Returns generating functions over the weights: swings of weighted games and councils in O(n·q) (Banzhaf,
     * Coleman) or O(n²·q) (Shapley–Shubik), and the minimal winning coalitions containing each player, not by size
     * (Holler) in O(n·q·log d), by size (Deegan–Packel) in O(n²·q) plus O(n²·min(n, q/v)) per distinct weight v.
     *
     * @return the algorithm
     */
    public static CoalitionCounter generatingFunctions() {
        return GeneratingFunctions.INSTANCE;
    }

    /**
     * Returns counting by type of player (players of equal weight): councils of any size and weighted games with
     * at most two million coalition classes, for every index.
     *
     * @return the algorithm
     */
    public static CoalitionCounter typeCounting() {
        return TypeCounting.INSTANCE;
    }

    /**
     * Returns the algorithm that picks, for each game, the one that accepts it at the lower estimated cost: for
     * swings, counting by type or generating functions for a weighted game or a council, enumeration for a game
     * given by a winning test; for Johnston's scores, counting by type, else enumeration; for minimal winning
     * coalitions, with or without sizes, counting by type, else generating functions for a weighted game or a
     * council (by size, enumeration instead if it is cheaper, at most 25 players and a large quota), else
     * enumeration.
     *
     * @return the algorithm
     */
    public static CoalitionCounter automatic() {
        return Automatic.INSTANCE;
    }

    /** Picks an algorithm per game. */
    private static final class Automatic implements CoalitionCounter {
        static final Automatic INSTANCE = new Automatic();

        @Override
        public String name() {
            return "automatic";
        }

        @Override
        public SwingCounts swings(SimpleGame game, boolean bySize) {
            Objects.requireNonNull(game, "game");
            if (!(game instanceof WeightedGame || game instanceof CouncilGame)) {
                return Enumeration.INSTANCE.swings(game, bySize);
            }
            // rough costs in word operations: a class costs a few big-integer products per type
            WeightedGame weighted = TypeCounting.weighted(game);
            long n = weighted.size();
            long cells = n * weighted.quota() * (n / 62 + 1);
            double functions = bySize ? cells * (double) n / 2 : cells;
            TypeCounting.Types types = TypeCounting.Types.of(weighted);
            double byType = (double) types.classes() * types.weight().length * 20;
            if (types.classes() <= TypeCounting.MAX_CLASSES && byType <= functions) {
                return TypeCounting.INSTANCE.swings(weighted, bySize);
            }
            return GeneratingFunctions.INSTANCE.swings(weighted, bySize);
        }

        @Override
        public MinimalWinningCounts minimalWinning(SimpleGame game, boolean bySize) {
            Objects.requireNonNull(game, "game");
            if (!TypeCounting.accepts(game) && (game instanceof WeightedGame || game instanceof CouncilGame)) {
                // rough costs in word operations: the table by size against the 2^n coalitions of n members each
                long n = game.size();
                double functions = (double) n * n * TypeCounting.weighted(game).quota();
                if (bySize && n <= CoalitionGame.MAX_PLAYERS && (double) (1L << n) * n < functions) {
                    return Enumeration.INSTANCE.minimalWinning(game, true);
                }
                return GeneratingFunctions.INSTANCE.minimalWinning(game, bySize);
            }
            return forCoalitions(game, "minimal winning coalitions").minimalWinning(game, bySize);
        }

        @Override
        public List<BigFraction> johnstonScores(SimpleGame game) {
            return forCoalitions(game, "Johnston's scores").johnstonScores(game);
        }

        private static CoalitionCounter forCoalitions(SimpleGame game, String what) {
            Objects.requireNonNull(game, "game");
            if (TypeCounting.accepts(game)) {
                return TypeCounting.INSTANCE;
            }
            if (game.size() <= CoalitionGame.MAX_PLAYERS) {
                return Enumeration.INSTANCE;
            }
            throw new IllegalArgumentException(what + " are counted by type of player (at most "
                    + TypeCounting.MAX_CLASSES + " classes of coalition) or by enumeration (at most "
                    + CoalitionGame.MAX_PLAYERS + " players); this game of " + game.size()
                    + " players allows neither");
        }
    }
}
