package io.github.unscsim.model;

import java.util.Objects;

/**
 * A seat on the Council: who holds it, whether it is permanent, and for which term. Immutable and thread-safe.
 *
 * @param member the member state holding the seat, not null
 * @param type permanent or elected, not null
 * @param term the dates the seat is held, not null
 */
public record Seat(MemberState member, SeatType type, Term term) {

    /**
     * Validates the components.
     *
     * @param member the member state holding the seat, not null
     * @param type permanent or elected, not null
     * @param term the dates the seat is held, not null
     */
    public Seat {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(term, "term");
    }

    /**
     * Returns a permanent seat with no term limits, as on a custom council.
     *
     * @param member the member, not null
     * @return the seat
     */
    public static Seat permanent(MemberState member) {
        return new Seat(member, SeatType.PERMANENT, Term.unbounded());
    }

    /**
     * Returns an elected seat with no term limits, as on a custom council.
     *
     * @param member the member, not null
     * @return the seat
     */
    public static Seat elected(MemberState member) {
        return new Seat(member, SeatType.ELECTED, Term.unbounded());
    }

    /**
     * Tells whether this is a permanent seat.
     *
     * @return true for a permanent seat
     */
    public boolean isPermanent() {
        return type == SeatType.PERMANENT;
    }
}
