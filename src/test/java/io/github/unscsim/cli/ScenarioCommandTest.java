package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.unscsim.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandTest {


    /** S/2016/846, 8 October 2016, as ballot options (Fixtures.s2016846Options). */
    private static final String[] S2016846 = Fixtures.s2016846Options();

    private static String[] with(String command, String... more) {
        String[] args = new String[1 + S2016846.length + more.length];
        args[0] = command;
        System.arraycopy(S2016846, 0, args, 1, S2016846.length);
        System.arraycopy(more, 0, args, 1 + S2016846.length, more.length);
        return args;
    }

    @Test
    void scenario_json_carriesTheProbabilitiesOfBaseAndVariants() throws Exception {
        CliRun run = CliRun.run("scenario", "examples/scenarios/s2016-846.yaml", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("base").get("probabilityVetoed").asDouble()).isEqualTo(1.0);
        assertThat(json.get("base").get("probabilityAdopted").asDouble()).isZero();
        assertThat(json.get("base").get("outcome").get("vetoedBy").toString()).isEqualTo("[\"RUS\"]");
        JsonNode variants = json.get("variants");
        assertThat(variants.get(0).get("name").asText()).isEqualTo("Russia abstains");
        assertThat(variants.get(0).get("probabilityAdopted").asDouble()).isEqualTo(1.0);
        assertThat(variants.get(0).get("changes").get(0).get("subject").asText()).isEqualTo("RUS");
        assertThat(variants.get(2).get("probabilityAdopted").asDouble()).isEqualTo(0.3, org.assertj.core.api
                .Assertions.within(1e-12));
        assertThat(variants.get(2).get("probabilityFailed").asDouble()).isZero();
    }

    /** The draft the file names, and its sponsors from the record, as the HTML report gives them (SC/12545). */
    @Test
    void scenario_json_carriesTheDraftAndItsSponsorsFromTheRecord(@TempDir Path dir) throws Exception {
        JsonNode named = CliRun.run("scenario", "examples/scenarios/s2016-846.yaml", "--json").json();
        assertThat(named.get("draft").asText()).isEqualTo("S/2016/846");
        assertThat(named.get("sponsors").toString()).isEqualTo("[\"FRA\",\"ESP\"]");
        assertThat(CliRun.run("scenario", "examples/scenarios/s2016-847.yaml", "--json").json().get("sponsors")
                .toString()).isEqualTo("[\"RUS\"]");

        // no draft named: both null; a draft the record does not hold: its symbol, sponsors not known (null)
        JsonNode none = CliRun.run("scenario", "examples/scenarios/african-bloc.yaml", "--json").json();
        assertThat(none.get("draft").isNull()).isTrue();
        assertThat(none.get("sponsors").isNull()).isTrue();
        Path unknown = dir.resolve("unknown.yaml");
        Files.writeString(unknown, Files.readString(Path.of("examples/scenarios/s2016-846.yaml"))
                .replace("draft: S/2016/846", "draft: S/2016/9999"));
        CliRun run = CliRun.run("scenario", unknown.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.json().get("draft").asText()).isEqualTo("S/2016/9999");
        assertThat(run.json().get("sponsors").isNull()).isTrue();
    }

    @Test
    void scenario_json_blocFile_carriesMethodIntervalsTrialsAndSeed() throws Exception {
        CliRun run = CliRun.run("scenario", "examples/scenarios/african-bloc.yaml", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode base = run.json().get("base");
        assertThat(base.get("method").asText()).isEqualTo("monte-carlo");
        assertThat(base.get("trials").asInt()).isEqualTo(200_000);
        assertThat(base.get("seed").asLong()).isEqualTo(1);
        assertThat(base.get("confidence").asDouble()).isEqualTo(0.95);
        for (String outcome : new String[] {"adopted", "vetoed", "failed"}) {
            JsonNode interval = base.get("interval").get(outcome);
            double p = base.get("probability" + Character.toUpperCase(outcome.charAt(0)) + outcome.substring(1))
                    .asDouble();
            assertThat(interval.get("low").asDouble()).as(outcome).isLessThanOrEqualTo(p);
            assertThat(interval.get("high").asDouble()).as(outcome).isGreaterThanOrEqualTo(p);
        }
        // the bloc's exact value, 0.7 (see ScenarioExamplesTest), lies in the interval
        assertThat(base.get("interval").get("adopted").get("low").asDouble()).isLessThan(0.7);
        assertThat(base.get("interval").get("adopted").get("high").asDouble()).isGreaterThan(0.7);
        JsonNode independent = run.json().get("variants").get(0);
        assertThat(independent.get("method").asText()).isEqualTo("exact");
        assertThat(independent.has("interval")).isFalse();
        assertThat(independent.has("trials")).isFalse();
        assertThat(independent.get("changes").get(0).get("subject").asText()).isEqualTo("correlation");
        // fixed positions and independent members stay exact
        CliRun exact = CliRun.run("scenario", "examples/scenarios/s2016-846.yaml", "--json");
        assertThat(exact.json().get("base").get("method").asText()).isEqualTo("exact");
    }

    @Test
    void scenario_text_blocFile_showsMethodIntervalsAndSeed() {
        CliRun run = CliRun.run("scenario", "examples/scenarios/african-bloc.yaml");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("voting together: blocs [[AGO, EGY, SEN]], 200000 ballots, seed 1")
                .containsPattern("base\\s+0\\.70\\d+\\s+0\\.000000\\s+0\\.29\\d+\\s+Monte Carlo")
                .containsPattern("independent\\s+0\\.658000\\s+0\\.000000\\s+0\\.342000\\s+exact")
                .containsPattern("95% intervals: adopted \\[0\\.69\\d+, 0\\.70\\d+\\], vetoed \\[0\\.000000, "
                        + "0\\.0000\\d+\\], failed \\[0\\.29\\d+, 0\\.30\\d+\\] \\(200,000 ballots, seed 1\\)");
    }

    @Test
    void scenario_badCorrelation_oneLineWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bloc.yaml");
        Files.writeString(file, "council: 2016\npositions: {default: yes}\ncorrelation:\n  blocs: [[AGO, EGY]]\n"
                + "  shared-factor: 2\n");

        CliRun run = CliRun.run("scenario", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("unsc: " + file + ":5:18: shared factor must be between 0 and 1: 2")
                .hasLineCount(1);
    }

    @Test
    void scenario_text_listsEveryVariant() {
        CliRun run = CliRun.run("scenario", "examples/scenarios/s2014-348.yaml");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("base").contains("China and Russia abstain")
                .contains("negative votes of permanent members (China, Russian Federation): 13 in favour")
                .contains("changed CHN: no -> abstain");
    }

    @Test
    void scenario_malformedFile_oneLineWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "council: 2016\nquestion: substantive\npositions: {RUS: maybe, default: yes}\n");

        CliRun run = CliRun.run("scenario", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("unsc: " + file + ":3:").contains("maybe").hasLineCount(1);
    }

    @Test
    void scenario_brokenYamlSyntax_namesTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "council: 2016\npositions: {RUS: no\nvariants: [\n");

        CliRun run = CliRun.run("scenario", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).matches("unsc: " + java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:\\d+: malformed YAML.*\\R").hasLineCount(1);
    }

    @Test
    void scenario_missingFile_exitsTwo() {
        CliRun run = CliRun.run("scenario", "no/such/file.yaml");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no/such/file.yaml").hasLineCount(1);
    }

    @Test
    void whatif_russiaAbstains_beforeAndAfter() throws Exception {
        CliRun run = CliRun.run(with("whatif", "--set", "RUS=abstain"));
        CliRun json = CliRun.run(with("whatif", "--set", "rus=abstain", "--set", "VEN=yes", "--json"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("outcome\\s+VETOED\\s+ADOPTED").containsPattern("RUS\\s+no\\s+abstain")
                .contains("after:  Adopted: 11 in favour, 1 against, 3 abstentions.");
        assertThat(json.json().get("before").get("outcome").asText()).isEqualTo("VETOED");
        assertThat(json.json().get("after").get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(json.json().get("after").get("yes").asInt()).isEqualTo(12);
        assertThat(json.json().get("changes")).hasSize(2);
    }

    @Test
    void whatif_badSet_exitsTwoWithOneLine() {
        CliRun noEquals = CliRun.run(with("whatif", "--set", "RUS"));
        CliRun nonMember = CliRun.run(with("whatif", "--set", "DEU=yes"));
        CliRun badVote = CliRun.run(with("whatif", "--set", "RUS=maybe"));

        assertThat(noEquals.status()).isEqualTo(2);
        assertThat(noEquals.err()).contains("CODE=POSITION").hasLineCount(1);
        assertThat(nonMember.status()).isEqualTo(2);
        assertThat(nonMember.err()).contains("--set DEU=yes: DEU (Germany) is not a member").hasLineCount(1);
        assertThat(badVote.status()).isEqualTo(2);
        assertThat(badVote.err()).contains("'maybe' is not a vote").hasLineCount(1);
    }

    @Test
    void pivots_s2016846_russiaAlone() throws Exception {
        CliRun run = CliRun.run(with("pivots"));
        CliRun json = CliRun.run(with("pivots", "--json"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("RUS  no -> yes or abstain or absent or not-participating")
                .doesNotContain("VEN ").contains("smallest flipping sets: 1 change");
        assertThat(json.json().get("pivotalMembers").toString()).isEqualTo("[\"RUS\"]");
        assertThat(json.json().get("smallestFlippingSetSize").asInt()).isEqualTo(1);
    }

    @Test
    void pivots_s2016847_fiveChangesNeeded() throws Exception {
        CliRun run = CliRun.run("pivots", "--council", "2016-10-08", "--yes", "CHN,EGY,RUS,VEN",
                "--no", "FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA", "--abstain", "AGO,URY", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.json().get("votesShort").asInt()).isEqualTo(5);
        assertThat(run.json().get("pivots")).isEmpty();
        assertThat(run.json().get("smallestFlippingSetSize").asInt()).isEqualTo(5);
    }

    @Test
    void pivots_partiesUnderChapterVi_neverMatter() throws Exception {
        CliRun run = CliRun.run(with("pivots", "--parties", "RUS,UKR", "--json"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.json().get("neverMatter").toString()).isEqualTo("[\"RUS\",\"UKR\"]");
        // with Russia's no counted as an abstention the draft is adopted, and no single change undoes it
        assertThat(run.json().get("outcome").get("outcome").asText()).isEqualTo("ADOPTED");
    }

    @Test
    void pivots_capTooSmall_reportsNone() {
        CliRun run = CliRun.run("pivots", "--council", "2016-10-08", "--yes", "CHN,EGY,RUS,VEN",
                "--no", "FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA", "--abstain", "AGO,URY", "--max-changes", "2");
        CliRun bad = CliRun.run(with("pivots", "--max-changes", "0"));

        assertThat(run.out()).contains("none of up to 2 changes");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--max-changes").hasLineCount(1);
    }
}
