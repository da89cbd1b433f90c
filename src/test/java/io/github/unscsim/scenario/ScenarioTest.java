package io.github.unscsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final Council C2016 = Councils.ofYear(2016);

    @Test
    void evaluate_anotherCouncilWithoutDefault_mustNameTheNewMembers() {
        PositionSpec all2016 = PositionSpec.of(Map.of("CHN", Vote.YES, "FRA", Vote.YES, "RUS", Vote.NO,
                "GBR", Vote.YES, "USA", Vote.YES, "AGO", Vote.ABSTAIN, "EGY", Vote.YES, "JPN", Vote.YES,
                "MYS", Vote.YES, "NZL", Vote.YES), null).with(Map.of("SEN", VoteDistribution.certain(Vote.YES),
                "ESP", VoteDistribution.certain(Vote.YES), "UKR", VoteDistribution.certain(Vote.YES),
                "URY", VoteDistribution.certain(Vote.YES), "VEN", VoteDistribution.certain(Vote.NO)));
        Variant unnamed = new Variant("2017", Map.of(), Optional.of(Councils.ofYear(2017)), RuleSpec.unchanged());
        Variant named = new Variant("2017 named", Map.of("BOL", VoteDistribution.certain(Vote.NO),
                "ETH", VoteDistribution.certain(Vote.YES), "ITA", VoteDistribution.certain(Vote.YES),
                "KAZ", VoteDistribution.certain(Vote.YES), "SWE", VoteDistribution.certain(Vote.YES)),
                Optional.of(Councils.ofYear(2017)), RuleSpec.unchanged());

        assertThat(new Scenario(C2016, Question.substantive(), all2016, RuleSpec.unchanged(), List.of(named))
                .evaluate().variant("2017 named").outcome().orElseThrow().tally().toString()).isEqualTo("13-2-0");
        assertThatThrownBy(() -> new Scenario(C2016, Question.substantive(), all2016, RuleSpec.unchanged(),
                List.of(unnamed)).evaluate()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variant '2017'").hasMessageContaining("BOL");
    }

    @Test
    void evaluate_ruleChanges_areListedAndApplied() {
        PositionSpec positions = PositionSpec.of(Map.of("RUS", Vote.NO, "CHN", Vote.ABSTAIN), Vote.YES);
        Scenario scenario = new Scenario(C2016, Question.substantive(), positions, RuleSpec.unchanged(), List.of(
                Variant.setting("no veto", Map.of()).withRule(RuleSpec.noVeto()),
                Variant.setting("14 votes", Map.of()).withRule(RuleSpec.votes(14).withVetoHolders(
                        io.github.unscsim.rules.VetoHolders.none())),
                Variant.setting("new permanent veto", Map.of("JPN", VoteDistribution.certain(Vote.NO)))
                        .withRule(RuleSpec.vetoHolders(java.util.Set.of("JPN")))));

        Scenario.Result result = scenario.evaluate();

        assertThat(result.base().outcome().orElseThrow().isVetoed()).isTrue();
        assertThat(result.variant("no veto").outcome().orElseThrow().isAdopted()).isTrue();
        assertThat(result.variant("no veto").changes()).extracting(Scenario.Difference::subject)
                .containsExactly("rule");
        // 13 yes of 14 required
        assertThat(result.variant("14 votes").outcome().orElseThrow().votesShort()).isEqualTo(1);
        assertThat(result.variant("new permanent veto").outcome().orElseThrow().vetoingMembers())
                .extracting(MemberState::code).containsExactly("JPN");
        assertThat(result.variant("new permanent veto").changes()).extracting(Scenario.Difference::subject)
                .containsExactly("JPN", "rule");
    }

    @Test
    void compile_ofTheRuleInForceOnAChapterViDispute_appliesTheObligatoryAbstention() {
        var council = io.github.unscsim.history.Councils.onDate(java.time.LocalDate.of(2016, 10, 8));
        Question question = Question.chapterVi("UKR", "RUS");
        var rule = io.github.unscsim.rules.AdoptionRules.inForce(council, question);

        assertThat(rule.compile(council, question).partiesAbstain()).isTrue();
        assertThat(rule.compile(council, question).quota())
                .isEqualTo(io.github.unscsim.rules.AdoptionRules.charter().quota());
        assertThat(io.github.unscsim.rules.AdoptionRules.charter().compile(council, question).partiesAbstain())
                .isFalse();
        // a changed rule keeps the proviso
        assertThat(RuleSpec.votes(10).apply(rule).compile(council, question).partiesAbstain()).isTrue();
        assertThat(RuleSpec.votes(10).apply(rule).compile(council, question).required(0)).isEqualTo(10);
    }

    @Test
    void scenario_positionForANonMember_isAnError() {
        PositionSpec positions = PositionSpec.of(Map.of("DEU", Vote.NO), Vote.YES);

        assertThatThrownBy(() -> new Scenario(C2016, Question.substantive(), positions, RuleSpec.unchanged(),
                List.of()).evaluate()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DEU, which is not a member");
    }

    @Test
    void evaluate_correlation_inheritedOnAnotherCouncilLosesTheMembersWhoLeft() {
        // Angola left at the end of 2016; Egypt and Senegal stayed ([SG16; AFF; RAMAN] and the bundled record)
        PositionSpec positions = PositionSpec.of(Map.of("RUS", Vote.ABSTAIN), Vote.YES).with(Map.of(
                "EGY", VoteDistribution.of(0.5, 0, 0.5, 0), "SEN", VoteDistribution.of(0.5, 0, 0.5, 0)));
        Scenario scenario = new Scenario(C2016, Question.substantive(), positions, RuleSpec.votes(14), List.of(
                Variant.setting("2017", Map.of()).withCouncil(Councils.ofYear(2017)),
                Variant.setting("independent", Map.of()).withCorrelation(Correlation.none())),
                Correlation.none().withBloc("AGO", "EGY", "SEN").withTrials(20_000, 7));

        Scenario.Result result = scenario.evaluate();

        // fourteen votes (Russia abstains) need Egypt and Senegal both: 0.5 with one draw for both, 0.25 independently
        assertThat(result.base().estimate().orElseThrow().adopted().contains(0.5)).isTrue();
        assertThat(result.variant("2017").method()).isEqualTo(Scenario.Method.MONTE_CARLO);
        assertThat(result.variant("2017").estimate().orElseThrow().adopted().contains(0.5)).isTrue();
        assertThat(result.variant("2017").changes()).extracting(Scenario.Difference::toString)
                .contains("correlation: blocs [[AGO, EGY, SEN]], 20000 ballots, seed 7 -> blocs [[EGY, SEN]], "
                        + "20000 ballots, seed 7");
        assertThat(result.variant("independent").method()).isEqualTo(Scenario.Method.EXACT);
        assertThat(result.variant("independent").odds().adopted()).isCloseTo(0.25,
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void evaluate_blocWithANonMember_namesTheVariantAndTheCode() {
        PositionSpec positions = PositionSpec.of(Map.of(), Vote.YES);
        Scenario scenario = new Scenario(C2016, Question.substantive(), positions, RuleSpec.unchanged(), List.of(
                Variant.setting("German bloc", Map.of()).withCorrelation(Correlation.none().withBloc("DEU", "FRA"))));

        assertThatThrownBy(scenario::evaluate).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variant 'German bloc'").hasMessageContaining("DEU is not a member");
        assertThatThrownBy(() -> scenario.withCorrelation(Correlation.none().withBloc("ITA", "FRA")).evaluate())
                .hasMessageContaining("ITA is not a member");
    }

    @Test
    void correlation_badValues_areRejected() {
        assertThatThrownBy(() -> Correlation.none().withBloc("AGO", "EGY").withBloc("EGY", "SEN"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EGY is in two blocs");
        assertThatThrownBy(() -> Correlation.none().withBloc("AGO")).hasMessageContaining("at least two");
        assertThatThrownBy(() -> Correlation.none().withSharedFactor(1.01)).hasMessageContaining("1.01");
        assertThatThrownBy(() -> Correlation.none().withTrials(0, 1)).hasMessageContaining("at least 1");
        assertThat(Correlation.none().withTrials(10, 2).isIndependent()).isTrue();
        assertThat(Correlation.none().withSharedFactor(-0.0)).isEqualTo(Correlation.none());
        assertThat(Correlation.none().withSharedFactor(0.1).isIndependent()).isFalse();
    }
}
