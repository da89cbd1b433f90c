package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code power} command: weights, files, councils, reform models, JSON and bad input. */
class PowerCommandTest {

    private static final String TODAY = "7,7,7,7,7,1,1,1,1,1,1,1,1,1,1";


    // Today's Council [39; 7×5, 1×10]: Shapley–Shubik 421/2145 and 4/2145 (sources in KnownAnswersTest)
    @Test
    void power_weightsExactJson_givesIndexPlayersValuesAndExactStrings() throws Exception {
        CliRun run = CliRun.run("power", "--weights", TODAY, "--quota", "39", "--index", "shapley-shubik", "--exact", "--json");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        assertThat(json.get("index").asText()).isEqualTo("shapley-shubik");
        assertThat(json.get("players")).hasSize(15);
        assertThat(json.get("players").get(0).asText()).isEqualTo("1");
        assertThat(json.get("values").get(0).asDouble()).isCloseTo(421.0 / 2145, org.assertj.core.data.Offset
                .offset(1e-15));
        assertThat(json.get("exact").get(0).asText()).isEqualTo("421/2145");
        assertThat(json.get("exact").get(14).asText()).isEqualTo("4/2145");
    }

    @Test
    void power_jsonWithoutExact_hasNoExactField() throws Exception {
        JsonNode json = CliRun.run("power", "--weights", TODAY, "--quota", "39", "--index", "banzhaf", "--json").json();
        assertThat(json.has("exact")).isFalse();
        assertThat(json.get("values").get(5).asDouble()).isCloseTo(84.0 / 5080, org.assertj.core.data.Offset
                .offset(1e-15));
    }

    @Test
    void power_council2016_namesTheMembers() {
        CliRun run = CliRun.run("power", "--council", "2016-10-08", "--index", "banzhaf-absolute", "--exact");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("USA").contains("53/1024").contains("VEN").contains("21/4096");
    }

    // the 1946-65 Council under the 1946 rule, 7 of 11: 76/385 and 1/462 (closed forms in KnownAnswersTest)
    @Test
    void power_council1950_usesTheRuleInForceThen() throws Exception {
        JsonNode json = CliRun.run("power", "--council", "1950", "--json", "--exact").json();
        assertThat(json.get("players")).hasSize(11);
        assertThat(json.get("exact").get(0).asText()).isEqualTo("76/385");
        assertThat(json.get("exact").get(10).asText()).isEqualTo("1/462");
        JsonNode model = CliRun.run("power", "--council", "1946-1965", "--json", "--exact").json();
        assertThat(model.get("exact")).isEqualTo(json.get("exact"));
    }

    @Test
    void power_reformModelWithQuota_usesTheQuota() throws Exception {
        JsonNode fourteen = CliRun.run("power", "--council", "ufc", "--json", "--exact").json();
        JsonNode fifteen = CliRun.run("power", "--council", "ufc", "--quota", "15", "--json", "--exact").json();
        assertThat(fourteen.get("players")).hasSize(25);
        assertThat(fourteen.get("exact").get(0).asText()).isNotEqualTo(fifteen.get("exact").get(0).asText());
    }

    @Test
    void power_ternaryIndexOnACouncil_sumsToOne() throws Exception {
        JsonNode json = CliRun.run("power", "--council", "today", "--index", "ternary-shapley-shubik", "--json").json();
        double sum = 0;
        for (JsonNode value : json.get("values")) {
            sum += value.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void power_weightsFile_readsOneWeightPerLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("weights.txt");
        Files.writeString(file, TODAY.replace(",", "\n") + "\n");
        CliRun run = CliRun.run("power", "--weights-file", file.toString(), "--quota", "39", "--exact");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("421/2145");
    }

    @Test
    void power_weightsFileWithABadLine_namesFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("weights.txt");
        Files.writeString(file, "7\n7\nseven\n1\n");
        CliRun run = CliRun.run("power", "--weights-file", file.toString(), "--quota", "9");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("unsc: " + file + ":3: 'seven' is not a weight (a whole number from 0 to "
                + "100000000; all the weights together at most 100000000)" + System.lineSeparator());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "power --weights 1,x --quota 2|--weights: item 2: 'x' is not a weight",
        "power --weights 1,,2 --quota 2|--weights: item 2: '' is not a weight",
        "power --weights 1,-2 --quota 2|--weights: item 2: '-2' is not a weight",
        "power --weights 1,2|--quota is required",
        "power --weights 1,2 --quota 4|quota 4 is not between 1 and the total weight 3",
        "power --weights 1,2 --quota 0|quota 0 is not between 1",
        "power --weights 1,2 --quota 2 --index penrose|--index: unknown index 'penrose'",
        "power --quota 2|give exactly one of --weights, --weights-file or --council",
        "power --weights 1,2 --council 2016 --quota 2|give exactly one of",
        "power --council 1900|1900",
        "power --council 2016 --quota 8|--quota cannot change the quota of the council of 2016",
        "power --council l69|--council: 'l69' is neither a year",
        "power --council ufc --quota 30|quota 30 is not between 1 and the 25 seats",
        "power --weights 1,2 --quota 2 --index ternary-banzhaf|needs --council",
        "power --weights-file /nonexistent/weights.txt --quota 2|/nonexistent/weights.txt does not exist",
        "power --weights 1,2 --quota x|--quota"})
    void power_badInput_printsOneLineAndExits2(String command, String message) {
        CliRun run = CliRun.run(command.split(" "));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("unsc: ").contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void power_tooLargeForTheIndex_isRefusedInOneLine() {
        StringBuilder weights = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            weights.append(i == 1 ? "" : ",").append(i);
        }
        CliRun run = CliRun.run("power", "--weights", weights.toString(), "--quota", "500", "--index", "johnston");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("40 players");
    }
}
