package io.github.unscsim.power.index;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * The minimal winning coalitions (winning coalitions in which every member is critical) a player belongs to, by the
 * coalition's size, and their total number. Immutable and thread-safe.
 *
 * @param containingBySize for each player, the number of minimal winning coalitions containing it of each size
 *     (index 0 to n)
 * @param total the number of minimal winning coalitions
 */
public record MinimalWinningCounts(List<List<BigInteger>> containingBySize, BigInteger total) {

    /**
     * Validates and copies the counts.
     *
     * @param containingBySize per player, by size, not null
     * @param total the number of minimal winning coalitions, not null
     */
    public MinimalWinningCounts {
        containingBySize = containingBySize.stream().map(List::copyOf).toList();
        Objects.requireNonNull(total, "total");
    }

    /**
     * Returns the number of minimal winning coalitions containing a player.
     *
     * @param player the player's index
     * @return the number
     */
    public BigInteger containing(int player) {
        return containingBySize.get(player).stream().reduce(BigInteger.ZERO, BigInteger::add);
    }
}
