package io.github.unscsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.CharterBasis;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.QuestionType;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.rules.VetoHolders;
import io.github.unscsim.scenario.Correlation;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.PositionSpec;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.scenario.Scenario;
import io.github.unscsim.scenario.Variant;
import io.github.unscsim.scenario.VoteDistribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioFilesTest {

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("examples/scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void writeThenRead_exampleFiles_givesAnEqualScenario(Path file, @TempDir Path dir) {
        Scenario scenario = ScenarioFiles.read(file);

        Path yaml = dir.resolve("copy.yaml");
        Path json = dir.resolve("copy.json");
        ScenarioFiles.write(scenario, yaml);
        ScenarioFiles.write(scenario, json);

        assertThat(ScenarioFiles.read(yaml)).isEqualTo(scenario);
        assertThat(ScenarioFiles.read(json)).isEqualTo(scenario);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void writeThenRead_generatedScenarios_givesAnEqualScenario(long seed) {
        Scenario scenario = generated(new Random(seed));

        String yaml = ScenarioFiles.write(scenario, false);
        String json = ScenarioFiles.write(scenario, true);

        assertThat(ScenarioFiles.parse(yaml, "generated.yaml", false)).as(yaml).isEqualTo(scenario);
        assertThat(ScenarioFiles.parse(json, "generated.json", true)).as(json).isEqualTo(scenario);
    }

    private static Scenario generated(Random random) {
        Council council;
        if (random.nextBoolean()) {
            council = Councils.ofYear(1966 + random.nextInt(60));
        } else {
            List<MemberState> permanent = new ArrayList<>();
            List<MemberState> elected = new ArrayList<>();
            int n = 3 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                MemberState state = MemberState.of("Z" + (char) ('A' + i) + (char) ('A' + random.nextInt(26)),
                        "State number " + i);
                (i < 2 ? permanent : elected).add(state);
            }
            council = Council.custom("custom council " + random.nextInt(100), permanent, elected);
        }
        List<String> codes = council.members().stream().map(MemberState::code).toList();
        Question question = random.nextBoolean() ? Question.substantive()
                : new Question(QuestionType.SUBSTANTIVE, CharterBasis.CHAPTER_VI, Set.of(codes.get(0)));
        Map<String, VoteDistribution> named = new HashMap<>();
        for (String code : codes) {
            if (random.nextInt(3) == 0) {
                named.put(code, distribution(random));
            }
        }
        PositionSpec positions = new PositionSpec(named, Optional.of(distribution(random)));
        List<Variant> variants = new ArrayList<>();
        int count = random.nextInt(4);
        for (int v = 0; v < count; v++) {
            Map<String, VoteDistribution> set = new HashMap<>();
            set.put(codes.get(random.nextInt(codes.size())), distribution(random));
            RuleSpec rule = switch (random.nextInt(5)) {
                case 0 -> RuleSpec.unchanged();
                case 1 -> RuleSpec.votes(1 + random.nextInt(codes.size()));
                case 2 -> RuleSpec.simpleMajority();
                case 3 -> RuleSpec.vetoHolders(Set.of(codes.get(0), codes.get(1))).withAbstentionIsVeto(true);
                default -> RuleSpec.unchanged().withQuota(Quota.ofMembers(3, 5))
                        .withVetoHolders(VetoHolders.permanentMembers());
            };
            Variant variant = new Variant("variant " + v, set, Optional.empty(), rule);
            variants.add(switch (random.nextInt(3)) {
                case 0 -> variant;
                case 1 -> variant.withCorrelation(Correlation.none());
                default -> variant.withCorrelation(correlation(random, codes));
            });
        }
        return new Scenario(council, question, positions, random.nextBoolean() ? RuleSpec.noVeto()
                : RuleSpec.unchanged(), variants, random.nextBoolean() ? Correlation.none()
                : correlation(random, codes));
    }

    /** Up to two blocs of two or three members, and a shared factor, trials and seed, each default or random. */
    private static Correlation correlation(Random random, List<String> codes) {
        List<String> shuffled = new ArrayList<>(codes);
        java.util.Collections.shuffle(shuffled, random);
        Correlation correlation = Correlation.none();
        int from = 0;
        for (int b = random.nextInt(3); b > 0; b--) {
            int size = 2 + random.nextInt(2);
            if (from + size <= shuffled.size()) {
                correlation = correlation.withBloc(shuffled.subList(from, from + size).toArray(String[]::new));
                from += size;
            }
        }
        if (random.nextBoolean()) {
            correlation = correlation.withSharedFactor(random.nextBoolean() ? 1 : random.nextDouble());
        }
        return correlation.withTrials(random.nextBoolean() ? MonteCarloOdds.DEFAULT_TRIALS
                : 1 + random.nextInt(2_000_000), random.nextBoolean() ? MonteCarloOdds.DEFAULT_SEED : random.nextLong());
    }

    private static VoteDistribution distribution(Random random) {
        Vote[] votes = {Vote.YES, Vote.NO, Vote.ABSTAIN, Vote.ABSENT};
        if (random.nextBoolean()) {
            return VoteDistribution.certain(votes[random.nextInt(votes.length)]);
        }
        // probabilities in tenths, exact enough to sum to 1
        int a = random.nextInt(11);
        int b = random.nextInt(11 - a);
        Map<Vote, Double> map = new EnumMap<>(Vote.class);
        map.put(Vote.YES, a / 10.0);
        map.put(Vote.NO, b / 10.0);
        map.put(Vote.ABSTAIN, (10 - a - b) / 10.0);
        return VoteDistribution.of("generated", map);
    }

    private static ScenarioFormatException error(String yaml) {
        try {
            ScenarioFiles.parse(yaml, "test.yaml", false);
        } catch (ScenarioFormatException e) {
            return e;
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @Test
    void parse_unknownMemberCode_namesLineColumnAndCode() {
        ScenarioFormatException e = error("council: 2016\nquestion: substantive\npositions:\n  RUS: no\n  XXX: yes\n"
                + "  default: yes\n");

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(8);
        assertThat(e.getMessage()).startsWith("test.yaml:5:8: a position is given for XXX, which is not a member of "
                + "the council on 2016-01-01").hasLineCount(1);
    }

    @Test
    void parse_malformedCode_namesTheCodeAndWhatACodeIs() {
        ScenarioFormatException e = error("council: 2016\npositions: {RU5: no, default: yes}\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("'RU5' is not an ISO 3166 alpha-3 code").contains("positions.RU5");
    }

    @Test
    void parse_lowerCaseCodes_readAsTheCommandLineReadsThem() {
        Scenario lower = ScenarioFiles.parse("council: 2016\nquestion: chapter-vi\nparties: [ukr]\n"
                + "positions: {rus: no, Chn: abstain, default: yes}\nrule: {veto: [rus, usa]}\n"
                + "correlation: {blocs: [[ago, egy]]}\nvariants:\n  - name: v\n    set: {rus: yes}\n",
                "test.yaml", false);
        Scenario upper = ScenarioFiles.parse("council: 2016\nquestion: chapter-vi\nparties: [UKR]\n"
                + "positions: {RUS: no, CHN: abstain, default: yes}\nrule: {veto: [RUS, USA]}\n"
                + "correlation: {blocs: [[AGO, EGY]]}\nvariants:\n  - name: v\n    set: {RUS: yes}\n",
                "test.yaml", false);

        assertThat(lower).isEqualTo(upper);
        assertThat(error("council: 2016\npositions: {rus: no, RUS: yes, default: yes}\n").getMessage())
                .startsWith("test.yaml:2:").contains("RUS is given twice");
    }

    @Test
    void parse_probabilitiesNotSummingToOne_namesTheMemberAndTheSum() {
        ScenarioFormatException e = error("council: 2016\npositions: {default: yes}\nprobabilities:\n"
                + "  RUS: {yes: 0.2, no: 0.5, abstain: 0.2}\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("RUS").contains("sum to 0.9");
    }

    @Test
    void parse_positionForANonMemberInAVariant_isAnError() {
        ScenarioFormatException e = error("council: 2016\npositions: {default: yes}\nvariants:\n"
                + "  - name: Germany\n    set: {DEU: no}\n");

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("variant 'Germany': a position is given for DEU, which is not a member")
                .contains("variants.0.set.DEU");
    }

    @Test
    void parse_noDefaultAndAMemberMissing_namesTheMember() {
        ScenarioFormatException e = error("council: 2016\npositions: {RUS: no}\n");

        assertThat(e.getMessage()).contains("no position for").contains("CHN");
    }

    @Test
    void parse_unknownKeyAndBadValues_sayWhatWasExpected() {
        assertThat(error("council: 2016\nvarients: []\n").getMessage()).contains("unknown key 'varients'")
                .contains("expected one of");
        assertThat(error("council: 1900\npositions: {default: yes}\n").getMessage()).startsWith("test.yaml:1:10:")
                .contains("1900");
        assertThat(error("council: 2016\nquestion: urgent\npositions: {default: yes}\n").getMessage())
                .startsWith("test.yaml:2:11:").contains("not a kind of question");
        assertThat(error("council: 2016\npositions: {default: yes}\nrule: {votes: zero}\n").getMessage())
                .contains("expected a number of affirmative votes");
        assertThat(error("council: 2016\npositions: {default: yes}\nvariants:\n  - set: {RUS: no}\n").getMessage())
                .contains("missing 'name'");
    }

    @Test
    void parse_badReformModel_namesTheModelsOrTheQuota() {
        assertThat(error("council: {model: g5}\npositions: {default: yes}\n").getMessage())
                .startsWith("test.yaml:1:10:").contains("unknown reform model 'g5'").contains("ezulwini");
        assertThat(error("council: {model: g4, quota: 30}\npositions: {default: yes}\n").getMessage())
                .contains("quota 30").contains("25 seats");
        assertThat(error("council: {model: g4, quota: many}\npositions: {default: yes}\n").getMessage())
                .contains("expected a whole number of affirmative votes");
        assertThat(error("council: {model: g4, seats: 30}\npositions: {default: yes}\n").getMessage())
                .contains("unknown key 'seats'");
    }

    @Test
    void parse_reformModel_takesItsCouncilAndItsRule() {
        Scenario scenario = ScenarioFiles.parse("council: g4-veto\npositions: {IND: no, default: yes}\n"
                + "rule: {votes: 20}\n", "test.yaml", false);

        assertThat(scenario.council().size()).isEqualTo(25);
        // the file's rule applies on top of the model's: 20 votes, the model's veto holders (IND among them)
        assertThat(scenario.evaluate().base().outcome().orElseThrow().required()).isEqualTo(20);
        assertThat(scenario.evaluate().base().outcome().orElseThrow().vetoingMembers())
                .extracting(m -> m.code()).containsExactly("IND");
    }

    @Test
    void parse_memberNamedTwice_isAnErrorNotASilentOverride() {
        ScenarioFormatException e = error("council: 2016\npositions:\n  RUS: no\n  RUS: yes\n  default: yes\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("RUS");
    }

    @Test
    void parse_brokenJson_namesLineAndColumn() {
        assertThatThrownBy(() -> ScenarioFiles.parse("{\"council\": 2016,\n \"positions\": {\"RUS\" \"no\"}}",
                "bad.json", true)).isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("bad.json:2:").hasMessageContaining("malformed JSON");
    }

    private static final String BLOC_BASE = "council: 2016\npositions: {default: yes}\n";

    @Test
    void parse_correlation_readsBlocsFactorTrialsSeed_andVariantsOverrideOrInherit() {
        Scenario scenario = ScenarioFiles.parse(BLOC_BASE + "correlation:\n  blocs: [[AGO, EGY, SEN], [CHN, RUS]]\n"
                + "  shared-factor: 0.2\n  trials: 5000\n  seed: -3\nvariants:\n  - name: inherits\n"
                + "  - name: independent\n    correlation: none\n  - name: own\n    correlation: {trials: 7}\n",
                "test.yaml", false);

        assertThat(scenario.correlation()).isEqualTo(new Correlation(List.of(Set.of("AGO", "EGY", "SEN"),
                Set.of("CHN", "RUS")), 0.2, 5000, -3));
        assertThat(scenario.variants().get(0).correlation()).isEmpty();
        assertThat(scenario.variants().get(1).correlation()).contains(Correlation.none());
        assertThat(scenario.variants().get(2).correlation()).contains(new Correlation(List.of(), 0, 7,
                MonteCarloOdds.DEFAULT_SEED));
        assertThat(ScenarioFiles.parse(BLOC_BASE, "test.yaml", false).correlation()).isEqualTo(Correlation.none());
    }

    @Test
    void parse_blocWithUnknownOrNonMemberCode_namesLineColumnAndCode() {
        ScenarioFormatException unknown = error(BLOC_BASE + "correlation:\n  blocs: [[AGO, EGY, XYZ]]\n");
        ScenarioFormatException malformed = error(BLOC_BASE + "correlation:\n  blocs: [[AGO, EG]]\n");
        ScenarioFormatException nonMember = error(BLOC_BASE + "correlation:\n  blocs:\n    - [AGO, DEU]\n");

        assertThat(unknown.getMessage()).startsWith("test.yaml:4:22: XYZ is not a member of the council on 2016")
                .contains("correlation.blocs.0.2");
        assertThat(malformed.getMessage()).startsWith("test.yaml:4:17: 'EG' is not an ISO 3166 alpha-3 code");
        assertThat(nonMember.getMessage()).startsWith("test.yaml:5:13: DEU is not a member");
    }

    @Test
    void parse_memberInTwoBlocs_orABlocOfOne_isAnError() {
        ScenarioFormatException twice = error(BLOC_BASE + "correlation:\n  blocs: [[AGO, EGY], [SEN, EGY]]\n");
        ScenarioFormatException one = error(BLOC_BASE + "correlation:\n  blocs: [[AGO, EGY], [SEN]]\n");
        ScenarioFormatException flat = error(BLOC_BASE + "correlation:\n  blocs: [AGO, EGY]\n");

        assertThat(twice.getMessage()).startsWith("test.yaml:4:29: EGY is in two blocs");
        assertThat(one.getMessage()).startsWith("test.yaml:4:24: a bloc needs at least two members: [SEN]");
        assertThat(flat.getMessage()).startsWith("test.yaml:4:11: expected a bloc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-0.1", "high", "[0.2]"})
    void parse_sharedFactorOutsideZeroToOne_isAnError(String value) {
        ScenarioFormatException e = error(BLOC_BASE + "correlation: {shared-factor: " + value + "}\n");

        assertThat(e.getMessage()).startsWith("test.yaml:3:").contains("shared factor")
                .contains("between 0 and 1").contains("correlation.shared-factor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "2.5", "many", "3000000000"})
    void parse_trialsBelowOneOrNotWhole_isAnError(String value) {
        ScenarioFormatException e = error(BLOC_BASE + "correlation:\n  trials: " + value + "\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(11);
        // below 1: Correlation's own message; not a whole number of the int range: the reader's
        assertThat(e.getMessage()).containsAnyOf("trials must be at least 1", "expected a number of simulated "
                + "ballots").contains(value).contains("correlation.trials");
    }

    @Test
    void parse_correlationUnknownKeyOrBadSeed_sayWhatWasExpected() {
        assertThat(error(BLOC_BASE + "correlation: {sharedfactor: 0.2}\n").getMessage())
                .startsWith("test.yaml:3:29: unknown key 'sharedfactor'")
                .contains("expected one of blocs, seed, shared-factor, trials");
        assertThat(error(BLOC_BASE + "correlation: {seed: 1.5}\n").getMessage())
                .contains("expected a whole number as the seed");
        assertThat(error(BLOC_BASE + "correlation: [AGO, EGY]\n").getMessage())
                .startsWith("test.yaml:3:14: expected none or a mapping");
        assertThat(error(BLOC_BASE + "variants:\n  - name: v\n    corelation: none\n").getMessage())
                .contains("unknown key 'corelation'").contains("correlation");
    }

    @Test
    void parse_variantBlocOnItsOwnCouncil_mustBeMembersThere() {
        // Angola left the Council at the end of 2016; Egypt and Senegal sat in 2017 too
        ScenarioFormatException e = error(BLOC_BASE + "variants:\n  - name: in 2017\n    council: 2017\n"
                + "    correlation: {blocs: [[EGY, SEN, AGO]]}\n");
        Scenario inherits = ScenarioFiles.parse(BLOC_BASE + "correlation: {blocs: [[AGO, EGY, SEN]]}\nvariants:\n"
                + "  - name: in 2017\n    council: 2017\n", "test.yaml", false);

        assertThat(e.getMessage()).startsWith("test.yaml:6:38: variant 'in 2017': AGO is not a member of the "
                + "council on 2017");
        assertThat(inherits.variants().get(0).correlation()).isEmpty();
    }

    @Test
    void parse_issueExample_readsAndEvaluates() {
        // the example of issue 3
        Scenario scenario = ScenarioFiles.parse("council: 2016\nquestion: substantive\n"
                + "positions: {RUS: no, CHN: abstain, default: yes}\nprobabilities:\n"
                + "  RUS: {yes: 0.2, no: 0.5, abstain: 0.3}\nvariants:\n  - name: Russia abstains\n"
                + "    set: {RUS: abstain}\n", "issue.yaml", false);

        assertThat(scenario.positions().members().get("RUS")).isEqualTo(VoteDistribution.of(0.2, 0.5, 0.3, 0));
        Scenario.Result result = scenario.evaluate();
        assertThat(result.base().odds().adopted()).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(result.variant("Russia abstains").odds().adopted()).isEqualTo(1.0);
    }
}
