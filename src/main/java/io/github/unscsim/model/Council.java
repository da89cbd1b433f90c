package io.github.unscsim.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Security Council's composition: its seats, permanent members first, then elected members, each group ordered
 * by name. A council either stands on a date ({@link #of(LocalDate, Collection)}, the historical councils) or is a
 * custom council for teaching and reform scenarios ({@link #custom(String, Collection, Collection)}), which has no
 * date. Immutable and thread-safe.
 */
public final class Council {

    /**
     * Permanent seats first, then by name and code. A class, not a chain of lambdas: every council is built with it,
     * and a command's first lambda sets up the JVM's method-handle machinery at start-up.
     */
    private static final Comparator<Seat> ORDER = new Comparator<>() {
        @Override
        public int compare(Seat a, Seat b) {
            int byType = a.type().compareTo(b.type());
            if (byType != 0) {
                return byType;
            }
            int byName = a.member().name().compareTo(b.member().name());
            return byName != 0 ? byName : a.member().code().compareTo(b.member().code());
        }
    };

    private final String name;
    private final LocalDate date;
    private final ImmutableList<Seat> seats;
    private final ImmutableMap<String, Seat> byCode;
    private final ImmutableList<MemberState> members;

    private Council(String name, LocalDate date, Collection<Seat> seats) {
        this.name = Objects.requireNonNull(name, "name");
        this.date = date;
        Objects.requireNonNull(seats, "seats");
        if (seats.isEmpty()) {
            throw new IllegalArgumentException(name + " has no seats");
        }
        Map<String, Seat> map = new LinkedHashMap<>();
        List<Seat> sorted = new ArrayList<>(seats);
        sorted.sort(ORDER);
        for (Seat seat : sorted) {
            Seat previous = map.putIfAbsent(seat.member().code(), seat);
            if (previous != null) {
                throw new IllegalArgumentException(name + " has two seats for " + seat.member().code());
            }
            if (date != null && !seat.term().contains(date)) {
                throw new IllegalArgumentException(name + ": the seat of " + seat.member().code()
                        + " (term " + seat.term() + ") is not held on " + date);
            }
        }
        this.byCode = ImmutableMap.copyOf(map);
        this.seats = ImmutableList.copyOf(map.values());
        ImmutableList.Builder<MemberState> members = ImmutableList.builderWithExpectedSize(this.seats.size());
        for (Seat seat : this.seats) {
            members.add(seat.member());
        }
        this.members = members.build();
    }

    /**
     * Returns the council on a date, given its seats.
     *
     * @param date the date, not null
     * @param seats the seats, each held on {@code date}, one per member, not empty
     * @return the council
     * @throws IllegalArgumentException if a member has two seats or a seat's term does not cover the date
     */
    public static Council of(LocalDate date, Collection<Seat> seats) {
        Objects.requireNonNull(date, "date");
        return new Council("the council on " + date, date, seats);
    }

    /**
     * Returns a custom council: any members, any set of them permanent. It has no date.
     *
     * @param name what to call the council in messages, e.g. "Model UN council", not null
     * @param permanent the permanent members, not null, may be empty
     * @param elected the elected members, not null
     * @return the council
     * @throws IllegalArgumentException if the council has no members or names a member twice
     */
    public static Council custom(String name, Collection<MemberState> permanent, Collection<MemberState> elected) {
        Objects.requireNonNull(permanent, "permanent");
        Objects.requireNonNull(elected, "elected");
        List<Seat> seats = new java.util.ArrayList<>();
        permanent.forEach(member -> seats.add(Seat.permanent(member)));
        elected.forEach(member -> seats.add(Seat.elected(member)));
        return new Council(name, null, seats);
    }

    /**
     * Returns what the council is called in messages, e.g. "the council on 2016-10-08".
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the date of a historical council; empty for a custom council.
     *
     * @return the date, if any
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Returns the seats: permanent members first, then elected members, each group ordered by name.
     *
     * @return the seats, immutable
     */
    public List<Seat> seats() {
        return seats;
    }

    /**
     * Returns the members in seat order.
     *
     * @return the members, immutable
     */
    public List<MemberState> members() {
        return members;
    }

    /**
     * Returns the permanent members in seat order.
     *
     * @return the permanent members, immutable
     */
    public List<MemberState> permanentMembers() {
        return membersWhere(true);
    }

    /**
     * Returns the elected members in seat order.
     *
     * @return the elected members, immutable
     */
    public List<MemberState> electedMembers() {
        return membersWhere(false);
    }

    private List<MemberState> membersWhere(boolean permanent) {
        ImmutableList.Builder<MemberState> members = ImmutableList.builder();
        for (Seat seat : seats) {
            if (seat.isPermanent() == permanent) {
                members.add(seat.member());
            }
        }
        return members.build();
    }

    /**
     * Returns the number of members.
     *
     * @return the number of seats
     */
    public int size() {
        return seats.size();
    }

    /**
     * Tells whether a state sits on the council.
     *
     * @param code the alpha-3 code, not null
     * @return true if the state holds a seat
     */
    public boolean contains(String code) {
        return byCode.containsKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * Returns the seat of a member.
     *
     * @param code the alpha-3 code, not null
     * @return the seat, or empty if the state does not sit on the council
     */
    public Optional<Seat> seat(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the member with a code, or fails with a message naming the council.
     *
     * @param code the alpha-3 code, not null
     * @return the member
     * @throws IllegalArgumentException if the state does not sit on the council
     */
    public MemberState member(String code) {
        Seat seat = byCode.get(Objects.requireNonNull(code, "code"));
        if (seat == null) {
            throw new IllegalArgumentException(code + " is not a member of " + name + " (members: "
                    + String.join(", ", byCode.keySet()) + ")");
        }
        return seat.member();
    }

    /**
     * Tells whether a member holds a permanent seat.
     *
     * @param code the alpha-3 code, not null
     * @return true if the state holds a permanent seat on this council
     */
    public boolean isPermanent(String code) {
        Seat seat = byCode.get(Objects.requireNonNull(code, "code"));
        return seat != null && seat.isPermanent();
    }

    /** Equal when the names, dates and seats are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Council that && name.equals(that.name) && Objects.equals(date, that.date)
                && seats.equals(that.seats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, date, seats);
    }

    /** Returns the name and the member codes, permanent members marked with an asterisk. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name).append(": ");
        for (Seat seat : seats) {
            text.append(seat.member().code()).append(seat.isPermanent() ? "* " : " ");
        }
        return text.toString().strip();
    }
}
