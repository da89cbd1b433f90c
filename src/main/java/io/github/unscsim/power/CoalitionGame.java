package io.github.unscsim.power;

import com.google.common.collect.ImmutableList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A game given by any winning test over coalitions, for small games (at most {@link #MAX_PLAYERS} players): its
 * power is counted by enumerating every coalition. The test must be monotone (a superset of a winning coalition
 * wins) and must not win with the empty coalition; the indices check neither. Immutable and thread-safe if the test
 * is.
 */
public final class CoalitionGame implements SimpleGame {

    /** The most players a game given by a winning test may have: enumeration visits 2^n coalitions. */
    public static final int MAX_PLAYERS = 25;

    private final List<String> players;
    private final Predicate<BitSet> winning;

    private CoalitionGame(List<String> players, Predicate<BitSet> winning) {
        this.players = players;
        this.winning = winning;
    }

    /**
     * Returns the game with the given players and winning test.
     *
     * @param players the players' names, distinct, between 1 and {@link #MAX_PLAYERS}
     * @param winning the winning test over coalitions (bits by player index); it gets a copy it may change
     * @return the game
     * @throws IllegalArgumentException if there are no players, too many, or a name twice
     */
    public static CoalitionGame of(List<String> players, Predicate<BitSet> winning) {
        Objects.requireNonNull(players, "players");
        Objects.requireNonNull(winning, "winning");
        if (players.isEmpty() || players.size() > MAX_PLAYERS) {
            throw new IllegalArgumentException("a game given by a winning test has 1 to " + MAX_PLAYERS
                    + " players, not " + players.size());
        }
        if (players.stream().distinct().count() != players.size()) {
            throw new IllegalArgumentException("player names must be distinct: " + players);
        }
        return new CoalitionGame(ImmutableList.copyOf(players), winning);
    }

    /**
     * Returns the game of another game's winning test, e.g. to count a weighted game by enumeration.
     *
     * @param game the game, at most {@link #MAX_PLAYERS} players, not null
     * @return the same game, given by its test
     */
    public static CoalitionGame from(SimpleGame game) {
        Objects.requireNonNull(game, "game");
        return of(game.players(), game::isWinning);
    }

    @Override
    public List<String> players() {
        return players;
    }

    @Override
    public boolean isWinning(BitSet coalition) {
        return winning.test((BitSet) coalition.clone());
    }

    /** Returns the players. */
    @Override
    public String toString() {
        return "game given by a winning test on " + players;
    }
}
