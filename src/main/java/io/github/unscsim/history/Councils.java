package io.github.unscsim.history;

import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Seat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Security Council on any date from 1 January 1946 to 31 December 2026, from the bundled {@code seats.csv}
 * (one row per seat held, each with its source). Thread-safe.
 *
 * <pre>{@code
 * Council council = Councils.onDate(LocalDate.of(2016, 10, 8));
 * Council sixties = Councils.ofYear(1965);   // the council on 1 January 1965
 * }</pre>
 */
public final class Councils {

    /** The first date the record covers. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1946, 1, 1);
    /** The last date the record covers. */
    public static final LocalDate LAST_DATE = LocalDate.of(2026, 12, 31);

    private Councils() {
    }

    /**
     * Returns the council on a date, its members named as they were on that date.
     *
     * @param date the date, from {@link #FIRST_DATE} to {@link #LAST_DATE}
     * @return the council
     * @throws IllegalArgumentException if the date is outside the record
     */
    public static Council onDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw new IllegalArgumentException("no council data for " + date + ": the record covers "
                    + FIRST_DATE + " to " + LAST_DATE);
        }
        List<Seat> seats = new ArrayList<>();
        for (RecordFiles.SeatRow row : RecordFiles.get().seats) {
            if (row.term().contains(date)) {
                seats.add(new Seat(member(row.code(), date), row.type(), row.term()));
            }
        }
        return Council.of(date, seats);
    }

    /**
     * Returns the council on 1 January of a year.
     *
     * @param year the year, 1946 to 2026
     * @return the council
     * @throws IllegalArgumentException if the year is outside the record
     */
    public static Council ofYear(int year) {
        if (year < FIRST_DATE.getYear() || year > LAST_DATE.getYear()) {
            throw new IllegalArgumentException("no council data for " + year + ": the record covers "
                    + FIRST_DATE.getYear() + " to " + LAST_DATE.getYear());
        }
        return onDate(LocalDate.of(year, 1, 1));
    }

    /**
     * Returns the council for a year ({@code 2016}, meaning 1 January) or a date ({@code 2016-10-08}).
     *
     * @param text a year or an ISO date, not null
     * @return the council
     * @throws IllegalArgumentException if the text is neither, or is outside the record
     */
    public static Council parse(String text) {
        Objects.requireNonNull(text, "text");
        String value = text.strip();
        if (fourDigits(value)) {
            return ofYear(Integer.parseInt(value));
        }
        try {
            return onDate(isoDate(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a year (2016) nor a date (2016-10-08)");
        }
    }

    /**
     * The date an ISO date names, as {@link LocalDate#parse(CharSequence)} reads it: {@code YYYY-MM-DD} directly
     * (the first {@code LocalDate.parse} sets up the JDK's date formatters, a few milliseconds of every start),
     * anything else, and an impossible date, by {@code LocalDate.parse}.
     */
    private static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && fourDigits(text.substring(0, 4))
                && fourDigits(text.substring(5, 7) + text.substring(8, 10))) {
            try {
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            } catch (DateTimeException e) {
                // LocalDate.parse says why, in the exception the caller expects
            }
        }
        return LocalDate.parse(text);
    }

    /** Whether the text is four ASCII digits (what the pattern {@code \d{4}} matches, without compiling it). */
    private static boolean fourDigits(String text) {
        if (text.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static MemberState member(String code, LocalDate date) {
        Optional<MemberState> member = MemberStates.on(code, date);
        if (member.isEmpty()) {
            throw new IllegalStateException(RecordFiles.NAMES + " has no name for " + code + " on " + date
                    + ", when it holds a seat");
        }
        return member.get();
    }
}
