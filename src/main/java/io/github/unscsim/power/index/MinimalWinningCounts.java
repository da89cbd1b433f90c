package io.github.unscsim.power.index;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * The minimal winning coalitions (winning coalitions in which every member is critical): how many contain each
 * player, optionally by the coalition's size, and their total number. Immutable and thread-safe.
 *
 * @param containing for each player, the number of minimal winning coalitions containing it
 * @param containingBySize for each player, that number for each size (index 0 to n); empty if not counted
 * @param total the number of minimal winning coalitions
 */
public record MinimalWinningCounts(List<BigInteger> containing, List<List<BigInteger>> containingBySize,
        BigInteger total) {

    /**
     * Validates and copies the counts.
     *
     * @param containing per player, not null
     * @param containingBySize per player, by size, or empty, not null
     * @param total the number of minimal winning coalitions, not null
     */
    public MinimalWinningCounts {
        containing = List.copyOf(containing);
        containingBySize = SwingCounts.perPlayer(containingBySize, containing.size(), "counts");
        Objects.requireNonNull(total, "total");
    }

    /**
     * Returns the counts of each player by size.
     *
     * @param containingBySize for each player, the number of minimal winning coalitions containing it of each size
     * @param total the number of minimal winning coalitions
     * @return the counts, with the totals per player
     */
    public static MinimalWinningCounts bySize(List<List<BigInteger>> containingBySize, BigInteger total) {
        List<BigInteger> containing = containingBySize.stream()
                .map(row -> row.stream().reduce(BigInteger.ZERO, BigInteger::add)).toList();
        return new MinimalWinningCounts(containing, containingBySize, total);
    }

    /**
     * Returns the number of minimal winning coalitions containing a player.
     *
     * @param player the player's index
     * @return the number
     */
    public BigInteger containing(int player) {
        return containing.get(player);
    }

    /**
     * Tells whether the counts are by size (as Deegan–Packel needs).
     *
     * @return true if {@link #containingBySize()} is filled
     */
    public boolean hasSizes() {
        return !containingBySize.isEmpty();
    }
}
