package io.github.unscsim.power.index;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The power of every player of a game under one index: exact values, their doubles, and the counts they come from.
 * Immutable and thread-safe.
 *
 * @param index the index's name, e.g. "shapley-shubik"
 * @param players the players' names, in the game's order
 * @param values the exact values, in player order
 * @param counts the integer counts behind the values, in player order (swings for Banzhaf and Coleman, pivotal
 *     orderings for Shapley–Shubik, minimal winning coalitions for Holler and Deegan–Packel); empty for Johnston
 */
public record PowerProfile(String index, List<String> players, List<BigFraction> values, List<BigInteger> counts) {

    /**
     * Validates and copies the components.
     *
     * @param index the index's name, not null
     * @param players the players' names, not null
     * @param values one exact value per player, not null
     * @param counts one count per player, or empty, not null
     */
    public PowerProfile {
        Objects.requireNonNull(index, "index");
        players = List.copyOf(players);
        values = List.copyOf(values);
        counts = List.copyOf(counts);
        if (values.size() != players.size() || !counts.isEmpty() && counts.size() != players.size()) {
            throw new IllegalArgumentException(values.size() + " values and " + counts.size() + " counts for "
                    + players.size() + " players");
        }
    }

    /**
     * Returns the exact value of a player.
     *
     * @param player the player's index, from 0
     * @return the value
     */
    public BigFraction value(int player) {
        return values.get(player);
    }

    /**
     * Returns the exact value of a player by name.
     *
     * @param player the player's name, not null
     * @return the value
     * @throws IllegalArgumentException if no player has that name
     */
    public BigFraction value(String player) {
        int index = players.indexOf(Objects.requireNonNull(player, "player"));
        if (index < 0) {
            throw new IllegalArgumentException("no player " + player + " among " + players);
        }
        return values.get(index);
    }

    /**
     * Returns the values as doubles, converted from the exact values (within one unit in the last place) even when
     * their numerators and denominators exceed the range of a double.
     *
     * @return the values, in player order
     */
    public double[] doubles() {
        double[] doubles = new double[values.size()];
        for (int i = 0; i < doubles.length; i++) {
            doubles[i] = toDouble(values.get(i));
        }
        return doubles;
    }

    /**
     * Returns the sum of the values: 1 for the normalised indices.
     *
     * @return the sum
     */
    public BigFraction sum() {
        BigFraction sum = BigFraction.ZERO;
        for (BigFraction value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    /**
     * Converts an exact fraction of any size to a double, within one unit in the last place.
     *
     * @param value the fraction, not null
     * @return the double
     */
    public static double toDouble(BigFraction value) {
        return new BigDecimal(value.getNumerator())
                .divide(new BigDecimal(value.getDenominator()), new MathContext(40)).doubleValue();
    }
}
