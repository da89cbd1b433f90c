package io.github.unscsim.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import io.github.unscsim.reform.ReformModels;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.OutcomeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Counterfactual replays, queries and statistics over the five votes whose sources BundleTest names (S/2014/348,
 * S/2014/916, S/2016/846, S/2016/847, resolution 2334 (2016)), so that the counts hold for any bundle that has them.
 */
class ReplayAndQueryTest {

    private final VotingRecord bundled = VotingRecord.bundled();
    private final VotingRecord five = VotingRecord.of(List.of(bundled.get("S/2014/348"), bundled.get("S/2014/916"),
            bundled.get("S/2016/846"), bundled.get("S/2016/847"), bundled.get("2334 (2016)")));

    @Test
    void withoutVeto_s2016846_isAdopted() {
        Replay replay = Replay.withoutVeto(bundled.get("S/2016/846"));

        assertThat(replay.outcome().type()).isEqualTo(OutcomeType.ADOPTED);
        assertThat(replay.matches()).isFalse();
        assertThat(replay.reason()).startsWith("recorded vetoed (RUS), replayed adopted");
        assertThat(replay.changes()).extracting(change -> change.subject()).containsExactly("rule");
    }

    @Test
    void under_simpleMajority_s2016847_stillFails_s2016846_isAdopted() {
        assertThat(Replay.under(bundled.get("S/2016/847"), AdoptionRules.simpleMajority()).outcome().type())
                .isEqualTo(OutcomeType.FAILED);
        assertThat(Replay.under(bundled.get("S/2016/846"), AdoptionRules.simpleMajority()).outcome().type())
                .isEqualTo(OutcomeType.ADOPTED);
    }

    /**
     * On the G4's 25 seats (quota 14), with the members not on the 2016 council abstaining: the yes votes left are
     * France, Japan, the UK and the US, 4 of 14, so the draft fails and Russia's no is no veto.
     */
    @Test
    void onReform_s2016846_g4_newMembersAbstain_failsForWantOfVotes() {
        Replay replay = Replay.onReform(bundled.get("S/2016/846"), ReformModels.g4(false, 14), Vote.ABSTAIN);

        assertThat(replay.outcome().type()).isEqualTo(OutcomeType.FAILED);
        assertThat(replay.outcome().tally().yes()).isEqualTo(4);
        assertThat(replay.outcome().required()).isEqualTo(14);
        assertThat(replay.changes()).extracting(change -> change.subject()).contains("council", "EGY", "BRA");
    }

    /**
     * The same with the 19 members not on the 2016 council (BRA, DEU, IND, two African seats, 14 elected) voting
     * yes: 4 + 19 = 23 of 14, and Russia's no is a veto again.
     */
    @Test
    void onReform_s2016846_g4_newMembersYes_russiaVetoes() {
        Replay replay = Replay.onReform(bundled.get("S/2016/846"), ReformModels.g4(false, 14), Vote.YES);

        assertThat(replay.outcome().type()).isEqualTo(OutcomeType.VETOED);
        assertThat(replay.outcome().vetoingMembers()).extracting(MemberState::code).containsExactly("RUS");
        assertThat(replay.outcome().tally().yes()).isEqualTo(23);
    }

    @Test
    void onCouncil_withoutAVoteForNewMembers_namesThem() {
        assertThatThrownBy(() -> Replay.onCouncil(bundled.get("S/2016/846"), Councils.ofYear(2017), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no position for BOL");
    }

    @Test
    void onCouncil_2017_newMembersVoteYes_russiaStillVetoes() {
        Replay replay = Replay.onCouncil(bundled.get("S/2016/846"), Councils.ofYear(2017), Vote.YES);

        assertThat(replay.outcome().type()).isEqualTo(OutcomeType.VETOED);
        assertThat(replay.outcome().ballot().council()).isEqualTo(Councils.ofYear(2017));
    }

    /**
     * The USSR's seat passed to Russia: on a council with RUS and without SUN, the USSR's vote is Russia's. The vote
     * is made up for the mechanism (every member yes but the USSR), not taken from the record.
     */
    @Test
    void onCouncil_aSovietVote_isCastByRussiaOnALaterCouncil() {
        LocalDate date = LocalDate.of(1960, 7, 26);
        RecordedVote madeUp = RecordedVote.builder("S/PV.1/1", VoteKind.DRAFT, date, OutcomeType.VETOED)
                .ballot(io.github.unscsim.model.Ballot.builder(Councils.onDate(date), VoteKind.DRAFT.question())
                        .no("SUN").rest(Vote.YES).build())
                .vetoedBy("SUN").sources("made-up").build();

        Replay replay = Replay.onCouncil(madeUp, Councils.ofYear(2016), Vote.YES);

        assertThat(Replay.inForce(madeUp).matches()).isTrue();
        assertThat(replay.outcome().type()).isEqualTo(OutcomeType.VETOED);
        assertThat(replay.outcome().vetoingMembers()).extracting(MemberState::code).containsExactly("RUS");
        assertThat(madeUp.confirmed()).isFalse();
    }

    @Test
    void withVotes_russiaAbstains_s2016846_isAdopted() {
        assertThat(Replay.withVotes(bundled.get("S/2016/846"), Map.of("RUS", Vote.ABSTAIN)).outcome().type())
                .isEqualTo(OutcomeType.ADOPTED);
    }

    @Test
    void select_byDateOutcomeVetoerTextMemberAndSponsor() {
        assertThat(five.select(Query.all().from(LocalDate.of(2016, 1, 1)))).extracting(RecordedVote::id)
                .containsExactly("S/2016/846", "S/2016/847", bundled.get("2334 (2016)").id());
        assertThat(five.select(Query.all().to(LocalDate.of(2014, 12, 31)).outcome(OutcomeType.FAILED)))
                .extracting(RecordedVote::id).containsExactly("S/2014/916");
        assertThat(five.select(Query.all().vetoedBy("CHN"))).extracting(RecordedVote::id)
                .containsExactly("S/2014/348");
        assertThat(five.select(Query.all().text("PALESTINIAN QUESTION"))).extracting(RecordedVote::id)
                .contains("S/2014/916").doesNotContain("S/2016/846");
        assertThat(five.select(Query.all().member("USA", Vote.NO))).extracting(RecordedVote::id)
                .containsExactly("S/2014/916", "S/2016/847");
        assertThat(five.select(Query.all().member("USA", Vote.ABSTAIN))).hasSize(1);
        // S/2014/348 (the ICC referral) with its 65 sponsors, Spain among them (OVA); S/2016/846 (SC/12545)
        assertThat(five.select(Query.all().sponsor("ESP"))).extracting(RecordedVote::id)
                .containsExactly("S/2014/348", "S/2016/846");
    }

    /** A draft vetoed by two members is one vetoed draft and two vetoes (S/2014/348: China and Russia). */
    @Test
    void vetoes_countsVetoedDraftsAndMemberVetoesApart() {
        Statistics.VetoCounts counts = Statistics.vetoes(five.votes());

        assertThat(counts.vetoedVotes()).isEqualTo(2);
        assertThat(counts.totalVetoes()).isEqualTo(3);
        assertThat(counts.vetoes("RUS", 2010)).isEqualTo(2);
        assertThat(counts.vetoes("CHN")).isEqualTo(1);
        assertThat(counts.vetoes("USA")).isZero();
    }

    @Test
    void votesByYear_russia() {
        assertThat(Statistics.votesByYear(five.votes(), "RUS"))
                .containsEntry(2014, Map.of(Vote.NO, 1, Vote.YES, 1))
                .containsEntry(2016, Map.of(Vote.NO, 1, Vote.YES, 2));
    }

    /** France and the UK: same vote on four of the five; on S/2014/916 France yes, the UK abstained. */
    @Test
    void agreement_franceAndUk() {
        Statistics.Agreement agreement = Statistics.agreement(five.votes(), "FRA", "GBR");

        assertThat(agreement.considered()).isEqualTo(5);
        assertThat(agreement.agreed()).isEqualTo(4);
        assertThat(agreement.share()).hasValue(0.8);
        assertThat(Statistics.agreement(five.select(Query.all().from(LocalDate.of(2016, 1, 1))), "RUS", "VEN")
                .agreed()).isEqualTo(3);
    }

    @Test
    void draftsBySponsor_andVetoesAgainstSponsors() {
        assertThat(Statistics.draftsBySponsor(five.votes()))
                .containsEntry("FRA", Map.of(OutcomeType.VETOED, 2))
                .containsEntry("RUS", Map.of(OutcomeType.FAILED, 1))
                .containsEntry("JOR", Map.of(OutcomeType.VETOED, 1, OutcomeType.FAILED, 1));
        assertThat(Statistics.vetoesAgainstSponsors(five.votes()))
                .contains(new Statistics.SponsorVetoes(2010, "RUS", "ESP", 2),
                        new Statistics.SponsorVetoes(2010, "RUS", "FRA", 2),
                        new Statistics.SponsorVetoes(2010, "CHN", "FRA", 1))
                .doesNotContain(new Statistics.SponsorVetoes(2010, "CHN", "ESP", 2));
    }

    @Test
    void sponsors_groupsReadBackAndExpand() {
        List<Sponsor> sponsors = Sponsor.parseAll("A3(DZA MOZ SLE) GUY");

        assertThat(sponsors).hasSize(2);
        assertThat(sponsors.get(0).isGroup()).isTrue();
        assertThat(sponsors.get(0).members()).containsExactly("DZA", "MOZ", "SLE");
        assertThat(String.join(" ", sponsors.stream().map(Sponsor::toString).toList()))
                .isEqualTo("A3(DZA MOZ SLE) GUY");
    }

    @Test
    void find_unknownSymbol_isEmpty_andGetSaysWhatWasExpected() {
        assertThat(bundled.find("S/1999/1")).isEmpty();
        assertThatThrownBy(() -> bundled.get("S/1999/1")).hasMessageContaining("no vote in the record has the "
                + "symbol 'S/1999/1'");
    }
}
