package io.github.unscsim.power;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A weighted voting game {@code [q; w1, ..., wn]}: a coalition wins when the weights of its members add up to at
 * least the quota {@code q}. Today's Security Council is {@code [39; 7, 7, 7, 7, 7, 1, ..., 1]} (ten 1s). Weights
 * are non-negative integers whose total is at most {@link #MAX_TOTAL_WEIGHT}; the quota is between 1 and the total.
 * Immutable and thread-safe.
 */
public final class WeightedGame implements SimpleGame {

    /** The largest total weight accepted: the counting tables have one column per unit of weight below the quota. */
    public static final long MAX_TOTAL_WEIGHT = 100_000_000L;

    private final int quota;
    private final int[] weights;
    private final List<String> players;

    private WeightedGame(int quota, int[] weights, List<String> players) {
        this.quota = quota;
        this.weights = weights;
        this.players = players;
    }

    /**
     * Returns the game {@code [quota; weights]} with players named 1 to n.
     *
     * @param quota the quota, between 1 and the total weight
     * @param weights the weights, at least one, each at least 0
     * @return the game
     * @throws IllegalArgumentException if a weight is negative, the total is too large or the quota out of range
     */
    public static WeightedGame of(int quota, int... weights) {
        Objects.requireNonNull(weights, "weights");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= weights.length; i++) {
            names.add(Integer.toString(i));
        }
        return of(quota, weights, names);
    }

    /**
     * Returns the game {@code [quota; weights]} with named players.
     *
     * @param quota the quota, between 1 and the total weight
     * @param weights the weights, at least one, each at least 0
     * @param players the players' names, one per weight, distinct, not null
     * @return the game
     * @throws IllegalArgumentException if a weight is negative, the total is too large, the quota out of range, or
     *     the names do not match the weights
     */
    public static WeightedGame of(int quota, int[] weights, List<String> players) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(players, "players");
        if (weights.length == 0) {
            throw new IllegalArgumentException("a weighted game needs at least one player");
        }
        if (players.size() != weights.length) {
            throw new IllegalArgumentException(players.size() + " player names for " + weights.length + " weights");
        }
        if (new HashSet<>(players).size() != players.size()) {
            throw new IllegalArgumentException("player names must be distinct: " + players);
        }
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weight of player " + players.get(i) + " is negative: "
                        + weights[i]);
            }
            total += weights[i];
        }
        if (total > MAX_TOTAL_WEIGHT) {
            throw new IllegalArgumentException("total weight " + total + " is more than " + MAX_TOTAL_WEIGHT);
        }
        if (quota < 1 || quota > total) {
            throw new IllegalArgumentException("quota " + quota + " is not between 1 and the total weight " + total);
        }
        return new WeightedGame(quota, weights.clone(), ImmutableList.copyOf(players));
    }

    /**
     * Returns the quota.
     *
     * @return the quota, at least 1
     */
    public int quota() {
        return quota;
    }

    /**
     * Returns a player's weight.
     *
     * @param player the player's index, from 0
     * @return the weight, at least 0
     */
    public int weight(int player) {
        return weights[player];
    }

    /**
     * Returns the weights in player order.
     *
     * @return a copy of the weights
     */
    public int[] weights() {
        return weights.clone();
    }

    /**
     * Returns the total weight.
     *
     * @return the sum of the weights
     */
    public long totalWeight() {
        return Arrays.stream(weights).asLongStream().sum();
    }

    /**
     * Returns the number of distinct weights: players with equal weights have equal power.
     *
     * @return the number of distinct weights
     */
    public int distinctWeights() {
        return (int) Arrays.stream(weights).distinct().count();
    }

    @Override
    public List<String> players() {
        return players;
    }

    @Override
    public boolean isWinning(BitSet coalition) {
        long sum = 0;
        for (int i = coalition.nextSetBit(0); i >= 0 && i < weights.length; i = coalition.nextSetBit(i + 1)) {
            sum += weights[i];
        }
        return sum >= quota;
    }

    /** Equal when the quotas, weights and names are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WeightedGame that && quota == that.quota && Arrays.equals(weights, that.weights)
                && players.equals(that.players);
    }

    @Override
    public int hashCode() {
        return Objects.hash(quota, Arrays.hashCode(weights), players);
    }

    /** Returns the game in the usual notation, e.g. {@code [12; 4, 4, 4, 2, 2, 1]}. */
    @Override
    public String toString() {
        return "[" + quota + "; " + Arrays.stream(weights).mapToObj(Integer::toString)
                .collect(Collectors.joining(", ")) + "]";
    }
}
