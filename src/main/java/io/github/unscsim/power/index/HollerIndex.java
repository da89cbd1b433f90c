package io.github.unscsim.power.index;

import io.github.unscsim.power.SimpleGame;
import java.math.BigInteger;
import java.util.List;

/**
 * Holler's public good index (Holler, "Forming coalitions and measuring voting power", Political Studies 30 (1982)
 * 262–271): each player's share of the memberships of minimal winning coalitions, h_i = m_i / Σ m_j where m_i is
 * the number of minimal winning coalitions containing i. The counts are the m_i. Counted by type of player, by
 * generating functions for any weighted game (O(n·q·log d), see {@link CoalitionCounters#generatingFunctions()})
 * or by enumeration. Immutable and thread-safe.
 */
public final class HollerIndex extends CountedIndex {

    /** Creates the index. */
    public HollerIndex() {
        super("holler");
    }

    @Override
    PowerProfile profile(SimpleGame game, CoalitionCounter counter) {
        List<BigInteger> containing = counter.minimalWinning(game, false).containing();
        return new PowerProfile(name(), game.players(), Shares.of(containing, "minimal winning coalition"),
                containing);
    }
}
