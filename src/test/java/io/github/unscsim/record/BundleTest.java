package io.github.unscsim.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Tally;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.OutcomeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled record checked as a whole (invariants that hold for any bundle) and against the votes whose sources
 * are named below.
 */
class BundleTest {

    private final VotingRecord record = VotingRecord.bundled();

    @Test
    void everyVoteWithMemberVotes_replaysToItsRecordedOutcomeAndVetoes() {
        List<String> mismatches = new ArrayList<>();
        int replayed = 0;
        for (RecordedVote vote : record.votes()) {
            if (vote.hasMemberVotes()) {
                replayed++;
                Replay replay = Replay.inForce(vote);
                if (!replay.matches()) {
                    mismatches.add(vote.id() + ": " + replay.reason());
                }
            }
        }
        System.out.println("record replay: " + record.size() + " votes, " + replayed + " replayed, "
                + mismatches.size() + " mismatches");
        assertThat(replayed).isPositive();
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyMemberNamed_sitsOnTheCouncilOfThatDay_andEveryTallyIsItsCount() {
        for (RecordedVote vote : record.votes()) {
            vote.ballot().ifPresent(ballot -> {
                assertThat(ballot.council()).as(vote.id()).isEqualTo(Councils.onDate(vote.date()));
                Tally counted = new Tally(ballot.members(Vote.YES).size(), ballot.members(Vote.NO).size(),
                        ballot.members(Vote.ABSTAIN).size(), ballot.members(Vote.ABSENT).size(),
                        ballot.members(Vote.NOT_PARTICIPATING).size());
                assertThat(vote.tally()).as(vote.id()).contains(counted);
            });
            for (String code : vote.vetoingMembers()) {
                assertThat(Councils.onDate(vote.date()).isPermanent(code)).as(vote.id() + " " + code).isTrue();
            }
        }
    }

    @Test
    void everySourceKey_isDefined_andEveryDisagreementNamesAVote() {
        for (RecordedVote vote : record.votes()) {
            assertThat(vote.sources()).as(vote.id()).isNotEmpty();
            assertThat(record.sources()).as(vote.id()).containsKeys(vote.sources().toArray(String[]::new));
        }
        for (Disagreement disagreement : record.disagreements()) {
            assertThat(record.find(disagreement.id())).as(disagreement.id()).isPresent();
        }
    }

    @Test
    void bundled_isLoadedOnce_andEqualToAFreshLoad() {
        assertThat(VotingRecord.bundled()).isSameAs(record).isEqualTo(VotingRecord.loadBundle());
    }

    /** S/2016/846 (France and Spain), 8 October 2016, 7785th meeting: 11-2-2, vetoed by Russia [SC/12545]. */
    @Test
    void s2016846_vetoedByRussia_sponsoredByFranceAndSpain() {
        RecordedVote vote = record.get("S/2016/846");

        assertThat(vote.date()).isEqualTo(LocalDate.of(2016, 10, 8));
        assertThat(vote.meeting()).isEqualTo("S/PV.7785");
        assertThat(vote.outcome()).isEqualTo(OutcomeType.VETOED);
        assertThat(vote.vetoingMembers()).containsExactly("RUS");
        assertThat(vote.tally()).contains(new Tally(11, 2, 2, 0, 0));
        assertThat(vote.vote("VEN")).contains(Vote.NO);
        assertThat(vote.vote("AGO")).contains(Vote.ABSTAIN);
        assertThat(vote.vote("CHN")).contains(Vote.ABSTAIN);
        assertThat(vote.sponsorCodes()).containsExactlyInAnyOrder("FRA", "ESP");
        assertThat(vote.draft().orElseThrow().sponsors()).containsExactlyInAnyOrder("FRA", "ESP");
        assertThat(Replay.inForce(vote).outcome().vetoingMembers()).extracting(MemberState::code)
                .containsExactly("RUS");
    }

    /** S/2016/847 (Russia), same meeting: 4-9-2, failed; the P3's negative votes are not vetoes [SC/12545]. */
    @Test
    void s2016847_failedForWantOfVotes_sponsoredByRussia() {
        RecordedVote vote = record.get("S/2016/847");

        assertThat(vote.outcome()).isEqualTo(OutcomeType.FAILED);
        assertThat(vote.vetoingMembers()).isEmpty();
        assertThat(vote.tally()).contains(new Tally(4, 9, 2, 0, 0));
        assertThat(vote.vote("FRA")).contains(Vote.NO);
        assertThat(vote.vote("GBR")).contains(Vote.NO);
        assertThat(vote.vote("USA")).contains(Vote.NO);
        assertThat(vote.vote("URY")).contains(Vote.ABSTAIN);
        assertThat(vote.sponsorCodes()).containsExactly("RUS");
    }

    /** S/2014/348, 22 May 2014, 7180th meeting: 13-2-0, China and Russia against, vetoed [SC/11407; veto list]. */
    @Test
    void s2014348_vetoedByChinaAndRussia() {
        RecordedVote vote = record.get("S/2014/348");

        assertThat(vote.meeting()).isEqualTo("S/PV.7180");
        assertThat(vote.outcome()).isEqualTo(OutcomeType.VETOED);
        assertThat(vote.vetoingMembers()).containsExactlyInAnyOrder("CHN", "RUS");
        assertThat(vote.tally()).contains(new Tally(13, 2, 0, 0, 0));
    }

    /** S/2014/916 (Jordan), 30 December 2014, 7354th meeting: 8-2-5, Australia and the US against, failed [S/PV.7354]. */
    @Test
    void s2014916_failed_theUsNegativeVoteIsNoVeto() {
        RecordedVote vote = record.get("S/2014/916");

        assertThat(vote.outcome()).isEqualTo(OutcomeType.FAILED);
        assertThat(vote.vetoingMembers()).isEmpty();
        assertThat(vote.tally()).contains(new Tally(8, 2, 5, 0, 0));
        assertThat(vote.vote("USA")).contains(Vote.NO);
        assertThat(vote.vote("AUS")).contains(Vote.NO);
        assertThat(Replay.inForce(vote).outcome().type()).isEqualTo(OutcomeType.FAILED);
    }

    /** Resolution 2334 (2016), 23 December 2016, 7853rd meeting: 14-0-1, the United States abstaining. */
    @Test
    void resolution2334_adopted14to0to1_theUsAbstaining_foundByEverySymbol() {
        RecordedVote vote = record.get("S/RES/2334");

        assertThat(record.find("S/RES/2334 (2016)")).contains(vote);
        assertThat(record.find("2334 (2016)")).contains(vote);
        assertThat(record.find("2334")).contains(vote);
        assertThat(record.find("2334 (2015)")).isEmpty();
        assertThat(vote.date()).isEqualTo(LocalDate.of(2016, 12, 23));
        assertThat(vote.outcome()).isEqualTo(OutcomeType.ADOPTED);
        assertThat(vote.tally()).contains(new Tally(14, 0, 1, 0, 0));
        assertThat(vote.vote("USA")).contains(Vote.ABSTAIN);
        assertThat(vote.resolutionSymbol()).contains("S/RES/2334 (2016)");
        assertThat(Replay.inForce(vote).matches()).isTrue();
    }
}
