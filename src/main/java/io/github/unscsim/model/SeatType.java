package io.github.unscsim.model;

/** The two kinds of seat on the Council (Charter Art. 23). */
public enum SeatType {
    /** A permanent seat: China, France, the Russian Federation (the USSR until 1991), the UK and the US. */
    PERMANENT,
    /** A seat held for a term by a member elected by the General Assembly. */
    ELECTED
}
