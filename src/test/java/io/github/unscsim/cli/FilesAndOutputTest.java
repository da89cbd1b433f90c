package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.unscsim.power.WeightedGame;
import io.github.unscsim.power.index.PowerProfile;
import io.github.unscsim.power.index.ShapleyShubikIndex;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files that cannot be read, standard input, every command's JSON, numbers, tables and write errors. */
class FilesAndOutputTest {

    private static final String[] S2016846 = {"--council", "2016-10-08",
        "--yes", "EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY", "--no", "RUS,VEN", "--abstain", "AGO,CHN"};

    private static String[] with(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(S2016846));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Runs {@code scenario FILE} and checks the one line, FILE:LINE:COLUMN: ..., and the status 2. */
    private static String badFile(Path file) {
        CliRun run = CliRun.run("scenario", file.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).matches("unsc: " + Pattern.quote(file.toString()) + ":\\d+:\\d+: [^\\n]+\\R")
                .doesNotContain("Source:").doesNotContain("REDACTED").doesNotContain("'reader'")
                .doesNotContain("Exception");
        return run.err().strip().substring("unsc: ".length() + file.toString().length());
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    // ---- files that cannot be read --------------------------------------------------------------------------------

    @Test
    void scenario_truncatedJson_saysWhereTheOpenMappingBegan(@TempDir Path dir) throws IOException {
        Path file = write(dir, "cut.json", "{\"council\": 2016, \"positions\": {");

        assertThat(badFile(file)).isEqualTo(":1:33: malformed JSON: the file ends inside the mapping opened at "
                + "line 1, column 32: expected '}'");
    }

    @Test
    void scenario_yamlSyntaxError_isOneLineWithSnakeYamlsProblemOnly(@TempDir Path dir) throws IOException {
        Path file = write(dir, "syntax.yaml", "council: 2016\npositions: {RUS: no, default: yes\nvariants: []\n");

        assertThat(badFile(file)).startsWith(":3:9: malformed YAML: expected ',' or '}'")
                .endsWith("(while parsing a flow mapping opened at line 2, column 12)");
    }

    @Test
    void scenario_binaryFile_namesTheByteNotTheDecoder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("picture.yaml");
        byte[] bytes = {'c', 'o', 'u', 'n', 'c', 'i', 'l', ':', ' ', '2', '0', '1', '6', '\n', 'x', (byte) 0x89, 'P',
            'N', 'G'};
        Files.write(file, bytes);

        assertThat(badFile(file)).isEqualTo(":2:2: not UTF-8 text (byte 0x89 at offset 15): expected a YAML or "
                + "JSON scenario file").doesNotContain("Input length");
    }

    @Test
    void scenario_directory_isADirectoryNotAMissingFile(@TempDir Path dir) {
        assertThat(badFile(dir)).isEqualTo(":0:0: is a directory, not a scenario file");
    }

    @Test
    void scenario_missingFile_saysSo(@TempDir Path dir) {
        assertThat(badFile(dir.resolve("none.yaml"))).isEqualTo(":0:0: no such file");
    }

    @Test
    void scenario_dashReadsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(("council: 2016-10-08\npositions: {RUS: no, VEN: no, AGO: abstain, "
                    + "CHN: abstain, default: yes}\n").getBytes(StandardCharsets.UTF_8)));
            CliRun good = CliRun.run("scenario", "-");
            System.setIn(new ByteArrayInputStream("council: 2016\npositions: {default: yes}\nrule: {votes: 16}\n"
                    .getBytes(StandardCharsets.UTF_8)));
            CliRun bad = CliRun.run("scenario", "-");

            assertThat(good.status()).as(good.err()).isZero();
            assertThat(good.out()).startsWith("Scenario <stdin>:").contains("Not adopted, owing to the negative vote");
            assertThat(bad.status()).isEqualTo(2);
            assertThat(bad.err()).isEqualTo("unsc: <stdin>:3:15: rule 'Charter Art. 27(3), as practised since 1966, "
                    + "changed: quota 16 affirmative votes' requires 16 affirmative votes but the council on 2016-01-01 "
                    + "has 15 members (at rule.votes)" + System.lineSeparator());
        } finally {
            System.setIn(saved);
        }
    }

    // ---- codes, rules and questions in files ----------------------------------------------------------------------

    @Test
    void scenario_lowerCaseCodes_readAsOnTheCommandLine(@TempDir Path dir) throws IOException {
        Path lower = write(dir, "lower.yaml", "council: 2016-10-08\npositions: {rus: no, ven: no, ago: abstain, "
                + "chn: abstain, default: yes}\nvariants:\n  - name: Russia abstains\n    set: {rus: abstain}\n");
        Path upper = write(dir, "upper.yaml", "council: 2016-10-08\npositions: {RUS: no, VEN: no, AGO: abstain, "
                + "CHN: abstain, default: yes}\nvariants:\n  - name: Russia abstains\n    set: {RUS: abstain}\n");

        CliRun a = CliRun.run("scenario", lower.toString(), "--json");
        CliRun b = CliRun.run("scenario", upper.toString(), "--json");

        assertThat(a.status()).as(a.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
    }

    @Test
    void scenario_namesAndAliases_readAsOnTheCommandLine(@TempDir Path dir) throws IOException {
        Path named = write(dir, "named.yaml", "council: 2016-10-08\npositions: {russia: no, Venezuela: no, "
                + "ago: abstain, CHN: abstain, default: yes}\n");
        Path coded = write(dir, "coded.yaml", "council: 2016-10-08\npositions: {RUS: no, VEN: no, AGO: abstain, "
                + "CHN: abstain, default: yes}\n");

        CliRun a = CliRun.run("scenario", named.toString(), "--json");

        assertThat(a.status()).as(a.err()).isZero();
        assertThat(a.out()).isEqualTo(CliRun.run("scenario", coded.toString(), "--json").out());
    }

    @Test
    void scenario_vetoHolderNotOnTheCouncil_isAnErrorAtTheCode(@TempDir Path dir) throws IOException {
        Path file = write(dir, "veto.yaml", "council: 2016\npositions: {default: yes}\nrule: {votes: 9, veto: [XYZ]}\n");

        Path german = write(dir, "deu.yaml", "council: 2016\npositions: {default: yes}\nrule: {veto: [deu]}\n");

        assertThat(badFile(file)).isEqualTo(":3:25: 'XYZ' is not a member of the council on 2016-01-01: no state "
                + "with that code or name has sat on the Council (at rule.veto.0)");
        // Germany sat on the Council in 2011-2012 and 2019-2020, not in 2016 (seats.csv)
        assertThat(badFile(german)).startsWith(":3:15: DEU (Germany) is not a member of the council on 2016-01-01: "
                + "it sat on the Council in").contains("2011–2012").endsWith("(at rule.veto.0)");
    }

    @Test
    void scenario_quotaAboveTheCouncilsSize_isAnErrorAtTheNumber(@TempDir Path dir) throws IOException {
        Path file = write(dir, "quota.yaml", "council: 2016\npositions: {default: yes}\nrule: {votes: 16}\n");

        assertThat(badFile(file)).isEqualTo(":3:15: rule 'Charter Art. 27(3), as practised since 1966, changed: "
                + "quota 16 affirmative votes' requires 16 affirmative votes but the council on 2016-01-01 has 15 "
                + "members (at rule.votes)");
    }

    @Test
    void scenario_chapterViWithoutParties_isAnErrorAtTheQuestion(@TempDir Path dir) throws IOException {
        Path file = write(dir, "vi.yaml", "council: 2016\nquestion: chapter-vi\npositions: {default: yes}\n");

        assertThat(badFile(file)).isEqualTo(":2:11: a question under Chapter VI is a decision on a dispute and "
                + "must name its parties (at question)");
    }

    // ---- every command's JSON -------------------------------------------------------------------------------------

    @Test
    void vote_json_carriesWhatReproducesTheBallot() throws Exception {
        JsonNode json = CliRun.run(with("vote", "--json")).json();

        assertThat(json.get("date").asText()).isEqualTo("2016-10-08");
        assertThat(json.get("council").asText()).isEqualTo("the council on 2016-10-08");
        assertThat(json.get("question").asText()).isEqualTo("substantive");
        assertThat(json.get("parties")).isEmpty();
        assertThat(json.get("votes")).hasSize(15);
        assertThat(json.get("votes").get("RUS").asText()).isEqualTo("no");
        assertThat(json.get("votes").get("AGO").asText()).isEqualTo("abstain");
        // the ballot again, from the JSON alone
        List<String> args = new ArrayList<>(List.of("vote", "--council", json.get("date").asText(), "--json",
                "--question", json.get("question").asText()));
        for (Map.Entry<String, JsonNode> vote : json.get("votes").properties()) {
            args.add("--" + vote.getValue().asText());
            args.add(vote.getKey());
        }
        assertThat(CliRun.run(args.toArray(String[]::new)).json()).isEqualTo(json);
    }

    @Test
    void vote_json_partiesUnderChapterVi() throws Exception {
        JsonNode json = CliRun.run("vote", "--council", "2016-10-08", "--yes", "EGY,FRA,JPN,MYS,NZL,SEN,ESP,GBR,"
                + "USA,URY,AGO,CHN,VEN", "--no", "RUS", "--abstain", "UKR", "--parties", "RUS,UKR", "--json").json();

        assertThat(json.get("parties").toString()).isEqualTo("[\"RUS\",\"UKR\"]");
        assertThat(json.get("votes").get("RUS").asText()).isEqualTo("no");
    }

    @Test
    void power_json_weightedGame_carriesQuotaAndWeights() throws Exception {
        JsonNode json = CliRun.run("power", "--weights", "3,2,1,1", "--quota", "4", "--json").json();

        assertThat(json.get("quota").asInt()).isEqualTo(4);
        assertThat(json.get("weights").toString()).isEqualTo("[3,2,1,1]");
        assertThat(json.has("model")).isFalse();
    }

    @Test
    void power_json_council_carriesModelQuotaVetoHoldersAndTheSameGameWeighted() throws Exception {
        JsonNode json = CliRun.run("power", "--council", "g4", "--json", "--exact").json();

        assertThat(json.get("model").asText()).isEqualTo("g4");
        assertThat(json.get("quota").asInt()).isEqualTo(14);
        assertThat(json.get("vetoHolders")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("CHN", "FRA", "GBR", "RUS", "USA");
        assertThat(json.get("weights")).hasSize(25);
        // the weights and the weighted quota are the same game: the same exact values
        int[] weights = new int[json.get("weights").size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = json.get("weights").get(i).asInt();
        }
        PowerProfile weighted = new ShapleyShubikIndex().compute(WeightedGame.of(json.get("weightedQuota").asInt(),
                weights));
        for (int i = 0; i < weights.length; i++) {
            assertThat(io.github.unscsim.report.Reports.fraction(weighted.value(i)))
                    .isEqualTo(json.get("exact").get(i).asText());
        }
    }

    @Test
    void whatif_json_carriesTheBallotsAndOnlyTheChangesThatChangeSomething() throws Exception {
        JsonNode json = CliRun.run(with("whatif", "--set", "RUS=abstain", "--set", "VEN=no", "--json")).json();

        assertThat(json.get("changes")).hasSize(1);
        assertThat(json.get("changes").get(0).get("code").asText()).isEqualTo("RUS");
        assertThat(json.get("before").get("votes").get("RUS").asText()).isEqualTo("no");
        assertThat(json.get("after").get("votes").get("RUS").asText()).isEqualTo("abstain");
        assertThat(json.get("after").get("date").asText()).isEqualTo("2016-10-08");
    }

    @Test
    void whatif_text_aChangeThatChangesNothingIsNotListed() {
        CliRun run = CliRun.run(with("whatif", "--set", "VEN=no"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContainPattern("(?m)^  VEN\\s+no\\s+no").contains("VEN already votes no: no change")
                .containsPattern("outcome\\s+VETOED\\s+VETOED");
    }

    @Test
    void pivots_json_outcomeCarriesTheBallot() throws Exception {
        JsonNode json = CliRun.run(with("pivots", "--json")).json();

        assertThat(json.get("outcome").get("votes").get("RUS").asText()).isEqualTo("no");
        assertThat(json.get("pivotalMembers").toString()).isEqualTo("[\"RUS\"]");
    }

    // ---- numbers and tables ---------------------------------------------------------------------------------------

    @Test
    void scenario_probabilities_withoutFloatNoise() throws Exception {
        // the independent variant's exact odds are 0.658, which the sum of products gives as 0.6579999999999999
        CliRun run = CliRun.run("scenario", "examples/scenarios/african-bloc.yaml", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"probabilityAdopted\": 0.658,");
        assertAtMostTwelveSignificantDigits(run.out());
        assertThat(run.json().get("variants").get(0).get("probabilityAdopted").asDouble()).isEqualTo(0.658);
    }

    @Test
    void power_values_withoutFloatNoise() {
        CliRun run = CliRun.run("power", "--council", "today", "--json");

        // 421/2145 = 0.196270396270396..., twelve significant digits
        assertThat(run.out()).contains("0.19627039627,").contains("0.0018648018648,");
        assertAtMostTwelveSignificantDigits(run.out());
    }

    private static void assertAtMostTwelveSignificantDigits(String text) {
        java.util.regex.Matcher numbers = Pattern.compile("-?\\d+\\.\\d+(E-?\\d+)?").matcher(text);
        int count = 0;
        while (numbers.find()) {
            count++;
            assertThat(new java.math.BigDecimal(numbers.group()).stripTrailingZeros().precision()).as(numbers.group())
                    .isLessThanOrEqualTo(12);
        }
        assertThat(count).isGreaterThan(3);
    }

    @Test
    void scenario_text_staysAlignedWithALongVariantName(@TempDir Path dir) throws IOException {
        String name = "Russia abstains and every elected member of the Council follows the lead of the P3 on this";
        Path file = write(dir, "long.yaml", "council: 2016-10-08\npositions: {RUS: no, default: yes}\n"
                + "probabilities: {VEN: {no: 0.5, abstain: 0.5}}\nvariants:\n  - name: " + name + "\n"
                + "    set: {RUS: abstain}\n  - name: short\n");

        CliRun run = CliRun.run("scenario", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<String> rows = run.out().lines().filter(line -> line.endsWith("method") || line.endsWith("exact")
                || line.endsWith("Monte Carlo")).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).contains(name);
        int adopted = rows.get(0).indexOf("adopted") + "adopted".length();
        int method = rows.get(0).indexOf("method");
        for (String row : rows.subList(1, rows.size())) {
            assertThat(row.charAt(adopted - 1)).as(row).isNotEqualTo(' ');
            assertThat(row.charAt(adopted)).as(row).isEqualTo(' ');
            assertThat(row.substring(method)).as(row).matches("exact|Monte Carlo");
        }
    }

    @Test
    void whatif_text_staysAlignedWithAbsentAndNonParticipatingMembers() {
        CliRun run = CliRun.run("whatif", "--council", "2016-10-08", "--yes", "EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA",
                "--no", "RUS,VEN", "--abstain", "AGO", "--absent", "CHN", "--not-participating", "URY",
                "--set", "RUS=abstain");

        assertThat(run.status()).as(run.err()).isZero();
        List<String> rows = run.out().lines().filter(line -> line.startsWith("  ")).toList();
        int after = rows.get(0).indexOf("after");
        assertThat(rows).hasSize(6);
        assertThat(rows.get(2)).contains("(1 absent, 1 not participating)");
        for (String row : rows) {
            assertThat(row.charAt(after - 1)).as(row).isEqualTo(' ');
            assertThat(row.charAt(after - 2)).as(row).isEqualTo(' ');
            assertThat(row.length()).as(row).isGreaterThan(after);
        }
    }

    // ---- write errors ---------------------------------------------------------------------------------------------

    @Test
    void run_standardOutputFails_exitsOneWithOneLine() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();

        int status = UnscCommand.run(new PrintWriter(full), new PrintWriter(err), "council", "2016");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("unsc: cannot write to standard output" + System.lineSeparator());
    }

    @Test
    void main_toDevFull_exitsNonZeroWithAMessage() throws Exception {
        File devFull = new File("/dev/full");
        assumeThat(devFull.exists()).as("/dev/full exists on Linux").isTrue();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UnscCommand.class.getName(), "council", "2016")
                .redirectOutput(devFull).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(err).isEqualTo("unsc: cannot write to standard output" + System.lineSeparator());
    }
}
