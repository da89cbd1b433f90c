package io.github.unscsim.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.Fixtures;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Seat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the bundled record of the Council's membership (seats.csv, names.csv; sources in docs/council-data.md). */
class CouncilsTest {

    /**
     * A council's members as "CODE=Name": member states are equal by code (a state is the same state whatever its
     * name on a date), so the record is checked against its sources on the names separately, here.
     */
    private static List<String> codesAndNames(Council council) {
        return council.members().stream().map(member -> member.code() + "=" + member.name()).toList();
    }

    static Stream<LocalDate> checkDates() {
        return Stream.iterate(1946, year -> year <= 2026, year -> year + 1).flatMap(year -> Stream.of(
                LocalDate.of(year, 1, 1), LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31)));
    }

    @ParameterizedTest
    @MethodSource("checkDates")
    void onDate_everyYear_hasFivePermanentMembersAndElevenOrFifteenSeats(LocalDate date) {
        Council council = Councils.onDate(date);

        assertThat(council.permanentMembers()).hasSize(5);
        int expected = date.getYear() < 1966 ? 11 : 15;
        if (date.equals(LocalDate.of(1980, 1, 1))) {
            // The 1979 election ran to 155 ballots; Mexico was elected on 7 January 1980 (docs/council-data.md).
            expected = 14;
        }
        assertThat(council.size()).as("members on %s", date).isEqualTo(expected);
    }

    @Test
    void onDate_1980_seatsMexicoFromTheSeventhOfJanuary() {
        assertThat(Councils.onDate(LocalDate.of(1980, 1, 6)).contains("MEX")).isFalse();
        assertThat(Councils.onDate(LocalDate.of(1980, 1, 7)).contains("MEX")).isTrue();
    }

    @Test
    void record_noElectedMemberHoldsConsecutiveTerms() {
        // Charter Art. 23(2): a retiring member is not eligible for immediate re-election.
        Map<String, LocalDate> lastDay = new HashMap<>();
        RecordFiles.get().seats.stream().filter(row -> row.type() == io.github.unscsim.model.SeatType.ELECTED)
                .sorted((a, b) -> a.term().first().compareTo(b.term().first()))
                .forEach(row -> {
                    LocalDate previous = lastDay.put(row.code(), row.term().last());
                    if (previous != null) {
                        assertThat(previous.plusDays(1)).as("%s re-elected at once", row.code())
                                .isBefore(row.term().first());
                    }
                });
    }

    @Test
    void record_everySeatHolderHasExactlyOneNameOnEveryDayOfItsSeat() {
        for (RecordFiles.SeatRow seat : RecordFiles.get().seats) {
            LocalDate last = seat.term().isOpen() ? Councils.LAST_DATE : seat.term().last();
            for (LocalDate day : List.of(seat.term().first(), last)) {
                long names = RecordFiles.get().names.get(seat.code()).stream().filter(n -> n.term().contains(day)).count();
                assertThat(names).as("names of %s on %s", seat.code(), day).isEqualTo(1);
            }
        }
    }

    @Test
    void onDate_2016_matchesDomainSection6() {
        assertThat(codesAndNames(Councils.onDate(Fixtures.ALEPPO_VOTE)))
                .containsExactlyInAnyOrderElementsOf(codesAndNames(Fixtures.council2016()));
    }

    @Test
    void onDate_2014_matchesDomainSection6() {
        LocalDate date = LocalDate.of(2014, 5, 22);
        assertThat(codesAndNames(Councils.onDate(date)))
                .containsExactlyInAnyOrderElementsOf(codesAndNames(Fixtures.council2014(date)));
    }

    @Test
    void onDate_june1950_matchesTheMembersVotingOnResolution83() {
        LocalDate date = LocalDate.of(1950, 6, 27);
        assertThat(codesAndNames(Councils.onDate(date)))
                .containsExactlyInAnyOrderElementsOf(codesAndNames(Fixtures.council1950(date)));
    }

    @Test
    void onDate_may1948_matchesTheMembersVotingOnThePreliminaryQuestion() {
        LocalDate date = LocalDate.of(1948, 5, 24);
        assertThat(codesAndNames(Councils.onDate(date)))
                .containsExactlyInAnyOrderElementsOf(codesAndNames(Fixtures.council1948(date)));
    }

    @Test
    void onDate_china_isNamedByItsRepresentation() {
        assertThat(Councils.onDate(LocalDate.of(1971, 10, 24)).member("CHN").name())
                .isEqualTo("China (Republic of China)");
        assertThat(Councils.onDate(LocalDate.of(1971, 10, 25)).member("CHN").name()).isEqualTo("China");
    }

    @Test
    void onDate_december1991_passesTheSovietSeatToRussia() {
        // Yeltsin's letter of 24 December 1991 [ASK378083].
        Council before = Councils.onDate(LocalDate.of(1991, 12, 23));
        Council after = Councils.onDate(LocalDate.of(1991, 12, 24));

        assertThat(before.isPermanent("SUN")).isTrue();
        assertThat(before.contains("RUS")).isFalse();
        assertThat(after.isPermanent("RUS")).isTrue();
        assertThat(after.contains("SUN")).isFalse();
    }

    @Test
    void ofYear_2017And2018_splitTheItalianAndDutchTerm() {
        // Italy and the Netherlands split the 2017–18 seat [RAMAN].
        assertThat(Councils.ofYear(2017).contains("ITA")).isTrue();
        assertThat(Councils.ofYear(2017).contains("NLD")).isFalse();
        assertThat(Councils.ofYear(2018).contains("NLD")).isTrue();
        assertThat(Councils.ofYear(2018).contains("ITA")).isFalse();
    }

    @Test
    void ofYear_2014_seatsJordanInSaudiArabiasPlace() {
        // Saudi Arabia refused its 2014–15 seat; Jordan sat [SCR13; AFF].
        assertThat(Councils.ofYear(2014).contains("JOR")).isTrue();
        assertThat(Councils.ofYear(2014).contains("SAU")).isFalse();
    }

    @Test
    void seats_elected_carryTheirTerms() {
        Seat spain = Councils.ofYear(2016).seat("ESP").orElseThrow();

        assertThat(spain.isPermanent()).isFalse();
        assertThat(spain.term().first()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(spain.term().last()).isEqualTo(LocalDate.of(2016, 12, 31));
    }

    @Test
    void onDate_outsideTheRecord_failsNamingTheRange() {
        assertThatThrownBy(() -> Councils.onDate(LocalDate.of(1945, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no council data for 1945-12-31: the record covers 1946-01-01 to 2026-12-31");
        assertThatThrownBy(() -> Councils.ofYear(2027)).hasMessageContaining("2027");
    }

    @Test
    void parse_yearOrDate_readsBoth() {
        assertThat(Councils.parse("2016").date()).contains(LocalDate.of(2016, 1, 1));
        assertThat(Councils.parse("2016-10-08").date()).contains(Fixtures.ALEPPO_VOTE);
        assertThatThrownBy(() -> Councils.parse("2016-13-01"))
                .hasMessage("'2016-13-01' is neither a year (2016) nor a date (2016-10-08)");
    }

    @Test
    void memberStates_of_givesTheLatestNameAndRejectsStrangers() {
        assertThat(MemberStates.of("RUS")).isEqualTo(MemberState.of("RUS", "Russian Federation"));
        assertThat(MemberStates.of("RUS").name()).isEqualTo("Russian Federation");
        assertThat(MemberStates.isKnown("ZZZ")).isFalse();
        assertThatThrownBy(() -> MemberStates.of("ZZZ")).hasMessageContaining("ZZZ");
    }
}
