package io.github.unscsim.cli;

import io.github.unscsim.history.Councils;
import io.github.unscsim.history.MemberStates;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import java.util.Locale;

/**
 * Member codes typed on the command line where no one council is known (a filter over the whole record): a code in
 * any case, or a name or alias as {@link MemberStates#memberCode(Council, String)} reads it on any council of the
 * record's years.
 */
final class MemberCodes {

    private MemberCodes() {
    }

    /**
     * Returns the code of a state that has sat on the Council.
     *
     * @param option the option, for messages
     * @param text what the user typed
     * @return the alpha-3 code
     * @throws IllegalArgumentException if the text names no state that has sat on the Council, or could name two
     */
    static String anyDate(String option, String text) {
        String typed = text.strip();
        String upper = typed.toUpperCase(Locale.ROOT);
        if (upper.length() == 3 && MemberStates.isKnown(upper)) {
            return upper;
        }
        IllegalArgumentException last = null;
        // newest first, so a name two states have borne over time is read as the later one's
        for (int year = Councils.LAST_DATE.getYear(); year >= Councils.FIRST_DATE.getYear(); year--) {
            try {
                return MemberStates.memberCode(Councils.ofYear(year), typed);
            } catch (IllegalArgumentException e) {
                if (e.getMessage().contains("could name")) {
                    throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
                }
                if (last == null) {
                    last = e;
                }
            }
        }
        String message = last.getMessage();
        int near = message.indexOf("; did you mean ");
        throw new IllegalArgumentException(option + ": '" + typed + "' names no state that has sat on the Council "
                + "(expected an alpha-3 code such as RUS, or a name as the members command lists them)"
                + (near < 0 ? "" : message.substring(near)), last);
    }

    /**
     * Returns the code of a sponsor: any state's alpha-3 code (a sponsor need not have sat on the Council), or the
     * name of a state that has sat on it.
     *
     * @param option the option, for messages
     * @param text what the user typed
     * @return the alpha-3 code
     * @throws IllegalArgumentException if the text is neither
     */
    static String sponsor(String option, String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        try {
            return anyDate(option, text);
        } catch (IllegalArgumentException e) {
            if (upper.length() == 3 && upper.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                return MemberState.checkCode(upper);
            }
            throw e;
        }
    }
}
