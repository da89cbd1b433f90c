package io.github.unscsim.power.index;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the swing-based indices count: for each player, its swings (the coalitions without it that lose, and win
 * when it joins; equivalently the winning coalitions in which it is critical), optionally by the size of the
 * coalition it joins, and the number of winning coalitions. Immutable and thread-safe.
 *
 * @param swings each player's swings, in player order
 * @param swingsBySize for each player, its swings by the size of the coalition joined (0 to n−1); empty if not
 *     counted
 * @param winningCoalitions the number of winning coalitions
 */
public record SwingCounts(List<BigInteger> swings, List<List<BigInteger>> swingsBySize,
        BigInteger winningCoalitions) {

    /**
     * Validates and copies the counts.
     *
     * @param swings each player's swings, not null
     * @param swingsBySize each player's swings by size, empty or one list per player, not null
     * @param winningCoalitions the number of winning coalitions, not null
     */
    public SwingCounts {
        swings = List.copyOf(swings);
        swingsBySize = perPlayer(swingsBySize, swings.size(), "swings");
        Objects.requireNonNull(winningCoalitions, "winningCoalitions");
    }

    /**
     * Copies counts by size, checking that there are none or one list for each player.
     *
     * @param bySize the counts, a list per player, or empty
     * @param players the number of players
     * @param what what is counted, for the message
     * @return the copy, immutable
     */
    static List<List<BigInteger>> perPlayer(List<List<BigInteger>> bySize, int players, String what) {
        if (!bySize.isEmpty() && bySize.size() != players) {
            throw new IllegalArgumentException(what + " by size for " + bySize.size() + " of " + players
                    + " players");
        }
        List<List<BigInteger>> copy = new ArrayList<>(bySize.size());
        for (List<BigInteger> counts : bySize) {
            copy.add(List.copyOf(counts));
        }
        return List.copyOf(copy);
    }

    /**
     * Tells whether the swings were counted by size (as Shapley–Shubik needs).
     *
     * @return true if {@link #swingsBySize()} is filled
     */
    public boolean hasSizes() {
        return !swingsBySize.isEmpty();
    }
}
