package io.github.unscsim;

import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Seat;
import io.github.unscsim.model.SeatType;
import io.github.unscsim.model.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Councils written out by hand from their sources, so that the rules are tested apart from the bundled data. The
 * bundled data is checked against the same councils in the history tests.
 */
public final class Fixtures {

    /** 8 October 2016, the 7785th meeting: [SG16; AFF; RAMAN]. */
    public static final LocalDate ALEPPO_VOTE = LocalDate.of(2016, 10, 8);

    private Fixtures() {
    }

    /**
     * Returns a council on a date: the permanent members (the USSR before 1992, China under its name of the date),
     * and the given elected members, as code=name pairs.
     *
     * @param date the date
     * @param elected "CODE=Name" pairs
     * @return the council
     */
    public static Council council(LocalDate date, String... elected) {
        List<Seat> seats = new ArrayList<>();
        Term open = Term.from(LocalDate.of(1946, 1, 1));
        boolean soviet = date.isBefore(LocalDate.of(1991, 12, 24));
        seats.add(new Seat(MemberState.of("CHN", date.isBefore(LocalDate.of(1971, 10, 25))
                ? "China (Republic of China)" : "China"), SeatType.PERMANENT, open));
        seats.add(new Seat(MemberState.of("FRA", "France"), SeatType.PERMANENT, open));
        seats.add(new Seat(soviet ? MemberState.of("SUN", "Union of Soviet Socialist Republics")
                : MemberState.of("RUS", "Russian Federation"), SeatType.PERMANENT, open));
        seats.add(new Seat(MemberState.of("GBR", "United Kingdom"), SeatType.PERMANENT, open));
        seats.add(new Seat(MemberState.of("USA", "United States"), SeatType.PERMANENT, open));
        Term year = Term.years(date.getYear(), date.getYear());
        for (String pair : elected) {
            String[] parts = pair.split("=");
            seats.add(new Seat(MemberState.of(parts[0], parts[1]), SeatType.ELECTED, year));
        }
        return Council.of(date, seats);
    }

    /** The 2016 council, [SG16; AFF; RAMAN]. */
    public static Council council2016() {
        return council(ALEPPO_VOTE, "AGO=Angola", "EGY=Egypt", "JPN=Japan", "MYS=Malaysia", "NZL=New Zealand",
                "SEN=Senegal", "ESP=Spain", "UKR=Ukraine", "URY=Uruguay", "VEN=Venezuela");
    }

    /** The 2014 council [SCP-2; AFF], on a date in 2014. */
    public static Council council2014(LocalDate date) {
        return council(date, "ARG=Argentina", "AUS=Australia", "TCD=Chad", "CHL=Chile", "JOR=Jordan",
                "LTU=Lithuania", "LUX=Luxembourg", "NGA=Nigeria", "KOR=Republic of Korea", "RWA=Rwanda");
    }

    /**
     * The 2015 council: the members elected for 2014–15 (the 2014 list [SCP-2; AFF]) and for 2015–16 (the 2016
     * list [SG16; AFF; RAMAN]), on a date in 2015.
     */
    public static Council council2015(LocalDate date) {
        return council(date, "TCD=Chad", "CHL=Chile", "JOR=Jordan", "LTU=Lithuania", "NGA=Nigeria",
                "AGO=Angola", "MYS=Malaysia", "NZL=New Zealand", "ESP=Spain", "VEN=Venezuela");
    }

    /**
     * The 1950 council: Cuba, Ecuador, Egypt, India, Norway, Yugoslavia, as the votes on resolutions 82 and 83
     * (25 and 27 June 1950) list them (UN, Resolutions and decisions of the Security Council 1950, res. 83 note;
     * en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_82).
     */
    public static Council council1950(LocalDate date) {
        return council(date, "CUB=Cuba", "ECU=Ecuador", "EGY=Egypt", "IND=India", "NOR=Norway", "YUG=Yugoslavia");
    }

    /**
     * The 1948 council: Argentina, Belgium, Canada, Colombia, Syria and the Ukrainian SSR (the elected members
     * voting on 24 May 1948 on Czechoslovakia [AJIL-DV]).
     */
    public static Council council1948(LocalDate date) {
        return council(date, "ARG=Argentina", "BEL=Belgium", "CAN=Canada", "COL=Colombia", "SYR=Syria",
                "UKR=Ukrainian SSR");
    }

    /**
     * The 2005 council: Algeria, Argentina, Benin, Brazil, Denmark, Greece, Japan, Philippines, Romania, United
     * Republic of Tanzania (press.un.org/en/2005/sc8351.doc.htm lists them on resolution 1593).
     */
    public static Council council2005(LocalDate date) {
        return council(date, "DZA=Algeria", "ARG=Argentina", "BEN=Benin", "BRA=Brazil", "DNK=Denmark",
                "GRC=Greece", "JPN=Japan", "PHL=Philippines", "ROU=Romania", "TZA=United Republic of Tanzania");
    }
}
