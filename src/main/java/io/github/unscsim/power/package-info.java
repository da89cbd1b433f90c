/**
 * Voting games: weighted games {@code [q; w1, ..., wn]}, the game of a council under an adoption rule, games given by
 * a winning test, and ternary games where abstention is a third choice. The power indices are in
 * {@link io.github.unscsim.power.index}, the reform councils in {@link io.github.unscsim.reform}.
 */
package io.github.unscsim.power;
