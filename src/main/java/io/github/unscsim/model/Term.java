package io.github.unscsim.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a seat is held, both inclusive. An elected member's term runs from 1 January to 31 December; a
 * permanent seat's term has no end ({@link #isOpen()}). Immutable and thread-safe.
 *
 * @param first the first day, not null
 * @param last the last day, not before {@code first}; {@link LocalDate#MAX} for an open term
 */
public record Term(LocalDate first, LocalDate last) {

    /**
     * Validates the dates.
     *
     * @param first the first day, not null
     * @param last the last day, not before {@code first}
     */
    public Term {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("term ends (" + last + ") before it begins (" + first + ")");
        }
    }

    /**
     * Returns the term between two days, both inclusive.
     *
     * @param first the first day, not null
     * @param last the last day, not before {@code first}
     * @return the term
     */
    public static Term of(LocalDate first, LocalDate last) {
        return new Term(first, last);
    }

    /**
     * Returns a term that begins on a day and has no end.
     *
     * @param first the first day, not null
     * @return the open term
     */
    public static Term from(LocalDate first) {
        return new Term(first, LocalDate.MAX);
    }

    /**
     * Returns the term with no beginning and no end, the term of every seat of a custom council.
     *
     * @return the unbounded term
     */
    public static Term unbounded() {
        return new Term(LocalDate.MIN, LocalDate.MAX);
    }

    /**
     * Returns the elected term of the given calendar years, 1 January of the first to 31 December of the last.
     *
     * @param firstYear the first year
     * @param lastYear the last year, not before {@code firstYear}
     * @return the term
     */
    public static Term years(int firstYear, int lastYear) {
        return new Term(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /**
     * Tells whether the term has no end.
     *
     * @return true if the last day is {@link LocalDate#MAX}
     */
    public boolean isOpen() {
        return last.equals(LocalDate.MAX);
    }

    /**
     * Tells whether a day falls within the term.
     *
     * @param date the day, not null
     * @return true if {@code first <= date <= last}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** Returns the term as {@code first/last}, with {@code ..} for an open end. */
    @Override
    public String toString() {
        String from = first.equals(LocalDate.MIN) ? ".." : first.toString();
        return from + "/" + (isOpen() ? ".." : last.toString());
    }
}
