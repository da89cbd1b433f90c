package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rollcall}: S/2016/846 as a Model UN roll call [MUN-RC; SC12545], and every error as FILE:LINE. */
class RollCallCommandTest {

    private static final String EXAMPLE = "examples/scenarios/rollcall-s2016-846.txt";

    @TempDir
    Path dir;

    private static final String[] VOTE = {"vote", "--council", "2016-10-08", "--yes",
        "EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY", "--no", "RUS,VEN", "--abstain", "AGO,CHN"};

    @Test
    void rollcall_example_printsRoundsAndTheOutcomeAsVotePrintsIt() {
        CliRun run = CliRun.run("rollcall", "--council", "2016-10-08", "--start", "RUS", EXAMPLE);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Roll call on the council on 2016-10-08, beginning with Russian Federation "
                + "(RUS)\n  order              RUS, SEN, ESP, UKR, GBR, USA, URY, VEN, AGO, CHN, EGY, FRA, JPN, MYS, NZL\n");
        assertThat(run.out()).contains("  round 2            RUS no-with-rights\n  to explain         FRA, RUS\n");
        assertThat(run.out()).endsWith(CliRun.run(VOTE).out());
    }

    @Test
    void rollcall_json_holdsTheVoteReport() throws Exception {
        JsonNode json = CliRun.run("rollcall", "--council", "2016-10-08", "--start", "rus", "--json", EXAMPLE).json();
        JsonNode vote = CliRun.run(append(VOTE, "--json")).json();
        assertThat(json.get("outcome")).isEqualTo(vote);
        assertThat(json.get("secondRound").get(0).get("answer").asText()).isEqualTo("no-with-rights");
        assertThat(json.get("explanationsRequested").toString()).isEqualTo("[\"FRA\",\"RUS\"]");
    }

    @Test
    void rollcall_svg_isTheBoardOfVote() throws Exception {
        Path a = dir.resolve("a.svg");
        Path b = dir.resolve("b.svg");
        assertThat(CliRun.run("rollcall", "--council", "2016-10-08", "--start", "RUS", "--svg", a.toString(),
                EXAMPLE).status()).isZero();
        assertThat(CliRun.run(append(VOTE, "--svg", b.toString())).status()).isZero();
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    }

    @Test
    void rollcall_stdinAndSeed_drawRepeats() throws Exception {
        InputStream saved = System.in;
        try {
            // seed 3 draws Venezuela (found by running it): the example file, which starts with RUS, is then out of order
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(EXAMPLE))));
            CliRun run = CliRun.run("rollcall", "--council", "2016-10-08", "--seed", "3", "-");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("unsc: <stdin>:4: RUS answers out of order: round 1 calls VEN now\n");
        } finally {
            System.setIn(saved);
        }
    }

    private CliRun withLines(String... lines) throws Exception {
        Path file = dir.resolve("answers.txt");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return CliRun.run("rollcall", "--council", "2016-10-08", "--start", "RUS", file.toString());
    }

    private void assertError(CliRun run, String expected) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("unsc: ").endsWith(expected + "\n");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void rollcall_unknownCode_isFileLine() throws Exception {
        assertError(withLines("# comment", "XYZ yes"), "answers.txt:2: 'XYZ' is not a member of the council on "
                + "2016-10-08: no state with that code or name has sat on the Council");
    }

    @Test
    void rollcall_twiceInARound_isFileLine() throws Exception {
        assertError(withLines("RUS no", "RUS yes"), "answers.txt:2: RUS answers twice in round 1 (it answered no; "
                + "SEN is called now)");
    }

    @Test
    void rollcall_outOfOrder_isFileLine() throws Exception {
        assertError(withLines("RUS no", "FRA yes"), "answers.txt:2: FRA answers out of order: round 1 calls SEN now");
    }

    @Test
    void rollcall_missingAnswers_isFileLine() throws Exception {
        assertError(withLines("RUS pass", "SEN yes"), "answers.txt:2: the roll call is not complete: no answer from "
                + "ESP, UKR, GBR, USA, URY, VEN, AGO, CHN, EGY, FRA, JPN, MYS, NZL, RUS");
    }

    @Test
    void rollcall_passInRoundTwo_isFileLine() throws Exception {
        String[] lines = Files.readAllLines(Path.of(EXAMPLE)).toArray(String[]::new);
        lines[lines.length - 1] = "RUS pass";
        assertError(withLines(lines), "answers.txt:" + lines.length
                + ": RUS passed in round 1 and must now vote yes or no: a second pass is not allowed");
        lines[lines.length - 1] = "RUS abstain";
        assertError(withLines(lines), "answers.txt:" + lines.length
                + ": RUS passed in round 1 and must now vote yes or no: an abstention after a pass is not allowed");
    }

    @Test
    void rollcall_badLines_andOptions() throws Exception {
        assertError(withLines("RUS"), "answers.txt:1: 'RUS' is not CODE ANSWER (e.g. FRA yes)");
        assertError(withLines("RUS maybe"), "answers.txt:1: 'maybe' is not an answer (expected yes, no, abstain, "
                + "pass, yes-with-rights or no-with-rights)");
        assertError(CliRun.run("rollcall", "--council", "2016-10-08", "--start", "RUS", "--seed", "1", EXAMPLE),
                "--start and --seed exclude each other");
        assertError(CliRun.run("rollcall", "--council", "2016-10-08", dir.resolve("none.txt").toString()),
                "none.txt: no such file");
    }

    @Test
    void rollcall_questionOptions_countAsVoteCountsThem() throws Exception {
        String[] call = {"rollcall", "--council", "2016-10-08", "--start", "RUS"};
        // a procedural question (Art. 27(2)): Russia's no is no veto, and the draft is adopted
        CliRun procedural = CliRun.run(append(call, "--procedural", EXAMPLE));
        assertThat(procedural.status()).as(procedural.err()).isZero();
        assertThat(procedural.out()).contains("Adopted: 11 in favour, 2 against, 2 abstentions.")
                .endsWith(CliRun.run(append(VOTE, "--procedural")).out());
        assertThat(CliRun.run(append(call, "--question", "procedural", EXAMPLE)).out()).isEqualTo(procedural.out());
        // the preliminary question can be vetoed (the double veto)
        assertThat(CliRun.run(append(call, "--question", "preliminary", EXAMPLE)).out())
                .endsWith(CliRun.run(append(VOTE, "--question", "preliminary")).out());
        // Russia a party under Chapter VI: its no counts as an abstention (Art. 27(3))
        CliRun party = CliRun.run(append(call, "--parties", "RUS", "--json", EXAMPLE));
        assertThat(party.status()).as(party.err()).isZero();
        assertThat(party.json().get("outcome")).isEqualTo(CliRun.run(append(VOTE, "--parties", "RUS", "--json")).json());
        assertThat(party.json().get("outcome").get("adopted").asBoolean()).isTrue();
    }

    @Test
    void rollcall_badQuestionOptions_areVotesErrors() {
        String[] call = {"rollcall", "--council", "2016-10-08", "--start", "RUS"};
        assertError(CliRun.run(append(call, "--question", "urgent", EXAMPLE)), "--question: 'urgent' is not a kind "
                + "of question (expected substantive, procedural, preliminary or icj-election)");
        assertError(CliRun.run(append(call, "--procedural", "--question", "substantive", EXAMPLE)),
                "--procedural contradicts --question substantive");
        assertError(CliRun.run(append(call, "--procedural", "--parties", "RUS", EXAMPLE)),
                "--parties applies to substantive questions only (Art. 27(3))");
        assertThat(CliRun.run(append(call, "--question", "urgent", EXAMPLE)).err())
                .isEqualTo(CliRun.run(append(VOTE, "--question", "urgent")).err());
    }

    @Test
    void rollcall_abstentionUnderARuleThatAllowsNone_isFileLineSayingWhy() throws Exception {
        // procedural-mun allows no abstention [COBIS]: AGO abstains on line 12 of the example, the first abstention
        String expected = ": AGO: abstention is not allowed under rule 'procedural-mun': procedural votes take yes or "
                + "no only";
        assertError(CliRun.run("rollcall", "--council", "2016-10-08", "--start", "RUS", "--procedural", "--rule",
                "procedural-mun", EXAMPLE), EXAMPLE + ":12" + expected);
        // the same answers as yes or no are counted, as vote counts them
        String answers = Files.readString(Path.of(EXAMPLE)).replace(" abstain", " no");
        Path file = dir.resolve("answers.txt");
        Files.writeString(file, answers, StandardCharsets.UTF_8);
        CliRun run = CliRun.run("rollcall", "--council", "2016-10-08", "--start", "RUS", "--rule", "procedural-mun",
                file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).endsWith(CliRun.run("vote", "--council", "2016-10-08", "--yes",
                "EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY", "--no", "RUS,VEN,AGO,CHN", "--rule",
                "procedural-mun").out());
    }

    private static String[] append(String[] args, String... more) {
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
