package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.power.WeightedGame;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code power --weights} and {@code --weights-file}: the documented format (one weight per line, {@code #} comments,
 * blank lines skipped) and a limit message that tells the truth.
 */
class WeightsOptionTest {

    private static void assertOneLineError(CliRun run, String message) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("unsc: ").contains(message).doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    // Today's Council [39; 7×5, 1×10]: Shapley–Shubik 421/2145 (sources in KnownAnswersTest)
    @Test
    void weightsFile_commentsAndBlankLines_areSkipped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("today.txt");
        Files.writeString(file, "# today's Council: five permanent members, ten elected\n\n"
                + "7 # CHN\n7\n7\n7\n7\n   \n" + "1\n".repeat(10) + "# end\n");

        CliRun run = CliRun.run("power", "--weights-file", file.toString(), "--quota", "39", "--exact");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("15 players, quota 39").contains("421/2145");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7 7", "7,7", "seven", "-7", "7.0"})
    void weightsFile_anythingElseOnALine_namesTheFileAndLine(String line, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("weights.txt");
        Files.writeString(file, "# header\n7\n\n" + line + " # comment\n1\n");

        assertOneLineError(CliRun.run("power", "--weights-file", file.toString(), "--quota", "5"),
                file + ":4: '" + line + "' is not a weight");
    }

    @Test
    void weightsFile_onlyComments_hasNoWeights(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, "# nothing\n\n");

        assertOneLineError(CliRun.run("power", "--weights-file", file.toString(), "--quota", "1"), "has no weights");
    }

    @Test
    void weightsFile_aDirectoryOrBinaryFile_saysSo(@TempDir Path dir) throws Exception {
        assertOneLineError(CliRun.run("power", "--weights-file", dir.toString(), "--quota", "1"),
                "cannot read " + dir + " (it is a directory)");
        Path binary = dir.resolve("weights.bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, '1', '\n'});
        assertOneLineError(CliRun.run("power", "--weights-file", binary.toString(), "--quota", "1"),
                "cannot read " + binary + " (not UTF-8 text)");
    }

    @Test
    void weights_overTheLimit_theMessageStatesTheLimitThatIsApplied() {
        long limit = WeightedGame.MAX_TOTAL_WEIGHT;
        // one weight above the limit: refused as a weight, with the limit the game applies
        assertOneLineError(CliRun.run("power", "--weights", "999999999,1", "--quota", "2"),
                "item 1: '999999999' is not a weight (a whole number from 0 to " + limit
                        + "; all the weights together at most " + limit + ")");
        // each weight within the limit, the total above it: refused by the game, with the same limit
        assertOneLineError(CliRun.run("power", "--weights", limit + ",1", "--quota", "2"),
                "total weight " + (limit + 1) + " is more than " + limit);
        // at the limit: accepted
        CliRun run = CliRun.run("power", "--weights", (limit - 1) + ",1", "--quota", "2", "--index", "banzhaf");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("2 players, quota 2");
    }
}
