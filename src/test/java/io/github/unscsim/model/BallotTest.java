package io.github.unscsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BallotTest {

    private final Council council = Fixtures.council2016();

    @Test
    void build_memberLeftOut_failsNamingTheMemberAndTheCouncil() {
        Ballot.Builder builder = Ballot.builder(council, Question.substantive())
                .yes("CHN", "FRA", "RUS", "GBR", "USA", "AGO", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "URY", "VEN");

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ballot for the council on 2016-10-08 has no vote for EGY");
    }

    @Test
    void vote_memberNamedTwice_failsNamingBothVotes() {
        Ballot.Builder builder = Ballot.builder(council, Question.substantive()).yes("EGY");

        assertThatThrownBy(() -> builder.no("EGY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EGY is named twice on the ballot of the council on 2016-10-08 (yes and no)");
    }

    @Test
    void vote_nonMember_failsNamingTheCouncilAndItsMembers() {
        assertThatThrownBy(() -> Ballot.builder(council, Question.substantive()).yes("DEU"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DEU is not a member of the council on 2016-10-08 (members: CHN, FRA, RUS");
    }

    @Test
    void of_map_keepsSeatOrderWhateverTheInputOrder() {
        Ballot ballot = Ballot.builder(council, Question.substantive()).no("VEN").rest(Vote.YES).build();

        Map<String, Vote> reversed = new java.util.LinkedHashMap<>();
        for (MemberState member : com.google.common.collect.Lists.reverse(council.members())) {
            reversed.put(member.code(), member.code().equals("VEN") ? Vote.NO : Vote.YES);
        }

        Ballot fromMap = Ballot.of(council, Question.substantive(), reversed);

        assertThat(fromMap.votes().keySet()).containsExactlyElementsOf(council.members());
        assertThat(fromMap).isEqualTo(ballot);
    }

    @Test
    void with_changesOneVoteAndLeavesTheOriginal() {
        Ballot ballot = Ballot.builder(council, Question.substantive()).rest(Vote.YES).build();

        Ballot changed = ballot.with("RUS", Vote.NO);

        assertThat(changed.vote("RUS")).isEqualTo(Vote.NO);
        assertThat(ballot.vote("RUS")).isEqualTo(Vote.YES);
        assertThat(changed.tally()).isEqualTo(new Tally(14, 1, 0, 0, 0));
    }
}
