package io.github.unscsim.cli;

import io.github.unscsim.history.MemberStates;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Vote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values of {@code --set CODE=POSITION}: members' votes in place of the ballot's, for whatif and replay. */
final class VoteSettings {

    private VoteSettings() {
    }

    /**
     * Reads the values of {@code --set}.
     *
     * @param on the council whose members the codes name
     * @param items the values, each CODE=POSITION; CODE a member's code in any case or a name, POSITION a vote
     * @return each member's vote, in the order given
     * @throws IllegalArgumentException if an item has no {@code =}, names no member of the council or no vote, or a
     *     member is set twice; the message names the item
     */
    static Map<String, Vote> parse(Council on, List<String> items) {
        Map<String, Vote> votes = new LinkedHashMap<>();
        for (String item : items) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--set: expected CODE=POSITION, e.g. RUS=abstain: '" + item + "'");
            }
            String code = OptionValues.read("--set " + item, () -> MemberStates.memberCode(on, item.substring(0, eq)));
            if (votes.put(code, OptionValues.read("--set " + item, () -> Vote.parse(item.substring(eq + 1)))) != null) {
                throw new IllegalArgumentException("--set: " + code + " is set twice");
            }
        }
        return votes;
    }
}
