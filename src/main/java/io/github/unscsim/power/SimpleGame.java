package io.github.unscsim.power;

import java.util.BitSet;
import java.util.List;

/**
 * A simple voting game: a set of players and a test telling which coalitions (the players voting yes) win. Every
 * game here is monotone: adding a player to a winning coalition keeps it winning. Implementations are immutable and
 * thread-safe.
 */
public sealed interface SimpleGame permits WeightedGame, CouncilGame, CoalitionGame {

    /**
     * Returns the players' names in order: codes for a council, the names given for a weighted game.
     *
     * @return the names, immutable
     */
    List<String> players();

    /**
     * Returns the number of players.
     *
     * @return the number of players, at least 1
     */
    default int size() {
        return players().size();
    }

    /**
     * Tells whether a coalition wins.
     *
     * @param coalition the players voting yes, by index in {@link #players()}, not null
     * @return true if the coalition wins
     */
    boolean isWinning(BitSet coalition);
}
