package io.github.unscsim.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.Fixtures;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.CharterBasis;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.QuestionType;
import io.github.unscsim.model.Vote;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compiled form of a rule: what each vote counts as, and the checks made once when a rule is compiled. */
class CountingRuleTest {

    private static final Council C2016 = Fixtures.council2016();
    private static final QuotaRule ABSTENTION_BLOCKS = AdoptionRules.custom("abstention is a veto").votes(9)
            .abstentionIsVeto(true).build();

    @Test
    void issue8_obligatoryAbstentionOfAPermanentParty_isNotAVetoWhereAnAbstentionBlocks() {
        // Art. 27(3): in a Chapter VI decision a party abstains; the proviso exists so that its abstention cannot
        // count against it. Russia, a party, votes yes: counted as an abstention, and not a veto.
        Question dispute = Question.chapterVi("RUS", "UKR");
        AdoptionRule rule = AdoptionRules.obligatoryAbstention(ABSTENTION_BLOCKS);
        Ballot recast = Ballot.builder(C2016, dispute).rest(Vote.YES).build();
        Ballot abstaining = Ballot.builder(C2016, dispute).abstain("RUS").rest(Vote.YES).build();

        Outcome outcome = rule.evaluate(recast);

        assertThat(outcome.type()).isEqualTo(OutcomeType.ADOPTED);
        assertThat(outcome.tally().abstain()).isEqualTo(2);
        assertThat(outcome.explanation()).startsWith("Adopted: 13 in favour, none against, 2 abstentions")
                .contains("Russian Federation, Ukraine, parties to the dispute, counted as abstentions");
        assertThat(rule.evaluate(abstaining).type()).isEqualTo(OutcomeType.ADOPTED);
        // the abstention of a permanent member that is not a party still blocks
        assertThat(rule.evaluate(recast.with("CHN", Vote.ABSTAIN)).vetoingMembers())
                .extracting(m -> m.code()).containsExactly("CHN");
        // the same through a change of the rule in force, as a scenario makes it
        AdoptionRule inForce = AdoptionRules.inForce(C2016, dispute).withCounting(q -> q.withAbstentionIsVeto(true));
        assertThat(inForce.evaluate(abstaining).type()).isEqualTo(OutcomeType.ADOPTED);
        assertThat(inForce.evaluate(abstaining.with("USA", Vote.ABSTAIN)).type()).isEqualTo(OutcomeType.VETOED);
    }

    @Test
    void compile_absenceAndNonParticipationWhereAnAbstentionBlocks_neitherCountNorBlock() {
        CountingRule rule = ABSTENTION_BLOCKS.compile(C2016, Question.substantive());
        int russia = C2016.members().indexOf(C2016.member("RUS"));

        for (Vote vote : EnumSet.of(Vote.ABSENT, Vote.NOT_PARTICIPATING)) {
            assertThat(rule.isAffirmative(russia, vote)).isFalse();
            assertThat(rule.isPresentAndVoting(russia, vote)).isFalse();
            assertThat(rule.blocks(russia, vote)).as("%s", vote).isFalse();
        }
        assertThat(rule.blocks(russia, Vote.ABSTAIN)).isTrue();
        assertThat(rule.blocks(russia, Vote.NO)).isTrue();
        // a rule that wants absence to block says so
        CountingRule literal = AdoptionRules.custom("literal").blockingVotes(EnumSet.complementOf(EnumSet.of(Vote.YES)))
                .build().compile(C2016, Question.substantive());
        assertThat(literal.blocks(russia, Vote.ABSENT)).isTrue();
        assertThat(literal.blocks(russia, Vote.NOT_PARTICIPATING)).isTrue();
    }

    @Test
    void compile_fixedQuotaLargerThanTheCouncil_isRejectedNamingBoth() {
        QuotaRule sixteen = AdoptionRules.custom("sixteen").votes(16).build();
        Ballot ballot = Ballot.builder(C2016, Question.substantive()).rest(Vote.YES).build();

        assertThatThrownBy(() -> sixteen.evaluate(ballot)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule 'sixteen' requires 16 affirmative votes but the council on 2016-10-08 has 15 members");
        assertThat(AdoptionRules.custom("fifteen").votes(15).build().evaluate(ballot).isAdopted()).isTrue();
    }

    @Test
    void compile_namedVetoHolderNotOnTheCouncil_isRejectedNamingItAndTheCouncil() {
        QuotaRule rule = AdoptionRules.custom("named").vetoHolders(VetoHolders.of(Set.of("RUS", "XYZ"))).build();

        assertThatThrownBy(() -> rule.compile(C2016, Question.substantive()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("veto holder XYZ is not a member of the council on 2016-10-08");
    }

    @Test
    void question_underChapterViOrArticle52WithoutParties_isRejected() {
        assertThatThrownBy(() -> Question.chapterVi()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Chapter VI").hasMessageContaining("parties");
        assertThatThrownBy(() -> new Question(QuestionType.SUBSTANTIVE, CharterBasis.ARTICLE_52_3, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Art. 52(3)");
        assertThat(new Question(QuestionType.SUBSTANTIVE, CharterBasis.CHAPTER_VII, Set.of()).partiesToDispute())
                .isEmpty();
    }

    @Test
    void evaluate_ballotOfAnotherCouncil_isRejected() {
        CountingRule rule = AdoptionRules.charter().compile(C2016, Question.substantive());
        Council other = Fixtures.council2014(java.time.LocalDate.of(2014, 5, 22));

        assertThatThrownBy(() -> rule.evaluate(Ballot.builder(other, Question.substantive()).rest(Vote.YES).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2014-05-22");
    }
}
