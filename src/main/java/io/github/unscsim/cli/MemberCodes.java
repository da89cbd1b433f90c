package io.github.unscsim.cli;

import io.github.unscsim.history.MemberStates;
import io.github.unscsim.model.MemberState;
import java.util.Locale;

/**
 * Member codes typed on the command line where no one council is known (a filter over the whole record): a code in
 * any case, or a name or alias, as {@link MemberStates#anyCode(String)} reads it.
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
        try {
            return MemberStates.anyCode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
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
