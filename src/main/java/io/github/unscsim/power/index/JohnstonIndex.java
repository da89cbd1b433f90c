package io.github.unscsim.power.index;

import io.github.unscsim.power.SimpleGame;
import java.util.List;

/**
 * The Johnston index (Johnston, "On the measurement of power: some reactions to Laver", Environment and Planning A
 * 10 (1978) 907–914): in every winning coalition with k critical members (members whose departure makes it lose),
 * each critical member scores 1/k; the index is each player's share of the total score. The count needs, per
 * coalition, its number of critical members, so it runs by type of player (Π(mj + 1) classes for d distinct weights
 * of multiplicities mj; instant for a council) or by enumeration (at most 25 players); other games are refused.
 * Immutable and thread-safe.
 */
public final class JohnstonIndex extends CountedIndex {

    /** Creates the index. */
    public JohnstonIndex() {
        super("johnston");
    }

    @Override
    PowerProfile profile(SimpleGame game, CoalitionCounter counter) {
        return new PowerProfile(name(), game.players(),
                Shares.ofFractions(counter.johnstonScores(game), "Johnston score"), List.of());
    }
}
