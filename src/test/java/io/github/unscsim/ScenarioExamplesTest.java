package io.github.unscsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.unscsim.io.ScenarioFiles;
import io.github.unscsim.rules.OutcomeType;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example scenario files and the scenario example program run, and the bases agree with the record. */
class ScenarioExamplesTest {

    private static Scenario.Result evaluate(String file) {
        return ScenarioFiles.read(Path.of("examples/scenarios", file)).evaluate();
    }

    @Test
    void s2016846_vetoedByRussia_andAdoptedIfRussiaAbstains() {
        // S/2016/846, 8 October 2016: 11-2-2, vetoed by Russia [SC12545]
        Scenario.Result result = evaluate("s2016-846.yaml");

        var base = result.base().outcome().orElseThrow();
        assertThat(base.type()).isEqualTo(OutcomeType.VETOED);
        assertThat(base.tally().toString()).isEqualTo("11-2-2");
        assertThat(base.vetoingMembers()).extracting(m -> m.code()).containsExactly("RUS");
        assertThat(result.variant("Russia abstains").odds().adopted()).isEqualTo(1.0);
        assertThat(result.variant("Venezuela abstains").odds().vetoed()).isEqualTo(1.0);
        assertThat(result.variant("Russia abstains three times in ten").odds().adopted())
                .isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(result.variant("no veto").odds().adopted()).isEqualTo(1.0);
        // the 2017 council: members who left are dropped, the five new members take the default (yes)
        Scenario.Evaluation council2017 = result.variant("the same positions on the 2017 council");
        assertThat(council2017.changes()).extracting(Scenario.Difference::subject)
                .contains("council", "VEN", "AGO", "SWE", "ITA");
        assertThat(council2017.positions().distribution("SWE").vote().label()).isEqualTo("yes");
        assertThat(council2017.outcome().orElseThrow().tally().toString()).isEqualTo("13-1-1");
    }

    @Test
    void s2016847_failedForLackOfVotes_noVeto() {
        // S/2016/847, 8 October 2016: 4-9-2, failed; the no votes of France, the UK and the US are not vetoes
        Scenario.Result result = evaluate("s2016-847.yaml");

        var base = result.base().outcome().orElseThrow();
        assertThat(base.type()).isEqualTo(OutcomeType.FAILED);
        assertThat(base.tally().toString()).isEqualTo("4-9-2");
        assertThat(base.vetoingMembers()).isEmpty();
        assertThat(result.variant("Angola and Uruguay vote yes").odds().failed()).isEqualTo(1.0);
        assertThat(result.variant("France, the UK and the US abstain, five others vote yes").odds().adopted())
                .isEqualTo(1.0);
    }

    @Test
    void s2014348_vetoedByChinaAndRussia() {
        // S/2014/348, 22 May 2014: 13-2-0, vetoed by China and Russia [SCMP; DW14; VETO-CSV]
        Scenario.Result result = evaluate("s2014-348.yaml");

        var base = result.base().outcome().orElseThrow();
        assertThat(base.type()).isEqualTo(OutcomeType.VETOED);
        assertThat(base.tally().toString()).isEqualTo("13-2-0");
        assertThat(base.vetoingMembers()).extracting(m -> m.code()).containsExactlyInAnyOrder("CHN", "RUS");
        assertThat(result.variant("China abstains").odds().vetoed()).isEqualTo(1.0);
        assertThat(result.variant("China and Russia abstain").odds().adopted()).isEqualTo(1.0);
        assertThat(result.variant("China abstains, Russia undecided").odds().adopted())
                .isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void modelUn_probabilitiesSumToOne_andAbolishingTheVetoHelps() {
        Scenario.Result result = evaluate("model-un.yaml");

        for (Scenario.Evaluation evaluation : java.util.stream.Stream.concat(java.util.stream.Stream.of(
                result.base()), result.variants().stream()).toList()) {
            var odds = evaluation.odds();
            assertThat(odds.adopted() + odds.vetoed() + odds.failed()).as(evaluation.name())
                    .isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        }
        assertThat(result.base().outcome()).isEmpty();
        assertThat(result.variant("simple majority").odds().adopted()).isGreaterThan(result.base().odds().adopted());
        assertThat(result.variant("veto for four new permanent members").odds().adopted())
                .isLessThan(result.base().odds().adopted());
        assertThat(result.variant("Russia persuaded to abstain").odds().adopted())
                .isGreaterThan(result.base().odds().adopted());
    }

    @Test
    void reformG4_aNewPermanentMembersNoVetoesOnlyWithTheVeto() {
        // the G4 2005 draft's council [FDOC; CN1; CN2; DW]: 11 permanent seats, 14 elected, quota 14 by default
        Scenario.Result result = evaluate("reform-g4.yaml");

        var base = result.base().outcome().orElseThrow();
        assertThat(result.base().positions().council().size()).isEqualTo(25);
        assertThat(base.tally().toString()).isEqualTo("22-3-0");
        assertThat(base.type()).isEqualTo(OutcomeType.ADOPTED);
        var vetoed = result.variant("the new permanent members hold the veto").outcome().orElseThrow();
        assertThat(vetoed.type()).isEqualTo(OutcomeType.VETOED);
        assertThat(vetoed.vetoingMembers()).extracting(m -> m.code()).containsExactly("IND");
        var quota15 = result.variant("a quota of 15 and nine more elected members vote no").outcome().orElseThrow();
        assertThat(quota15.tally().toString()).isEqualTo("13-12-0");
        assertThat(quota15.required()).isEqualTo(15);
        assertThat(quota15.type()).isEqualTo(OutcomeType.FAILED);
        assertThat(result.variant("India votes no half the time, with the veto").odds().adopted())
                .isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-12));
        // on today's council India is not a member: its position is dropped, and the placeholders XEA, XEB stay no
        var today = result.variant("today's council").outcome().orElseThrow();
        assertThat(today.tally().toString()).isEqualTo("13-2-0");
        assertThat(today.type()).isEqualTo(OutcomeType.ADOPTED);
    }

    @Test
    void africanBloc_theBlocRaisesTheOdds_andEachModelMatchesItsOwnArithmetic() {
        // 2016 council, S/2016/846's positions (SC/12545) with Russia abstaining and eleven votes required: the nine
        // fixed yes votes need two of Angola (yes 0.4), Egypt (0.7) and Senegal (0.7)
        Scenario scenario = ScenarioFiles.read(Path.of("examples/scenarios/african-bloc.yaml"));
        Scenario.Result result = scenario.evaluate();
        double[] yes = {0.4, 0.7, 0.7};

        Scenario.Evaluation bloc = result.base();
        Scenario.Evaluation independent = result.variant("independent");
        Scenario.Evaluation shared = result.variant("shared factor 0.5");
        // independent: P(Egypt and Senegal) + P(exactly one of them) * P(Angola) = 0.49 + 0.42 * 0.4
        assertThat(independent.method()).isEqualTo(Scenario.Method.EXACT);
        assertThat(independent.odds().adopted()).isCloseTo(0.658, within(1e-12));
        assertThat(sharedFactorOdds(yes, 2, 0)).isCloseTo(0.658, within(1e-12));
        // one draw for the bloc: Egypt and Senegal vote yes together (draw below 0.7), and Angola only with them,
        // so two yes votes come exactly with probability 0.7: more than independently
        assertThat(bloc.method()).isEqualTo(Scenario.Method.MONTE_CARLO);
        MonteCarloOdds.Estimate blocEstimate = bloc.estimate().orElseThrow();
        assertThat(blocEstimate.trials()).isEqualTo(200_000);
        assertThat(blocEstimate.seed()).isEqualTo(1);
        assertThat(blocEstimate.adopted().contains(0.7)).as("%s", blocEstimate).isTrue();
        assertThat(blocEstimate.adopted().low()).isGreaterThan(independent.odds().adopted());
        assertThat(sharedFactorOdds(yes, 2, 1)).isCloseTo(0.7, within(1e-12));
        // a shared factor of 0.5 without the bloc: the mixture over who takes the common draw, computed exactly
        assertThat(shared.estimate().orElseThrow().adopted().contains(sharedFactorOdds(yes, 2, 0.5)))
                .as("%s", shared.estimate()).isTrue();
        // the correlation removed, the simulation agrees with the exact odds
        MonteCarloOdds.Estimate check = MonteCarloOdds.of(200_000, 1).estimate(independent.positions(),
                independent.rule());
        assertThat(check.adopted().contains(independent.odds().adopted())).as("%s", check).isTrue();
        // a seeded run repeats exactly; another seed gives another estimate
        assertThat(scenario.evaluate().base().estimate()).isEqualTo(bloc.estimate());
        assertThat(scenario.withCorrelation(scenario.correlation().withTrials(200_000, 2)).evaluate().base()
                .estimate().orElseThrow().odds()).isNotEqualTo(blocEstimate.odds());
    }

    /**
     * P(at least {@code need} yes votes) when each member votes yes with its probability, by a draw below it, and
     * takes the ballot's common draw with probability {@code rho} (else its own): summed over the members taking
     * the common draw and over the stretches of the common draw between the members' probabilities.
     */
    private static double sharedFactorOdds(double[] yes, int need, double rho) {
        int n = yes.length;
        double[] cuts = java.util.stream.DoubleStream.concat(java.util.stream.DoubleStream.of(0, 1),
                java.util.Arrays.stream(yes)).sorted().toArray();
        double total = 0;
        for (int common = 0; common < 1 << n; common++) {
            double weight = Math.pow(rho, Integer.bitCount(common)) * Math.pow(1 - rho, n - Integer.bitCount(common));
            for (int c = 0; c + 1 < cuts.length; c++) {
                double u = (cuts[c] + cuts[c + 1]) / 2;
                double[] count = new double[n + 1];
                count[0] = 1;
                for (int i = 0; i < n; i++) {
                    double p = (common >> i & 1) == 1 ? (u < yes[i] ? 1 : 0) : yes[i];
                    for (int k = i + 1; k >= 1; k--) {
                        count[k] = count[k] * (1 - p) + count[k - 1] * p;
                    }
                    count[0] *= 1 - p;
                }
                double atLeast = java.util.Arrays.stream(count, need, n + 1).sum();
                total += weight * (cuts[c + 1] - cuts[c]) * atLeast;
            }
        }
        return total;
    }

    @Test
    void readme_scenarioExampleAndJavaSnippet_run() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Scenarios");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));

        // the README's example file, and the README's Java lines on it
        io.github.unscsim.scenario.Scenario scenario = ScenarioFiles.parse(yaml, "README.md", false);
        Scenario.Result result = scenario.evaluate();
        var positions = scenario.basePositions().with("RUS", io.github.unscsim.scenario.VoteDistribution.of(0, 0.7,
                0.3, 0));
        var exact = new io.github.unscsim.scenario.ExactOdds().odds(positions);
        var check = io.github.unscsim.scenario.MonteCarloOdds.builder().trials(100_000).seed(1)
                .bloc("AGO", "EGY", "SEN").sharedFactor(0.2).build().estimate(positions);

        assertThat(result.base().odds().vetoed()).isEqualTo(1.0);
        assertThat(result.variant("Russia abstains").odds().adopted()).isEqualTo(1.0);
        assertThat(exact.adopted()).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
        // Russia's abstention alone decides adoption whatever the bloc does, so the correlated model agrees
        assertThat(check.adopted().contains(0.3)).isTrue();
        assertThat(ScenarioFiles.parse(ScenarioFiles.write(scenario, false), "copy", false)).isEqualTo(scenario);
    }

    @Test
    void russiaThreeInTen_printsTheOddsTheCheckAndTheSweep() throws Exception {
        String output = Examples.run("RussiaThreeInTen");

        // adopted only if Russia (0.3) and Venezuela do not vote no... Venezuela is not a veto holder, so:
        // P(adopted) = P(RUS abstains) = 0.3, whatever Venezuela and Angola do (11 or 12 yes votes)
        assertThat(output).contains("Russia abstains three times in ten: adopted 0.300000, vetoed 0.700000, "
                + "failed 0.000000").contains("P(RUS abstains)").contains("RUS 1.000");
        java.util.regex.Matcher interval = java.util.regex.Pattern.compile(
                "Monte Carlo, 1,000,000 ballots, seed 2016: adopted [0-9.]+ \\(95% Wilson interval ([0-9.]+) to "
                        + "([0-9.]+)\\)").matcher(output);
        assertThat(interval.find()).as(output).isTrue();
        assertThat(Double.parseDouble(interval.group(1))).isLessThanOrEqualTo(0.3);
        assertThat(Double.parseDouble(interval.group(2))).isGreaterThanOrEqualTo(0.3);
    }
}
