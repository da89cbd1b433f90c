package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.unscsim.Fixtures;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {


    /** {@code vote} with S/2016/846's options (Fixtures.s2016846Options). */
    private static final String[] S2016846 = Stream.concat(Stream.of("vote"),
            Arrays.stream(Fixtures.s2016846Options())).toArray(String[]::new);

    @Test
    void vote_s2016846_printsTheVetoAndTheVotes() {
        CliRun run = CliRun.run(S2016846);

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Not adopted, owing to the negative vote of a permanent member "
                + "(Russian Federation): 11 in favour, 2 against, 2 abstentions.")
                .contains("no                 RUS, VEN").contains("VETOED (required 9");
    }

    @Test
    void vote_json_hasEveryField() throws Exception {
        String[] args = java.util.Arrays.copyOf(S2016846, S2016846.length + 1);
        args[S2016846.length] = "--json";

        JsonNode json = CliRun.run(args).json();

        assertThat(json.get("adopted").asBoolean()).isFalse();
        assertThat(json.get("outcome").asText()).isEqualTo("VETOED");
        assertThat(json.get("yes").asInt()).isEqualTo(11);
        assertThat(json.get("no").asInt()).isEqualTo(2);
        assertThat(json.get("abstain").asInt()).isEqualTo(2);
        assertThat(json.get("absent").asInt()).isZero();
        assertThat(json.get("notParticipating").asInt()).isZero();
        assertThat(json.get("required").asInt()).isEqualTo(9);
        assertThat(json.get("vetoedBy").toString()).isEqualTo("[\"RUS\"]");
        assertThat(json.get("explanation").asText()).startsWith("Not adopted, owing to the negative vote");
    }

    @Test
    void vote_procedural_hasNoVeto() throws Exception {
        CliRun run = CliRun.run("vote", "--council", "2014-12-22", "--procedural", "--json", "--no", "CHN,RUS",
                "--abstain", "TCD,NGA", "--yes", "FRA,GBR,USA,ARG,AUS,CHL,JOR,LTU,LUX,KOR,RWA");

        assertThat(run.json().get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(run.json().get("vetoedBy").size()).isZero();
    }

    @Test
    void vote_lowerCaseCodesAndAbsences_areAccepted() throws Exception {
        CliRun run = CliRun.run("vote", "--council", "1950-06-27", "--json", "--no", "yug", "--not-participating", "EGY,IND",
                "--absent", "SUN", "--yes", "CHN,FRA,GBR,USA,CUB,ECU,NOR");

        assertThat(run.status()).isZero();
        assertThat(run.json().get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(run.json().get("required").asInt()).isEqualTo(7);
        assertThat(run.json().get("notParticipating").asInt()).isEqualTo(2);
    }

    @Test
    void vote_preliminaryQuestion_canBeVetoed() throws Exception {
        // 24 May 1948, Czechoslovakia: the first half of the double veto [AJIL-DV].
        CliRun run = CliRun.run("vote", "--council", "1948-05-24", "--question", "preliminary", "--json",
                "--yes", "ARG,BEL,CAN,COL,SYR,CHN,GBR,USA", "--no", "SUN,UKR", "--abstain", "FRA");

        assertThat(run.json().get("outcome").asText()).isEqualTo("VETOED");
        assertThat(run.json().get("vetoedBy").toString()).isEqualTo("[\"SUN\"]");
    }

    @Test
    void vote_parties_abstainUnderArticle27Paragraph3() throws Exception {
        String[] args = java.util.Arrays.copyOf(S2016846, S2016846.length + 3);
        args[S2016846.length] = "--parties";
        args[S2016846.length + 1] = "RUS";
        args[S2016846.length + 2] = "--json";

        CliRun run = CliRun.run(args);

        assertThat(run.json().get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(run.json().get("abstain").asInt()).isEqualTo(3);
        assertThat(run.json().get("explanation").asText()).contains("under Art. 27(3)");
    }

    @Test
    void council_json_listsMembersWithPermanentMarked() throws Exception {
        JsonNode json = CliRun.run("council", "2016", "--json").json();

        assertThat(json.get("date").asText()).isEqualTo("2016-01-01");
        assertThat(json.get("members").size()).isEqualTo(15);
        JsonNode first = json.get("members").get(0);
        assertThat(first.get("code").asText()).isEqualTo("CHN");
        assertThat(first.get("name").asText()).isEqualTo("China");
        assertThat(first.get("permanent").asBoolean()).isTrue();
        assertThat(json.get("members").get(5).get("permanent").asBoolean()).isFalse();
    }

    @Test
    void council_text_marksPermanentMembers() {
        CliRun run = CliRun.run("council", "1971-10-24");

        assertThat(run.out()).contains("CHN * China (Republic of China)").contains("15 members");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown code     | vote --council 2016 --yes XXX                 | --yes: 'XXX' is not a member of the council on 2016-01-01
            named twice      | vote --council 2016 --yes EGY --no EGY        | EGY is named twice
            left out         | vote --council 2016 --yes EGY                 | has no vote for CHN
            outside the data | council 1945                                  | no council data for 1945
            malformed date   | council 2016-02-30                            | '2016-02-30' is neither a year
            unknown command  | elect 2016                                    | unknown command 'elect'
            unknown option   | council 2016 --yaml                           | Unknown option: '--yaml'
            no command       |                                               | missing command
            bad code         | vote --council 2016 --yes E1Y                 | --yes: 'E1Y' is not a member of the council on 2016-01-01: no state with that code or name has sat
            bad question     | vote --council 2016 --question urgent         | 'urgent' is not a kind of question
            parties on procedure | vote --council 2016 --procedural --parties RUS | --parties applies to substantive
            """)
    void badInput_printsOneLineOnStandardErrorAndExitsWithTwo(String what, String args, String message) {
        CliRun run = CliRun.run(args == null ? new String[0] : args.split(" "));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("unsc: ").contains(message).doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
