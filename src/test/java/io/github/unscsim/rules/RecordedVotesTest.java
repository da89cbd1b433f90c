package io.github.unscsim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.Fixtures;
import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Tally;
import io.github.unscsim.model.Vote;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Votes from the record, each with its source, evaluated under the rule in force on their date. */
class RecordedVotesTest {

    /** S/2016/846 on the bundled record's council of 8 October 2016 (Fixtures.s2016846). */
    static Ballot s2016846() {
        return Fixtures.s2016846(Councils.onDate(Fixtures.ALEPPO_VOTE));
    }

    /** S/2016/847 on the bundled record's council of 8 October 2016 (Fixtures.s2016847). */
    static Ballot s2016847() {
        return Fixtures.s2016847(Councils.onDate(Fixtures.ALEPPO_VOTE));
    }

    @Test
    void s2016846_isVetoedByRussiaAlone() {
        Outcome outcome = AdoptionRules.evaluate(s2016846());

        assertThat(outcome.type()).isEqualTo(OutcomeType.VETOED);
        assertThat(outcome.tally()).isEqualTo(new Tally(11, 2, 2, 0, 0));
        assertThat(outcome.vetoingMembers()).extracting(MemberState::code).containsExactly("RUS");
        assertThat(outcome.required()).isEqualTo(9);
        assertThat(outcome.votesShort()).isZero();
        assertThat(outcome.explanation()).isEqualTo("Not adopted, owing to the negative vote of a permanent member "
                + "(Russian Federation): 11 in favour, 2 against, 2 abstentions.");
    }

    @Test
    void s2016846_hadRussiaAbstained_wouldHaveBeenAdopted() {
        assertThat(AdoptionRules.evaluate(s2016846().with("RUS", Vote.ABSTAIN)).type())
                .isEqualTo(OutcomeType.ADOPTED);
        assertThat(AdoptionRules.evaluate(s2016846().with("VEN", Vote.ABSTAIN)).type())
                .isEqualTo(OutcomeType.VETOED);
    }

    @Test
    void s2016847_failsForWantOfVotesAndTheWesternNoVotesAreNotVetoes() {
        Outcome outcome = AdoptionRules.evaluate(s2016847());

        assertThat(outcome.type()).isEqualTo(OutcomeType.FAILED);
        assertThat(outcome.tally()).isEqualTo(new Tally(4, 9, 2, 0, 0));
        assertThat(outcome.vetoingMembers()).isEmpty();
        assertThat(outcome.votesShort()).isEqualTo(5);
        assertThat(outcome.explanation()).isEqualTo("Not adopted, having failed to obtain the required number of "
                + "votes (9): 4 in favour, 9 against, 2 abstentions.");
    }

    @Test
    void s2014348_isVetoedByTwoPermanentMembers() {
        // ICC referral of Syria, 22 May 2014: 13-2-0, China and Russia against [SCMP; DW14; VETO-CSV].
        Ballot ballot = Ballot.builder(Councils.onDate(LocalDate.of(2014, 5, 22)), Question.chapterVii())
                .no("CHN", "RUS").rest(Vote.YES).build();

        Outcome outcome = AdoptionRules.evaluate(ballot);

        assertThat(outcome.type()).isEqualTo(OutcomeType.VETOED);
        assertThat(outcome.tally()).isEqualTo(new Tally(13, 2, 0, 0, 0));
        assertThat(outcome.vetoingMembers()).extracting(MemberState::code).containsExactly("CHN", "RUS");
    }

    @Test
    void s2014916_failsWithEightVotesSoTheUnitedStatesNoIsNotAVeto() {
        // 30 December 2014, S/PV.7354 (un.org/unispal verbatim record): 8-2-5 [SCP-2].
        Ballot ballot = Ballot.builder(Councils.onDate(LocalDate.of(2014, 12, 30)), Question.substantive())
                .yes("ARG", "TCD", "CHL", "CHN", "FRA", "JOR", "LUX", "RUS").no("AUS", "USA")
                .abstain("LTU", "NGA", "KOR", "RWA", "GBR").build();

        Outcome outcome = AdoptionRules.evaluate(ballot);

        assertThat(outcome.type()).isEqualTo(OutcomeType.FAILED);
        assertThat(outcome.vetoingMembers()).isEmpty();
        assertThat(outcome.votesShort()).isEqualTo(1);
    }

    @Test
    void agenda22December2014_proceduralVoteIsAdoptedOverTwoPermanentMembersNo() {
        // Human rights in the DPRK placed on the agenda, 22 December 2014: 11-2-2, China and Russia against, Chad
        // and Nigeria abstaining (Reuters, 22 Dec 2014; michaelkirby.com.au).
        Ballot ballot = Ballot.builder(Councils.onDate(LocalDate.of(2014, 12, 22)), Question.procedural())
                .no("CHN", "RUS").abstain("TCD", "NGA").rest(Vote.YES).build();

        Outcome outcome = AdoptionRules.evaluate(ballot);

        assertThat(outcome.type()).isEqualTo(OutcomeType.ADOPTED);
        assertThat(outcome.tally()).isEqualTo(new Tally(11, 2, 2, 0, 0));
        assertThat(AdoptionRules.charter().evaluate(ballot).type()).isEqualTo(OutcomeType.VETOED);
    }

    @Test
    void agenda10December2015_proceduralVoteIsAdoptedWithExactlyNineVotes() {
        // Human rights in the DPRK, 10 December 2015: 9 in favour, China, Russia, Venezuela and Angola against,
        // Nigeria and Chad abstaining (Reuters, 11 Dec 2015, via thestar.com.my).
        Ballot ballot = Ballot.builder(Councils.onDate(LocalDate.of(2015, 12, 10)), Question.procedural())
                .no("CHN", "RUS", "VEN", "AGO").abstain("NGA", "TCD").rest(Vote.YES).build();

        Outcome outcome = AdoptionRules.evaluate(ballot);

        assertThat(outcome.tally().yes()).isEqualTo(9);
        assertThat(outcome.type()).isEqualTo(OutcomeType.ADOPTED);
        assertThat(ballot.with("FRA", Vote.ABSTAIN).tally().yes()).isEqualTo(8);
        assertThat(AdoptionRules.evaluate(ballot.with("FRA", Vote.ABSTAIN)).type()).isEqualTo(OutcomeType.FAILED);
    }

    @Test
    void resolution82_isAdoptedWithTheUssrAbsent() {
        // 25 June 1950: 9-0-1, Yugoslavia abstaining, the USSR absent (S/RES/82 (1950);
        // en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_82).
        Ballot ballot = Ballot.builder(Councils.onDate(LocalDate.of(1950, 6, 25)), Question.chapterVii())
                .abstain("YUG").absent("SUN").rest(Vote.YES).build();

        Outcome outcome = AdoptionRules.evaluate(ballot);

        assertThat(outcome.type()).isEqualTo(OutcomeType.ADOPTED);
        assertThat(outcome.tally()).isEqualTo(new Tally(9, 0, 1, 1, 0));
        assertThat(outcome.required()).isEqualTo(7);
    }

    @Test
    void resolution83_isAdoptedWithExactlySevenVotesTwoNotParticipatingAndTheUssrAbsent() {
        // 27 June 1950: 7-1 (Yugoslavia), Egypt and India not participating, the USSR absent (Resolutions and
        // decisions of the Security Council 1950, p. 5, res. 83 and its note 2, via fr.wikisource.org).
        Ballot ballot = Ballot.builder(Councils.onDate(LocalDate.of(1950, 6, 27)), Question.chapterVii())
                .no("YUG").notParticipating("EGY", "IND").absent("SUN").rest(Vote.YES).build();

        Outcome outcome = AdoptionRules.evaluate(ballot);

        assertThat(outcome.type()).isEqualTo(OutcomeType.ADOPTED);
        assertThat(outcome.tally()).isEqualTo(new Tally(7, 1, 0, 1, 2));
        assertThat(outcome.explanation())
                .isEqualTo("Adopted: 7 in favour, 1 against, no abstentions, 1 absent, 2 not participating.");
    }

    @Test
    void resolution1593_isAdoptedWithTwoPermanentMembersAbstaining() {
        // ICC referral of Darfur, 31 March 2005: 11-0-4, Algeria, Brazil, China and the United States abstaining
        // [SC8351].
        Ballot ballot = Ballot.builder(Councils.onDate(LocalDate.of(2005, 3, 31)), Question.chapterVii())
                .abstain("DZA", "BRA", "CHN", "USA").rest(Vote.YES).build();

        Outcome outcome = AdoptionRules.evaluate(ballot);

        assertThat(outcome.type()).isEqualTo(OutcomeType.ADOPTED);
        assertThat(outcome.tally()).isEqualTo(new Tally(11, 0, 4, 0, 0));
    }

    @Test
    void preliminaryQuestion24May1948_isVetoedByTheUssr_theFirstHalfOfADoubleVeto() {
        // Czechoslovakia, 24 May 1948: 8 voted that the matter was procedural, the USSR and the Ukrainian SSR
        // against, France abstaining; the Soviet no defeated it [AJIL-DV].
        Ballot ballot = Ballot.builder(Councils.onDate(LocalDate.of(1948, 5, 24)), Question.preliminary())
                .no("SUN", "UKR").abstain("FRA").rest(Vote.YES).build();

        Outcome outcome = AdoptionRules.evaluate(ballot);

        assertThat(outcome.tally()).isEqualTo(new Tally(8, 2, 1, 0, 0));
        assertThat(outcome.type()).isEqualTo(OutcomeType.VETOED);
        assertThat(outcome.vetoingMembers()).extracting(MemberState::code).containsExactly("SUN");
        assertThat(AdoptionRules.procedural1946().evaluate(ballot).type()).isEqualTo(OutcomeType.ADOPTED);
    }
}
