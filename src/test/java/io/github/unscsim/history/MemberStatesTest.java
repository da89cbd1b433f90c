package io.github.unscsim.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.reform.ReformModels;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link MemberStates#memberCode(Council, String)}: what a user may type for a member, and what it is told. */
class MemberStatesTest {

    private static final Council ALEPPO = Councils.onDate(LocalDate.of(2016, 10, 8));

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RUS                                 | 2016-10-08 | RUS
            rus                                 | 2016-10-08 | RUS
            russia                              | 2016-10-08 | RUS
            Russian Federation                  | 2016-10-08 | RUS
            russian   federation                | 2016-10-08 | RUS
            united kingdom                      | 2016-10-08 | GBR
            UK                                  | 2016-10-08 | GBR
            the United States of America        | 2016-10-08 | USA
            yug                                 | 1950-06-27 | YUG
            USSR                                | 1950-06-27 | SUN
            Union of Soviet Socialist Republics | 1950-06-27 | SUN
            Côte d'Ivoire                       | 1990-06-01 | CIV
            cote d ivoire                       | 1990-06-01 | CIV
            Zaire                               | 1990-06-01 | COD
            China (Republic of China)           | 1960-01-01 | CHN
            People's Republic of China          | 2016-10-08 | CHN
            Ukrainian SSR                       | 1985-06-01 | UKR
            """)
    void memberCode_codesNamesAndAliases_giveTheCode(String typed, LocalDate date, String code) {
        assertThat(MemberStates.memberCode(Councils.onDate(date), typed)).isEqualTo(code);
    }

    @Test
    void memberCode_everyNameInTheRecord_givesItsCodeOnEveryCouncilItSitsOn() {
        for (RecordFiles.SeatRow seat : RecordFiles.get().seats) {
            Council council = Councils.onDate(seat.term().first().isBefore(Councils.FIRST_DATE) ? Councils.FIRST_DATE
                    : seat.term().first());
            if (!council.contains(seat.code())) {
                continue;   // a seat that begins after the record ends
            }
            for (String spelling : MemberStates.spellings(seat.code())) {
                assertThat(MemberStates.memberCode(council, spelling)).as("%s on %s", spelling, council.name())
                        .isEqualTo(seat.code());
                assertThat(MemberStates.memberCode(council, spelling.toLowerCase(java.util.Locale.ROOT)))
                        .isEqualTo(seat.code());
            }
        }
    }

    @Test
    void memberCode_customCouncil_takesItsMembersCodesAndNames() {
        Council g4 = ReformModels.g4(false, 14).council();

        assertThat(MemberStates.memberCode(g4, "xea")).isEqualTo("XEA");
        assertThat(MemberStates.memberCode(g4, "elected seat XEB")).isEqualTo("XEB");
        assertThat(MemberStates.memberCode(g4, "India")).isEqualTo("IND");
    }

    @Test
    void memberCode_sovietSeatAfter1991_saysItPassedToRussia() {
        // SUN's seat ends on 23 December 1991 and RUS's begins on 24 December 1991 in seats.csv (Yeltsin's letter).
        assertThatThrownBy(() -> MemberStates.memberCode(ALEPPO, "SUN")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SUN (Union of Soviet Socialist Republics) is not a member of the council on 2016-10-08: "
                        + "its permanent seat passed to RUS (Russian Federation) on 24 December 1991");
        assertThatThrownBy(() -> MemberStates.memberCode(ALEPPO, "Soviet Union"))
                .hasMessageContaining("passed to RUS (Russian Federation) on 24 December 1991");
    }

    @Test
    void memberCode_russiaBefore1992_saysTheSeatWasTheSoviets() {
        Council council = Councils.onDate(LocalDate.of(1980, 6, 1));

        assertThatThrownBy(() -> MemberStates.memberCode(council, "russia"))
                .hasMessage("RUS (Russian Federation) is not a member of the council on 1980-06-01: its permanent "
                        + "seat was held by SUN (Union of Soviet Socialist Republics) until 23 December 1991");
    }

    @Test
    void memberCode_aStateNotOnTheCouncil_saysWhenItSat() {
        // Germany's terms in seats.csv include 2011-12 and 2019-20 (docs/council-data.md)
        assertThatThrownBy(() -> MemberStates.memberCode(ALEPPO, "DEU"))
                .hasMessageStartingWith("DEU (Germany) is not a member of the council on 2016-10-08: it sat on the "
                        + "Council in ")
                .hasMessageContaining("2011\u20132012, 2019\u20132020");
    }

    @Test
    void memberCode_aNameOfAnotherState_suggestsTheMemberWhoseNameContainsIt() {
        Council council2026 = Councils.ofYear(2026);

        assertThatThrownBy(() -> MemberStates.memberCode(council2026, "Congo"))
                .hasMessageStartingWith("COG (Congo) is not a member of the council on 2026-01-01")
                .hasMessageEndingWith("did you mean COD (Democratic Republic of the Congo)?");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rusia   | did you mean RUS (Russian Federation)?
            germny  | did you mean DEU (Germany)?
            america | did you mean USA (United States)?
            """)
    void memberCode_aMisspelling_suggestsTheCode(String typed, String suggestion) {
        assertThatThrownBy(() -> MemberStates.memberCode(ALEPPO, typed))
                .hasMessageStartingWith("'" + typed + "' is not a member of the council on 2016-10-08: no state "
                        + "with that code or name has sat on the Council; ")
                .hasMessageEndingWith(suggestion);
    }

    @Test
    void memberCode_unknownOrEmpty_isRefused() {
        assertThatThrownBy(() -> MemberStates.memberCode(ALEPPO, "XYZ")).hasMessage("'XYZ' is not a member of the "
                + "council on 2016-10-08: no state with that code or name has sat on the Council");
        assertThatThrownBy(() -> MemberStates.memberCode(ALEPPO, " ")).hasMessageContaining("empty member code");
    }

    @Test
    void anyCode_everySpellingOfEveryStateInTheRecord_givesItsCode() {
        for (RecordFiles.SeatRow seat : RecordFiles.get().seats) {
            for (String spelling : MemberStates.spellings(seat.code())) {
                assertThat(MemberStates.anyCode(spelling)).as(spelling).isEqualTo(seat.code());
                assertThat(MemberStates.anyCode(" " + spelling.toUpperCase(java.util.Locale.ROOT) + " "))
                        .isEqualTo(seat.code());
            }
        }
        // a state of any date, whatever council sits today
        assertThat(MemberStates.anyCode("Zaire")).isEqualTo("COD");
        assertThat(MemberStates.anyCode("ussr")).isEqualTo("SUN");
    }

    @Test
    void anyCode_unknownMisspeltOrEmpty_isRefusedWithTheClosest() {
        assertThatThrownBy(() -> MemberStates.anyCode("XYZ")).hasMessage("'XYZ' names no state that has sat on the "
                + "Council (expected an alpha-3 code such as RUS, or a name the state has had)");
        assertThatThrownBy(() -> MemberStates.anyCode("Rusia")).hasMessageStartingWith("'Rusia' names no state")
                .hasMessageEndingWith("; did you mean RUS (Russian Federation)?");
        assertThatThrownBy(() -> MemberStates.anyCode("")).hasMessageContaining("empty member code");
    }

    @Test
    void spellings_listCodeNamesOldestFirstAndAliases() {
        assertThat(MemberStates.spellings("CHN")).startsWith("CHN", "China (Republic of China)", "China")
                .contains("People's Republic of China");
        assertThat(MemberStates.spellings("RUS")).containsExactly("RUS", "Russian Federation", "Russia");
        assertThat(MemberStates.spellings("XEA")).containsExactly("XEA");
    }

    @Test
    void of_latestName_andEqualityByCode() {
        // A state is the same state whatever its name on a date (MemberState's equality is by code).
        MemberState roc = Councils.onDate(LocalDate.of(1960, 1, 1)).member("CHN");
        MemberState prc = Councils.onDate(LocalDate.of(2016, 1, 1)).member("CHN");
        assertThat(roc).isEqualTo(prc).hasSameHashCodeAs(prc);
        assertThat(roc.name()).isNotEqualTo(prc.name());
        assertThat(MemberStates.of("CHN").name()).isEqualTo(prc.name());
    }
}
