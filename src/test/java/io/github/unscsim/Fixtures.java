package io.github.unscsim;

import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Seat;
import io.github.unscsim.model.SeatType;
import io.github.unscsim.model.Term;
import io.github.unscsim.model.Vote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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

    /**
     * S/2016/846 (France and Spain), 8 October 2016, 7785th meeting: 11 in favour, Russia and Venezuela against,
     * Angola and China abstaining; vetoed by Russia [SC12545; VETO-CSV]. The yes list is the complement of the
     * recorded no votes and abstentions.
     *
     * @param council the council of 8 October 2016 (this class's {@link #council2016()} or the bundled record's)
     * @return the ballot
     */
    public static Ballot s2016846(Council council) {
        return Ballot.builder(council, Question.substantive())
                .yes("EGY", "FRA", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "GBR", "USA", "URY")
                .no("RUS", "VEN").abstain("AGO", "CHN").build();
    }

    /** S/2016/846 on {@link #council2016()}; see {@link #s2016846(Council)}. */
    public static Ballot s2016846() {
        return s2016846(council2016());
    }

    /**
     * S/2016/847 (Russia), 8 October 2016: 4 in favour (China, Egypt, Russia, Venezuela), 9 against, Angola and
     * Uruguay abstaining; failed for lack of votes, so no negative vote was a veto [SC12545].
     *
     * @param council the council of 8 October 2016
     * @return the ballot
     */
    public static Ballot s2016847(Council council) {
        return Ballot.builder(council, Question.substantive())
                .yes("CHN", "EGY", "RUS", "VEN")
                .no("FRA", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "GBR", "USA")
                .abstain("AGO", "URY").build();
    }

    /** S/2016/847 on {@link #council2016()}; see {@link #s2016847(Council)}. */
    public static Ballot s2016847() {
        return s2016847(council2016());
    }

    /**
     * S/2016/846 as the command line's ballot options, {@code --council 2016-10-08 --yes ... --no RUS,VEN --abstain
     * AGO,CHN}, written out from {@link #s2016846()}.
     *
     * @return the options
     */
    public static String[] s2016846Options() {
        Ballot ballot = s2016846();
        List<String> options = new ArrayList<>(List.of("--council", ALEPPO_VOTE.toString()));
        for (Vote vote : List.of(Vote.YES, Vote.NO, Vote.ABSTAIN)) {
            options.add("--" + vote.name().toLowerCase(java.util.Locale.ROOT));
            options.add(ballot.members(vote).stream().map(MemberState::code).collect(Collectors.joining(",")));
        }
        return options.toArray(String[]::new);
    }
}
