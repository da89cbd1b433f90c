package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands over the record, run on {@code record-sample.csv}: nine rows copied from the bundled
 * {@code votes.csv}, each with its sources (S/RES/4 (1946), a tally only; S/2443, vetoed by the USSR in 1952;
 * S/2014/348, vetoed by China and Russia, press release SC/11407; the DPRK agenda vote of 22 December 2014;
 * S/2014/916; S/2016/846 and S/2016/847, press release SC/12545; resolution 2334 (2016), draft S/2016/1100; the
 * amendment vetoed by the United States on 22 December 2023). {@code RecordCommandsBundleTest} runs them on the bundle.
 */
class RecordCommandsTest {

    private static final String SAMPLE = "src/test/resources/io/github/unscsim/cli/record-sample.csv";
    private static final String BAD = "src/test/resources/io/github/unscsim/cli/record-bad.csv";
    private static final String UNDL = "src/test/resources/io/github/unscsim/record/undl-sample.csv";

    /** Runs a command on the sample record: {@code --record SAMPLE} after the arguments. */
    private static CliRun sample(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--record");
        all.add(SAMPLE);
        return CliRun.run(all.toArray(String[]::new));
    }

    private static void assertBadInput(CliRun run, String... fragments) {
        assertThat(run.status()).as("exit status of %s", run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("unsc: ").endsWith(System.lineSeparator());
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception");
        for (String fragment : fragments) {
            assertThat(run.err()).contains(fragment);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> column(JsonNode votes, String field) {
        List<String> values = new ArrayList<>();
        votes.forEach(vote -> values.add(vote.get(field).asText()));
        return values;
    }

    // record

    /** S/2016/846 as press release SC/12545 gives it: drafted by France and Spain, 11-2-2, vetoed by Russia. */
    @Test
    void record_s2016846_printsTheDraftSponsorsEveryVoteAndTheOutcome() {
        CliRun run = sample("record", "S/2016/846");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("S/2016/846, 2016-10-08 (S/PV.7785): vetoed by RUS")
                .contains("  sponsors           FRA, ESP")
                .contains("Not adopted, owing to the negative vote of a permanent member (Russian Federation): 11 in "
                        + "favour, 2 against, 2 abstentions.")
                .contains("  no                 RUS, VEN")
                .contains("  abstain            CHN, AGO")
                .contains("  outcome            VETOED (required 9, Charter Art. 27(3), as practised since 1966)")
                .contains("  source             SC12545")
                .contains("  confirmed          yes");
    }

    @ParameterizedTest(name = "record {0}")
    @ValueSource(strings = {"S/RES/2334", "S/RES/2334 (2016)", "2334 (2016)", "2334", "S/2016/1100", "s/res/2334"})
    void record_everyFormOfTheSymbol_findsResolution2334(String symbol) throws Exception {
        JsonNode json = sample("record", symbol, "--json").json();

        assertThat(json.get("id").asText()).isEqualTo("S/2016/1100");
        assertThat(json.get("resolution").asInt()).isEqualTo(2334);
        assertThat(json.get("resolutionSymbol").asText()).isEqualTo("S/RES/2334 (2016)");
        assertThat(json.get("votes").get("USA").asText()).isEqualTo("abstain");
    }

    /** record --json has every field of vote --json for the same ballot, with the same values, and the record's. */
    @Test
    void record_json_hasTheFieldsOfVoteWithTheSameValues_andTheRecordsOwn() throws Exception {
        JsonNode record = sample("record", "S/2016/846", "--json").json();
        JsonNode vote = CliRun.run("vote", "--council", "2016-10-08", "--yes",
                "EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY", "--no", "RUS,VEN", "--abstain", "AGO,CHN", "--json")
                .json();

        vote.properties().forEach(field -> assertThat(record.get(field.getKey())).as(field.getKey())
                .isEqualTo(field.getValue()));
        assertThat(record.get("vetoedBy").toString()).isEqualTo("[\"RUS\"]");
        assertThat(record.get("meeting").asText()).isEqualTo("S/PV.7785");
        assertThat(record.get("draft").asText()).isEqualTo("S/2016/846");
        assertThat(record.get("resolution").isNull()).isTrue();
        assertThat(record.get("agenda").asText()).isEqualTo("The situation in the Middle East");
        assertThat(record.get("title").asText()).isEqualTo("Middle East (Syria)");
        assertThat(texts(record.get("sponsors"))).containsExactly("FRA", "ESP");
        assertThat(column(record.get("sources"), "key")).containsExactly("EMF", "EMT", "OVA", "SC12545", "WPD");
        assertThat(record.get("kind").asText()).isEqualTo("draft");
        assertThat(record.get("confirmed").asBoolean()).isTrue();
        assertThat(record.get("memberVotes").asBoolean()).isTrue();
        assertThat(record.get("note").asText()).contains("sponsors");
    }

    /** Resolution 4 (1946): the record has its tally, 10-0-1, and no member's vote. */
    @Test
    void record_aTallyOnly_printsTheTally_andSaysThatPerMemberVotesAreNotInTheRecord() throws Exception {
        CliRun run = sample("record", "S/RES/4");
        JsonNode json = sample("record", "4 (1946)", "--json").json();

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Adopted: 10 in favour, 0 against, 1 abstaining, 0 absent, 0 not participating")
                .contains("per-member votes are not in the record")
                .contains("rule in force      Charter Art. 27(3), as practised 1946-1965")
                .doesNotContain("  yes  ");
        assertThat(json.get("memberVotes").asBoolean()).isFalse();
        assertThat(json.get("votes").isNull()).isTrue();
        assertThat(json.get("explanation").isNull()).isTrue();
        assertThat(json.get("yes").asInt()).isEqualTo(10);
        assertThat(json.get("required").asInt()).isEqualTo(7);
        assertThat(json.get("outcome").asText()).isEqualTo("ADOPTED");
    }

    @Test
    void record_anUnknownSymbol_saysSo_andNamesTheNearestDrafts() {
        assertBadInput(sample("record", "S/2016/845"), "no vote in the record has the symbol 'S/2016/845'",
                "nearest: S/2016/846, S/2016/847");
        assertBadInput(sample("record", "2334 (2015)"), "nearest: S/RES/2334 (2016)");
        assertBadInput(sample("record", "nothing"), "'nothing'", "expected a draft symbol such as S/2016/846");
    }

    // --record and --record-format

    @Test
    void recordOption_aFileWithBadRows_isOneLine_namingTheFirstProblemAndHowMany() {
        assertBadInput(CliRun.run("votes", "--record", BAD), "--record " + BAD + ": 2 problem(s)",
                BAD + ":5: column yes_members: unknown member code 'QQQ'", "unsc import " + BAD);
    }

    @Test
    void recordOption_aMissingFileOrADirectory_isOneLine() {
        assertBadInput(CliRun.run("votes", "--record", "no-such-file.csv"), "no-such-file.csv: no such file");
        assertBadInput(CliRun.run("votes", "--record", "src"), "src: is a directory");
    }

    @Test
    void recordFormat_undl_readsTheLibrarysLayout() throws Exception {
        JsonNode json = CliRun.run("record", "2334 (2016)", "--record", UNDL, "--record-format", "undl", "--json")
                .json();

        assertThat(json.get("yes").asInt()).isEqualTo(14);
        assertThat(json.get("votes").get("USA").asText()).isEqualTo("abstain");
    }

    @Test
    void recordFormat_unknownOrWithoutAFile_isAnError() {
        assertBadInput(sample("votes", "--record-format", "xml"), "'xml' is not a record format");
        assertBadInput(CliRun.run("votes", "--record-format", "undl"), "--record-format undl needs --record FILE");
    }

    // votes

    @Test
    void votes_all_oneLineEach_thenTheCount() {
        CliRun run = sample("votes");

        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1 + 9 + 1);
        assertThat(lines.get(0)).startsWith("date        symbol");
        assertThat(lines).contains("2016-10-08  S/2016/846         vetoed (RUS)      11-2-2          Middle East (Syria)");
        assertThat(lines.get(10)).isEqualTo("9 votes of 9 in the record.");
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(List.of("--from", "2014", "--to", "2016"), List.of("S/2014/348", "S/PV.7353/1",
                        "S/2014/916", "S/2016/846", "S/2016/847", "S/RES/2334 (2016)")),
                Arguments.of(List.of("--from", "2016-10-09"), List.of("S/RES/2334 (2016)", "S/PV.9520/1")),
                Arguments.of(List.of("--to", "2014-05-22"), List.of("S/RES/4 (1946)", "S/2443", "S/2014/348")),
                Arguments.of(List.of("--outcome", "vetoed"), List.of("S/2443", "S/2014/348", "S/2016/846",
                        "S/PV.9520/1")),
                Arguments.of(List.of("--outcome", "FAILED"), List.of("S/2014/916", "S/2016/847")),
                Arguments.of(List.of("--member", "usa", "--voted", "no"), List.of("S/2014/916", "S/2016/847",
                        "S/PV.9520/1")),
                Arguments.of(List.of("--member", "United States", "--voted", "abstain"),
                        List.of("S/RES/2334 (2016)")),
                Arguments.of(List.of("--member", "SUN", "--voted", "no"), List.of("S/2443")),
                Arguments.of(List.of("--agenda", "PALESTINIAN"), List.of("S/2014/916", "S/RES/2334 (2016)",
                        "S/PV.9520/1")),
                Arguments.of(List.of("--agenda", "dprk"), List.of("S/PV.7353/1")),
                Arguments.of(List.of("--sponsor", "fra"), List.of("S/2014/348", "S/2016/846")),
                Arguments.of(List.of("--sponsor", "Russia"), List.of("S/2016/847", "S/PV.9520/1")),
                Arguments.of(List.of("--kind", "amendment"), List.of("S/PV.9520/1")),
                Arguments.of(List.of("--kind", "procedural"), List.of("S/PV.7353/1")),
                Arguments.of(List.of("--outcome", "vetoed", "--from", "2016", "--sponsor", "ESP"),
                        List.of("S/2016/846")));
    }

    @ParameterizedTest(name = "votes {0}")
    @MethodSource("filters")
    void votes_eachFilter_selectsTheVotesItDescribes(List<String> filter, List<String> symbols) throws Exception {
        List<String> args = new ArrayList<>(List.of("votes", "--json"));
        args.addAll(filter);
        JsonNode json = sample(args.toArray(String[]::new)).json();

        assertThat(column(json.get("votes"), "symbol")).containsExactlyElementsOf(symbols);
        assertThat(json.get("count").asInt()).isEqualTo(symbols.size());
    }

    @Test
    void votes_json_fieldsOfOneVote() throws Exception {
        JsonNode vote = sample("votes", "--json", "--kind", "draft", "--from", "2014-05-22", "--to", "2014-05-22")
                .json().get("votes").get(0);

        assertThat(vote.get("date").asText()).isEqualTo("2014-05-22");
        assertThat(vote.get("symbol").asText()).isEqualTo("S/2014/348");
        assertThat(vote.get("outcome").asText()).isEqualTo("VETOED");
        assertThat(vote.get("yes").asInt()).isEqualTo(13);
        assertThat(vote.get("no").asInt()).isEqualTo(2);
        assertThat(vote.get("abstain").asInt()).isZero();
        assertThat(texts(vote.get("vetoedBy"))).containsExactly("CHN", "RUS");
        assertThat(vote.get("memberVotes").asBoolean()).isTrue();
        assertThat(vote.get("title").asText()).isEqualTo("Middle East (Syria)");
        assertThat(texts(vote.get("sponsors"))).contains("FRA", "GBR", "USA");
    }

    @Test
    void votes_noneSelected_printsTheCountOnly() {
        CliRun run = sample("votes", "--agenda", "no such agenda");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("0 votes of 9 in the record." + System.lineSeparator());
    }

    @Test
    void votes_badFilters_areOneLineErrors() {
        assertBadInput(sample("votes", "--voted", "yes"), "--voted needs --member");
        assertBadInput(sample("votes", "--member", "USA"), "--member needs --voted");
        assertBadInput(sample("votes", "--member", "USA", "--voted", "maybe"), "--voted: 'maybe' is not a vote");
        assertBadInput(sample("votes", "--member", "Rusia", "--voted", "no"),
                "'Rusia' names no state that has sat on the Council", "did you mean RUS");
        assertBadInput(sample("votes", "--outcome", "won"), "--outcome: 'won' is not an outcome");
        assertBadInput(sample("votes", "--kind", "motion"), "--kind: 'motion' is not a kind of vote");
        assertBadInput(sample("votes", "--from", "2017", "--to", "2016"), "the period ends (2016-12-31) before it "
                + "begins (2017-01-01)");
        assertBadInput(sample("votes", "--from", "2016-13-01"), "--from: '2016-13-01' is neither a year");
        assertBadInput(sample("votes", "--agenda", " "), "--agenda: empty text");
        assertBadInput(sample("votes", "--sponsor", "fr"), "--sponsor: 'fr' names no state");
    }

    // vetoes

    /** Five vetoes on four votes: S/2014/348 was vetoed by China and Russia together (SC/11407). */
    @Test
    void vetoes_all_listsEachVetoedVote_andTheTotalsByMember() throws Exception {
        CliRun run = sample("vetoes");
        JsonNode json = sample("vetoes", "--json").json();

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("2014-05-22  S/2014/348   CHN RUS    The situation in the Middle East")
                .contains("4 vetoed votes, 5 vetoes (a vote vetoed by two members is one vetoed vote and two vetoes)")
                .contains("  RUS  2").contains("  SUN  1");
        assertThat(json.get("vetoedVotes").asInt()).isEqualTo(4);
        assertThat(json.get("vetoes").asInt()).isEqualTo(5);
        assertThat(column(json.get("byMember"), "code")).containsExactly("CHN", "RUS", "SUN", "USA");
        assertThat(column(json.get("byMember"), "vetoes")).containsExactly("1", "2", "1", "1");
        JsonNode first = json.get("list").get(0);
        assertThat(first.get("date").asText()).isEqualTo("1952-02-06");
        assertThat(first.get("symbol").asText()).isEqualTo("S/2443");
        assertThat(texts(first.get("vetoedBy"))).containsExactly("SUN");
        assertThat(first.get("agenda").asText()).isEqualTo("Admission of new Members Italy");
    }

    @Test
    void vetoes_byMemberAndPeriod() throws Exception {
        assertThat(column(sample("vetoes", "--member", "china", "--json").json().get("list"), "symbol"))
                .containsExactly("S/2014/348");
        assertThat(column(sample("vetoes", "--member", "RUS", "--json").json().get("list"), "symbol"))
                .containsExactly("S/2014/348", "S/2016/846");
        assertThat(column(sample("vetoes", "--from", "2015", "--to", "2023-12-21", "--json").json().get("list"),
                "symbol")).containsExactly("S/2016/846");
        assertBadInput(sample("vetoes", "--member", "XYZ"), "--member: 'XYZ' names no state");
    }

    // replay

    @Test
    void replay_underTheRuleInForce_matchesTheRecord() throws Exception {
        CliRun run = sample("replay", "S/2016/846");
        JsonNode json = sample("replay", "S/2016/846", "--json").json();

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("as recorded: vetoed (RUS) under Charter Art. 27(3), as practised since 1966");
        assertThat(json.get("matches").asBoolean()).isTrue();
        assertThat(json.get("label").asText()).isEqualTo("the rule in force");
        assertThat(json.get("changes")).isEmpty();
        assertThat(json.get("recorded").get("draft").asText()).isEqualTo("S/2016/846");
    }

    @Test
    void replay_withoutTheVeto_s2016846IsAdopted_sideBySide() throws Exception {
        CliRun run = sample("replay", "S/2016/846", "--rule", "no-veto");
        JsonNode json = sample("replay", "S/2016/846", "--rule", "no-veto", "--json").json();

        assertThat(run.out().lines()).contains("             recorded                                     replayed",
                "  outcome    VETOED                                       ADOPTED",
                "  vetoed by  RUS                                          -");
        assertThat(run.out()).contains("recorded vetoed (RUS), replayed adopted");
        assertThat(json.get("matches").asBoolean()).isFalse();
        assertThat(json.get("replayed").get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(column(json.get("changes"), "subject")).containsExactly("rule");
    }

    @Test
    void replay_setPositions_russiaAbstaining_adopts() throws Exception {
        JsonNode json = sample("replay", "S/2016/846", "--set", "russia=abstain", "--json").json();

        assertThat(json.get("replayed").get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(json.get("replayed").get("votes").get("RUS").asText()).isEqualTo("abstain");
        assertThat(column(json.get("changes"), "subject")).containsExactly("RUS");
    }

    /**
     * S/2443 (1952), vetoed by the USSR, on the council of 2016 with the members new to it voting yes: the USSR's no
     * is cast by the Russian Federation, and it vetoes again; 9 votes are required instead of 7.
     */
    @Test
    void replay_onAnotherDatesCouncil_theUssrsVoteIsCastByRussia() throws Exception {
        JsonNode json = sample("replay", "S/2443", "--council", "2016", "--new-members", "yes", "--json").json();

        assertThat(json.get("replayed").get("outcome").asText()).isEqualTo("VETOED");
        assertThat(texts(json.get("replayed").get("vetoedBy"))).containsExactly("RUS");
        assertThat(json.get("replayed").get("required").asInt()).isEqualTo(9);
        assertThat(json.get("recorded").get("required").asInt()).isEqualTo(7);
    }

    @Test
    void replay_onAnotherCouncil_withoutAVoteForItsNewMembers_namesOne_andTheOptions() {
        assertBadInput(sample("replay", "S/2443", "--council", "2016"), "no position for AGO",
                "--new-members POSITION");
    }

    /** As ReplayAndQueryTest: on the G4's 25 seats (quota 14), the new members abstaining, 4 yes votes are left. */
    @Test
    void replay_onAReformModel_underItsRule() throws Exception {
        JsonNode json = sample("replay", "S/2016/846", "--council", "g4", "--new-members", "abstain", "--json").json();

        assertThat(json.get("replayed").get("outcome").asText()).isEqualTo("FAILED");
        assertThat(json.get("replayed").get("yes").asInt()).isEqualTo(4);
        assertThat(json.get("replayed").get("required").asInt()).isEqualTo(14);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("S/2443", "charter", "VETOED", 9),
                Arguments.of("S/2443", "charter-1946", "VETOED", 7),
                Arguments.of("S/2016/846", "simple-majority", "ADOPTED", 0),
                Arguments.of("S/2016/847", "simple-majority", "FAILED", 0),
                Arguments.of("S/2016/846", "votes=12", "FAILED", 12),
                Arguments.of("S/2016/847", "abstention-is-veto", "FAILED", 9),
                Arguments.of("S/2016/846", "in-force", "VETOED", 9),
                // the named rules of vote --rule (RulePresets) too
                Arguments.of("S/2016/846", "nine-no-veto", "ADOPTED", 9),
                // consensus: every member holds a veto, so the two no votes (RUS, VEN) block
                Arguments.of("S/2016/846", "consensus", "VETOED", 1));
    }

    @ParameterizedTest(name = "replay {0} --rule {1}")
    @MethodSource("rules")
    void replay_eachRule(String symbol, String rule, String outcome, int required) throws Exception {
        JsonNode replayed = sample("replay", symbol, "--rule", rule, "--json").json().get("replayed");

        assertThat(replayed.get("outcome").asText()).isEqualTo(outcome);
        if (required > 0) {
            assertThat(replayed.get("required").asInt()).isEqualTo(required);
        }
    }

    /** Resolution 2334 (2016) under an abstention that blocks: the United States' abstention vetoes it. */
    @Test
    void replay_abstentionIsVeto_theUsAbstentionOn2334Blocks() throws Exception {
        JsonNode replayed = sample("replay", "2334 (2016)", "--rule", "abstention-is-veto", "--json").json()
                .get("replayed");

        assertThat(replayed.get("outcome").asText()).isEqualTo("VETOED");
        assertThat(texts(replayed.get("vetoedBy"))).containsExactly("USA");
    }

    @Test
    void replay_badInput_isOneLine() {
        assertBadInput(sample("replay", "S/RES/4"), "S/RES/4 (1946) has no per-member votes in the record");
        assertBadInput(sample("replay", "S/2016/846", "--rule", "veto-for-all"), "--rule: 'veto-for-all' is not a rule");
        assertBadInput(sample("replay", "S/2016/846", "--rule", "votes=0"), "is not a rule");
        assertBadInput(sample("replay", "S/2016/846", "--council", "mars"), "--council: 'mars' is neither a year");
        assertBadInput(sample("replay", "S/2016/846", "--council", "1900"), "no council data for 1900");
        assertBadInput(sample("replay", "S/2016/846", "--new-members", "yes"), "--new-members needs --council");
        assertBadInput(sample("replay", "S/2016/846", "--council", "2017", "--new-members", "perhaps"),
                "--new-members: 'perhaps' is not a vote");
        assertBadInput(sample("replay", "S/2016/846", "--set", "RUS"), "--set: expected CODE=POSITION");
        assertBadInput(sample("replay", "S/2016/846", "--set", "DEU=yes"), "--set DEU=yes: ",
                "is not a member of the council on 2016-10-08");
        assertBadInput(sample("replay", "S/2016/846", "--set", "RUS=yes", "--set", "russia=no"), "RUS is set twice");
        assertBadInput(sample("replay", "S/2016/846", "--set", "RUS=maybe"), "'maybe' is not a vote");
        assertBadInput(sample("replay", "S/2016/8460"), "no vote in the record has the symbol");
    }

    // import

    @Test
    void import_aGoodFile_printsTheCounts_exit0() throws Exception {
        CliRun run = CliRun.run("import", SAMPLE);
        JsonNode json = CliRun.run("import", SAMPLE, "--json").json();

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(SAMPLE + " (unsc): 9 rows read, 9 votes, no problems" + System.lineSeparator());
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("rows").asInt()).isEqualTo(9);
        assertThat(json.get("votes").asInt()).isEqualTo(9);
        assertThat(json.get("problems")).isEmpty();
    }

    @Test
    void import_aBadFile_listsEveryBadRowByLineAndReason_exit2() throws Exception {
        CliRun run = CliRun.run("import", BAD);
        JsonNode json = CliRun.run("import", BAD, "--json").json();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out().lines()).containsExactly(
                BAD + ":5: column yes_members: unknown member code 'QQQ' (no state with that code has sat on the "
                        + "Council)",
                BAD + ":6: the tally 5-9-1-0-0 (yes-no-abstain-absent-not participating) contradicts the per-member "
                        + "votes, which count 4-9-2-0-0 (yes-no-abstain-absent-not participating)",
                BAD + " (unsc): 4 rows read, 2 bad rows, 2 problems; nothing imported");
        assertThat(run.err()).isEqualTo("unsc: " + BAD + ": 2 problems (listed on standard output)"
                + System.lineSeparator());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("badRows").asInt()).isEqualTo(2);
        assertThat(json.get("votes").asInt()).isZero();
        assertThat(column(json.get("problems"), "line")).containsExactly("5", "6");
        assertThat(json.get("problems").get(0).get("file").asText()).isEqualTo(BAD);
        assertThat(CliRun.run("import", BAD, "--json").status()).isEqualTo(2);
    }

    @Test
    void import_undlFormat_readsTheLibrarysVotingData() {
        CliRun run = CliRun.run("import", UNDL, "--format", "undl");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(UNDL + " (undl): 15 rows read, 1 vote, no problems" + System.lineSeparator());
        // the Library's layout read as ours misses our columns: a fault of the whole file
        CliRun wrong = CliRun.run("import", UNDL);
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.out()).startsWith(UNDL + ": ").contains("nothing imported");
    }

    @Test
    void import_standardInput() throws Exception {
        InputStream saved = System.in;
        CliRun run;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(BAD))));
            run = CliRun.run("import", "-");
        } finally {
            System.setIn(saved);
        }
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("<stdin>:5: column yes_members").contains("<stdin> (unsc): 4 rows read");
    }

    @Test
    void import_unreadableInput_isOneLine(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "id,kind\nS/2016/846,d\u00e9cision\n".getBytes(StandardCharsets.ISO_8859_1));

        assertBadInput(CliRun.run("import", "no-such-file.csv"), "no-such-file.csv: no such file");
        assertBadInput(CliRun.run("import", dir.toString()), "is a directory");
        assertBadInput(CliRun.run("import", latin1.toString()), "latin1.csv: not UTF-8 text");
        assertBadInput(CliRun.run("import", SAMPLE, "--format", "xls"), "--format: 'xls' is not a record format");
    }
}
