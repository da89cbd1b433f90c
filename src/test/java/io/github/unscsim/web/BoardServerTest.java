package io.github.unscsim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.unscsim.Fixtures;
import io.github.unscsim.io.ScenarioFiles;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Vote;
import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.VotingRecord;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.rules.RulePresets;
import io.github.unscsim.scenario.ExactOdds;
import io.github.unscsim.scenario.Positions;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.scenario.Scenario;
import io.github.unscsim.scenario.VoteDistribution;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The board's JSON API over HTTP on 127.0.0.1: every endpoint, and every kind of bad input. The known answers are
 * the library's own (S/2016/846, 8 October 2016: 11 in favour, Russia and Venezuela against, China and Angola
 * abstaining; press release SC/12545).
 */
class BoardServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static BoardServer server;

    @BeforeAll
    static void start() {
        server = BoardServer.start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Http.Response get(String path) {
        return Http.get(server.address().resolve(path));
    }

    private static Http.Response post(String path, byte[] body) {
        return Http.post(server.address().resolve(path), body);
    }

    private static Http.Response post(String path, String body) {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String error(Http.Response response) throws Exception {
        assertThat(response.header("Content-Type")).hasValue("application/json; charset=utf-8");
        String message = JSON.readTree(response.body()).get("error").asText();
        assertThat(message).doesNotContain("\n");
        return message;
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        assertThat(server.address().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isPositive();
    }

    @Test
    void servesThePageItsScriptAndStyle_fromTheJar_withNothingFromElsewhere() throws Exception {
        Http.Response page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).startsWith("default-src 'self'"));
        assertThat(page.body()).contains("<script src=\"board.js\"", "<link rel=\"stylesheet\" href=\"board.css\">")
                .doesNotContain("http://", "https://");
        assertThat(get("/board.js").header("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/board.css").statusCode()).isEqualTo(200);
        assertThat(get("/board.js").body()).doesNotContain("http://", "https://");
    }

    @Test
    void options_listTheVotesPresetsAndReformModels() throws Exception {
        Http.Response response = get("/api/options");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode options = JSON.readTree(response.body());
        assertThat(options.get("votes").toString())
                .isEqualTo("[\"yes\",\"no\",\"abstain\",\"absent\",\"not-participating\"]");
        assertThat(options.get("presets")).hasSize(RulePresets.all().size());
        assertThat(options.get("presets").get(0).get("name").asText()).isEqualTo(RulePresets.names().get(0));
        assertThat(options.get("reforms")).isNotEmpty();
        assertThat(options.get("defaultSymbol").asText()).isEqualTo("S/2016/846");
    }

    @Test
    void record_givesTheRecordedBallotAsABoardDocument() throws Exception {
        Http.Response response = get("/api/record?symbol=S%2F2016%2F846");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode record = JSON.readTree(response.body());
        assertThat(record.get("outcome").asText()).isEqualTo("VETOED");
        // SC/12545 (8 October 2016): the draft submitted by France and Spain
        assertThat(record.get("boardTitle").asText()).isEqualTo("S/2016/846");
        assertThat(record.get("boardSubtitle").asText()).isEqualTo("Submitted by France and Spain");
        Scenario scenario = ScenarioFiles.parse(record.get("scenario").toString(), "answer", true);
        assertThat(scenario.basePositions().ballot().votes()).isEqualTo(Fixtures.s2016846().votes());
    }

    @Test
    void record_badSymbols_are400sWithOneLine() throws Exception {
        Http.Response missing = get("/api/record");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(error(missing)).startsWith("symbol: missing");
        Http.Response unknown = get("/api/record?symbol=S/2016/9999");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(error(unknown)).isEqualTo("symbol: 'S/2016/9999' is not in the record (expected a draft's or a "
                + "resolution's symbol, e.g. S/2016/846 or S/RES/2334)");
        RecordedVote tallyOnly = VotingRecord.bundled().votes().stream().filter(v -> !v.hasMemberVotes())
                .filter(v -> v.draftSymbol().isPresent()).findFirst().orElseThrow();
        Http.Response noBoard = get("/api/record?symbol=" + tallyOnly.draftSymbol().orElseThrow());
        assertThat(noBoard.statusCode()).isEqualTo(400);
        assertThat(error(noBoard)).contains("does not hold every member's vote");
    }

    @Test
    void board_countsAsTheLibraryDoes_withPivotsOddsBoardAndScenario() throws Exception {
        String body = "{\"council\": \"2016-10-08\", \"positions\": {\"RUS\": \"abstain\", \"VEN\": \"no\", "
                + "\"CHN\": \"abstain\", \"AGO\": \"abstain\", \"default\": \"yes\"}, "
                + "\"probabilities\": {\"USA\": {\"yes\": 0.25, \"no\": 0.75}}}";
        Http.Response response = post("/api/board?title=Russia%20abstains", body);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        Ballot ballot = Fixtures.s2016846().with("RUS", Vote.ABSTAIN);
        Outcome expected = AdoptionRules.inForce(ballot).evaluate(ballot);
        assertThat(answer.get("outcome").get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(answer.get("outcome").get("explanation").asText()).isEqualTo(expected.explanation());
        assertThat(answer.get("members")).hasSize(15);
        assertThat(answer.get("members").get(0).get("code").asText()).isEqualTo("AGO");
        // a permanent member's no alone would block it; no elected member's vote alone changes 11-1-3
        assertThat(answer.get("pivotal").toString()).isEqualTo("[\"CHN\",\"FRA\",\"RUS\",\"GBR\",\"USA\"]");
        double adopted = new ExactOdds().odds(Positions.of(ballot).with("USA", VoteDistribution.of(0.25, 0.75, 0, 0)),
                AdoptionRules.inForce(ballot)).adopted();
        assertThat(answer.get("odds").get("adopted").asDouble()).isEqualTo(adopted).isEqualTo(0.25);
        assertThat(answer.get("svg").asText()).startsWith("<svg").contains("Russia abstains", "data-code=\"RUS\"");
        Scenario back = ScenarioFiles.parse(answer.get("scenario").toString(), "answer", true);
        assertThat(back.evaluate().base().odds().adopted()).isEqualTo(adopted);
    }

    @Test
    void board_underAPreset_isThePresetsOutcome() throws Exception {
        String body = "{\"council\": \"2016-10-08\", \"rule\": \"simple-majority\", \"positions\": {\"RUS\": \"no\", "
                + "\"VEN\": \"no\", \"CHN\": \"abstain\", \"AGO\": \"abstain\", \"default\": \"yes\"}}";
        JsonNode answer = JSON.readTree(post("/api/board", body).body());
        Ballot ballot = Fixtures.s2016846();
        Outcome expected = RuleSpec.preset("simple-majority").apply(AdoptionRules.inForce(ballot)).evaluate(ballot);
        assertThat(answer.get("outcome").get("outcome").asText()).isEqualTo(expected.type().name())
                .isEqualTo("ADOPTED");
        assertThat(answer.get("outcome").get("rule").asText()).isEqualTo(expected.rule());
    }

    @Test
    void board_badInput_is400WithTheCommandLinesMessage() throws Exception {
        assertThat(error(post("/api/board", "{\"council\": \"2016-10-08\", \"positions\": {\"XYZ\": \"no\", "
                + "\"default\": \"yes\"}}"))).startsWith("request:1:").contains("'XYZ' is not a member");
        assertThat(error(post("/api/board", "{\"council\": \"2016-13-01\", \"positions\": {\"default\": \"yes\"}}")))
                .startsWith("request:1:").contains("'2016-13-01' is neither a year");
        Http.Response missing = post("/api/board", "{\"council\": \"2016-10-08\", \"positions\": "
                + "{\"RUS\": \"no\"}}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(error(missing)).isEqualTo("request:1:40: no position for CHN on the council on 2016-10-08 and no "
                + "default (at positions)");
        assertThat(error(post("/api/board", "{\"council\": \"2016\""))).startsWith("request:1:");
        assertThat(error(post("/api/board", "{\"council\": 2016, \"positions\": {\"default\": \"yes\"}, "
                + "\"variants\": [{\"name\": \"a\", \"set\": {\"RUS\": \"yes\"}}]}")))
                .contains("the board takes no variants");
        Http.Response binary = post("/api/board", new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThat(binary.statusCode()).isEqualTo(400);
        assertThat(error(binary)).isEqualTo("request: not UTF-8 text");
    }

    @Test
    void theSameBallot_givesTheSameMessageAsTheScenarioCommand() throws Exception {
        String body = "{\"council\": \"2016-10-08\", \"positions\": {\"SUN\": \"no\", \"default\": \"yes\"}}";
        String message = error(post("/api/board", body));
        assertThatThrownBy(() -> ScenarioFiles.parse(body, "request", true).basePositions())
                .hasMessage(message);
    }

    @Test
    void oversizedBodies_areRefused() throws Exception {
        byte[] big = new byte[BoardServer.MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        Http.Response response = post("/api/board", big);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).contains("at most " + BoardServer.MAX_BODY);
    }

    @Test
    void wrongMethodsAndPaths_are405And404() throws Exception {
        Http.Response getBoard = get("/api/board");
        assertThat(getBoard.statusCode()).isEqualTo(405);
        assertThat(getBoard.header("Allow")).hasValue("POST");
        assertThat(post("/api/options", "{}").statusCode()).isEqualTo(405);
        assertThat(post("/", "{}").statusCode()).isEqualTo(405);
        Http.Response nowhere = get("/etc/passwd");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(error(nowhere)).startsWith("no such page: /etc/passwd");
        assertThat(get("/board.html").statusCode()).isEqualTo(404);
    }

    @Test
    void aPortInUse_isAClearError() {
        assertThatThrownBy(() -> BoardServer.start(server.port())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--port: port " + server.port() + " on 127.0.0.1 is already in use (choose another "
                        + "with --port N)");
        assertThatThrownBy(() -> BoardServer.start(70000)).hasMessageContaining("is not a port");
    }

    @Test
    void everyAnswerComesFromTheLibrary_forEveryVoteOfOneMember() throws Exception {
        Ballot base = Fixtures.s2016846();
        for (Vote vote : Vote.values()) {
            Ballot ballot = base.with("RUS", vote);
            String positions = String.join(", ", ballot.council().members().stream()
                    .map(m -> "\"" + m.code() + "\": \"" + ballot.vote(m.code()).label() + "\"").toList());
            JsonNode answer = JSON.readTree(post("/api/board", "{\"council\": \"2016-10-08\", \"positions\": {"
                    + positions + "}}").body());
            Outcome expected = AdoptionRules.inForce(ballot).evaluate(ballot);
            assertThat(answer.get("outcome").get("outcome").asText()).as(vote.label())
                    .isEqualTo(expected.type().name());
            assertThat(answer.get("outcome").get("explanation").asText()).isEqualTo(expected.explanation());
            assertThat(List.of(answer.get("outcome").get("votesShort").asInt()))
                    .containsExactly(expected.votesShort());
        }
    }
}
