package io.github.unscsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.CharterBasis;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.QuestionType;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.scenario.Correlation;
import io.github.unscsim.scenario.Generated;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.PositionSpec;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.scenario.Scenario;
import io.github.unscsim.scenario.VoteDistribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    static Stream<Long> seeds() {
        return java.util.stream.LongStream.rangeClosed(1, 300).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void writeThenRead_generatedScenariosOfEveryKind_givesAnEqualScenario(long seed) {
        Scenario scenario = Generated.scenario(new Random(seed));

        String yaml = ScenarioFiles.write(scenario, false);
        String json = ScenarioFiles.write(scenario, true);

        assertThat(ScenarioFiles.parse(yaml, "generated.yaml", false)).as(yaml).isEqualTo(scenario);
        assertThat(ScenarioFiles.parse(json, "generated.json", true)).as(json).isEqualTo(scenario);
    }

    @Test
    void generatedScenarios_coverEveryKind() {
        // the round trip above is only as good as what it draws: every council, question, quota and veto kind
        Set<String> kinds = new java.util.TreeSet<>();
        seeds().forEach(seed -> {
            Scenario s = Generated.scenario(new Random(seed));
            List<Council> councils = new ArrayList<>(List.of(s.council()));
            s.variants().forEach(v -> v.council().ifPresent(councils::add));
            councils.forEach(c -> kinds.add(c.date().isPresent() ? "dated" : c.name().startsWith("generated")
                    ? "custom" : "reform"));
            kinds.add("question " + s.question().type() + " " + s.question().basis());
            List<RuleSpec> rules = new ArrayList<>(List.of(s.rule()));
            s.variants().forEach(v -> rules.add(v.rule()));
            rules.forEach(r -> {
                r.quota().ifPresent(q -> kinds.add(q instanceof Quota.Share share ? "quota " + share.base()
                        + (share.strict() ? " strict" : "") : "quota Fixed"));
                r.vetoHolders().ifPresent(v -> kinds.add("veto " + v.getClass().getSimpleName()));
                r.abstentionIsVeto().ifPresent(b -> kinds.add("abstention-is-veto"));
            });
            if (!s.correlation().isIndependent()) {
                kinds.add("correlation");
            }
            s.variants().forEach(v -> kinds.add("variant correlation " + v.correlation().map(c -> c.isIndependent()
                    ? "none" : "own").orElse("inherited")));
            if (s.positions().defaultPosition().isEmpty()) {
                kinds.add("no default");
            }
        });

        assertThat(kinds).contains("dated", "custom", "reform", "correlation", "no default", "abstention-is-veto",
                "quota Fixed", "quota MEMBERS", "quota MEMBERS strict", "quota PRESENT_AND_VOTING",
                "quota PRESENT_AND_VOTING strict", "quota PRESENT", "quota PRESENT strict", "veto Named", "veto PermanentMembers",
                "variant correlation none", "variant correlation own", "variant correlation inherited",
                "question SUBSTANTIVE UNSPECIFIED", "question PROCEDURAL UNSPECIFIED", "question PRELIMINARY UNSPECIFIED",
                "question ICJ_ELECTION UNSPECIFIED", "question SUBSTANTIVE CHAPTER_VI",
                "question SUBSTANTIVE CHAPTER_VII", "question SUBSTANTIVE ARTICLE_52_3");
    }

    @Test
    void write_aQuestionTheFormatCannotName_isAnErrorNotADifferentScenario() {
        Scenario scenario = new Scenario(Councils.ofYear(2016), new Question(QuestionType.PROCEDURAL,
                CharterBasis.CHAPTER_VI, Set.of("RUS")), PositionSpec.of(Map.of(), Vote.YES), RuleSpec.unchanged(),
                List.of());

        assertThatThrownBy(() -> ScenarioFiles.write(scenario, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no form in a scenario file");
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
        assertThat(e.getMessage()).startsWith("test.yaml:5:8: 'XXX' is not a member of the council on 2016-01-01: "
                + "no state with that code or name has sat on the Council").hasLineCount(1);
    }

    @Test
    void parse_malformedCode_suggestsTheNearestCode() {
        ScenarioFormatException e = error("council: 2016\npositions: {RU5: no, default: yes}\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("'RU5' is not a member").contains("did you mean RUS")
                .contains("positions.RU5");
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
        assertThat(e.getMessage()).contains("DEU (Germany) is not a member of the council on 2016-01-01")
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
    void parse_draft_isKeptAndWrittenBack_andABadSymbolSaysWhere() {
        Scenario scenario = ScenarioFiles.parse("draft: S/2016/846\ncouncil: 2016-10-08\npositions: {default: yes}\n",
                "test.yaml", false);

        assertThat(scenario.draft()).contains("S/2016/846");
        assertThat(ScenarioFiles.write(scenario, false)).startsWith("draft: S/2016/846\n");
        assertThat(error("draft: S-2016-846\ncouncil: 2016\npositions: {default: yes}\n").getMessage())
                .startsWith("test.yaml:1:8:").contains("not a Security Council document symbol");
        assertThat(error("draft: [S/2016/846]\ncouncil: 2016\npositions: {default: yes}\n").getMessage())
                .startsWith("test.yaml:1:8:").contains("expected the draft's symbol");
        assertThatThrownBy(() -> scenario.withDraft("846")).isInstanceOf(IllegalArgumentException.class);
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

    @Test
    void parse_emptyFileOrASecondDocument_isAnError() {
        assertThat(error("").getMessage()).startsWith("test.yaml:1:1: the file is empty");
        assertThat(error("# only a comment\n").getMessage()).startsWith("test.yaml:1:1: the file is empty");
        assertThat(error("council: 2016\npositions: {default: yes}\n---\ncouncil: 2017\n").getMessage())
                .startsWith("test.yaml:4:1: expected the end of the file");
    }

    @Test
    void parse_jsonSyntaxError_isJacksonsProblemWithoutItsSourceDescription() {
        ScenarioFormatException e = assertThrows(() -> ScenarioFiles.parse("{\"council\" 2016}", "x.json", true));

        assertThat(e.getMessage()).startsWith("x.json:1:12: malformed JSON: Unexpected character ('2'")
                .doesNotContain("Source").doesNotContain("REDACTED").hasLineCount(1);
    }

    @Test
    void parse_everyQuotaForm_readsAsTheQuotaItNames() {
        Map<String, Quota> forms = Map.of("majority", Quota.majorityOfMembers(),
                "simple-majority", Quota.majorityOfPresentAndVoting(),
                "3/5", Quota.ofMembers(3, 5),
                "2/3 present-and-voting", Quota.ofPresentAndVoting(2, 3),
                "more than 2/3", new Quota.Share(2, 3, true, Quota.Base.MEMBERS),
                "more than 1/3 present-and-voting", new Quota.Share(1, 3, true, Quota.Base.PRESENT_AND_VOTING));
        forms.forEach((text, quota) -> assertThat(ScenarioFiles.parse("council: 2016\npositions: {default: yes}\n"
                + "rule: {quota: " + text + "}\n", "test.yaml", false).rule().quota()).as(text).contains(quota));
        assertThat(error("council: 2016\npositions: {default: yes}\nrule: {quota: 4/3}\n").getMessage())
                .startsWith("test.yaml:3:15: share must be between 0 and 1");
        assertThat(error("council: 2016\npositions: {default: yes}\nrule: {quota: most}\n").getMessage())
                .startsWith("test.yaml:3:15: 'most' is not a quota");
    }

    @Test
    void parse_smallCustomCouncilUnderTodaysRule_namesTheCouncilNode() {
        ScenarioFormatException e = error("council: {name: club, elected: {AAA: A, BBB: B, CCC: C}}\n"
                + "positions: {default: yes}\n");

        assertThat(e.getMessage()).startsWith("test.yaml:1:10: rule 'Charter Art. 27(3), as practised since 1966' "
                + "requires 9 affirmative votes but club has 3 members (at council)");
    }

    private static ScenarioFormatException assertThrows(Runnable parse) {
        try {
            parse.run();
        } catch (ScenarioFormatException e) {
            return e;
        }
        throw new AssertionError("no error");
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

        assertThat(unknown.getMessage()).startsWith("test.yaml:4:22: 'XYZ' is not a member of the council on 2016")
                .contains("correlation.blocs.0.2");
        assertThat(malformed.getMessage()).startsWith("test.yaml:4:17: 'EG' is not a member of the council on 2016")
                .contains("did you mean EGY (Egypt)?");
        assertThat(nonMember.getMessage()).startsWith("test.yaml:5:13: DEU (Germany) is not a member");
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

        // Angola sat in 2015-2016 (seats.csv)
        assertThat(e.getMessage()).startsWith("test.yaml:6:38: AGO (Angola) is not a member of the council on "
                + "2017-01-01: it sat on the Council in").contains("2015–2016");
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
