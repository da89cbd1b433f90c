package io.github.unscsim.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The dates {@code --from} and {@code --to} take: an ISO date, or a year (its first or its last day). */
final class Period {

    private Period() {
    }

    /**
     * Reads the first day of a period.
     *
     * @param option the option, for messages
     * @param text a year (1 January) or an ISO date
     * @return the date
     * @throws IllegalArgumentException if the text is neither
     */
    static LocalDate from(String option, String text) {
        return parse(option, text, true);
    }

    /**
     * Reads the last day of a period.
     *
     * @param option the option, for messages
     * @param text a year (31 December) or an ISO date
     * @return the date
     * @throws IllegalArgumentException if the text is neither
     */
    static LocalDate to(String option, String text) {
        return parse(option, text, false);
    }

    private static LocalDate parse(String option, String text, boolean first) {
        String value = text.strip();
        if (value.matches("\\d{4}")) {
            int year = Integer.parseInt(value);
            return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is neither a year (2016) nor a date "
                    + "(2016-10-08)", e);
        }
    }
}
