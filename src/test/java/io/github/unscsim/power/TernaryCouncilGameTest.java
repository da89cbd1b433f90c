package io.github.unscsim.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.Fixtures;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.QuotaRule;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ternary game of a council under a rule counts as the rule's evaluate does. */
class TernaryCouncilGameTest {

    private static final Council C2016 = Fixtures.council2016();

    @Test
    void issue8_permanentMemberAbsentWhereAnAbstentionBlocks_adoptedByTheRuleAndTheGame() {
        QuotaRule rule = AdoptionRules.custom("abstention is a veto").votes(9).abstentionIsVeto(true).build();
        Ballot absent = Ballot.builder(C2016, Question.substantive()).absent("RUS").rest(Vote.YES).build();
        Ballot abstaining = absent.with("RUS", Vote.ABSTAIN);
        TernaryCouncilGame game = TernaryCouncilGame.of(C2016, rule);

        assertThat(rule.evaluate(absent).isAdopted()).isTrue();
        assertThat(game.isAdopted(List.copyOf(absent.votes().values()))).isTrue();
        assertThat(rule.evaluate(absent.with("RUS", Vote.NOT_PARTICIPATING)).isAdopted()).isTrue();
        assertThat(game.isAdopted(List.copyOf(absent.with("RUS", Vote.NOT_PARTICIPATING).votes().values()))).isTrue();
        // the abstention itself blocks, for both
        assertThat(rule.evaluate(abstaining).isVetoed()).isTrue();
        assertThat(game.isAdopted(List.copyOf(abstaining.votes().values()))).isFalse();
        assertThat(game.abstentionBlocks()).isTrue();
    }

    @Test
    void of_ruleWhereAbsenceBlocks_isRejectedAsATernaryGameCannotCountIt() {
        QuotaRule rule = AdoptionRules.custom("absence blocks").blockingVotes(EnumSet.of(Vote.NO, Vote.ABSENT))
                .build();

        assertThatThrownBy(() -> TernaryCouncilGame.of(C2016, rule)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absence blocks").hasMessageContaining("ternary game");
    }
}
