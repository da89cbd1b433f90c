package io.github.unscsim.power.index;

import io.github.unscsim.power.SimpleGame;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A counting algorithm: it counts, for a game, what the indices are computed from. Implementations differ in the
 * games they accept and how fast they are; each throws {@link IllegalArgumentException} with the reason for a game
 * it cannot count (the wrong kind, or too large) rather than run for hours. {@link CoalitionCounters} has them all.
 * Implementations are immutable and thread-safe.
 */
public interface CoalitionCounter {

    /**
     * Returns the algorithm's name, e.g. "generating functions".
     *
     * @return the name
     */
    String name();

    /**
     * Counts every player's swings and the winning coalitions.
     *
     * @param game the game, not null
     * @param bySize true to count the swings by the size of the coalition joined, as Shapley–Shubik needs
     * @return the counts
     * @throws IllegalArgumentException if this algorithm cannot count the game
     */
    SwingCounts swings(SimpleGame game, boolean bySize);

    /**
     * Counts the minimal winning coalitions containing each player.
     *
     * @param game the game, not null
     * @param bySize true to count them by size too, as Deegan–Packel needs
     * @return the counts
     * @throws IllegalArgumentException if this algorithm cannot count the game
     */
    MinimalWinningCounts minimalWinning(SimpleGame game, boolean bySize);

    /**
     * Returns each player's Johnston score: the sum, over the winning coalitions in which it is critical, of one
     * over the number of critical members of that coalition.
     *
     * @param game the game, not null
     * @return the scores, in player order
     * @throws IllegalArgumentException if this algorithm cannot count the game
     */
    List<BigFraction> johnstonScores(SimpleGame game);
}
