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
            String code;
            try {
                code = MemberStates.memberCode(on, item.substring(0, eq));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--set " + item + ": " + e.getMessage(), e);
            }
            if (votes.put(code, vote("--set " + item, item.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("--set: " + code + " is set twice");
            }
        }
        return votes;
    }

    /**
     * Reads a vote an option gives.
     *
     * @param option the option (and value), for the message
     * @param text yes, no, abstain, absent or not-participating
     * @return the vote
     * @throws IllegalArgumentException if the text is not a vote, the message starting with the option
     */
    static Vote vote(String option, String text) {
        try {
            return Vote.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }
}
