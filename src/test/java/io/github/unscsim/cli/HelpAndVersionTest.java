package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command's help and version, as a user first meets them: no warnings, the version printed. */
class HelpAndVersionTest {

    /** The top level (an empty path) and every subcommand, read from the command tree itself. */
    static Stream<String> commands() {
        List<String> names = new ArrayList<>();
        names.add("");
        names.addAll(new CommandLine(new UnscCommand()).getSubcommands().keySet());
        return names.stream();
    }

    /** Runs the command line in this process, capturing {@code System.err} too, where picocli prints warnings. */
    private static CliRun runCapturingSystemErr(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        CliRun run;
        try {
            run = CliRun.run(args);
        } finally {
            System.setErr(saved);
        }
        return new CliRun(run.status(), run.out(), run.err() + captured.toString(StandardCharsets.UTF_8));
    }

    /** The project's version as pom.xml gives it: the one place it is written. */
    private static String pomVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("<artifactId>unsc-sim</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(matcher.find()).as("the project's version in pom.xml").isTrue();
        return matcher.group(1);
    }

    private static String[] args(String command, String option) {
        return command.isEmpty() ? new String[] {option} : new String[] {command, option};
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void help_everyCommand_printsUsageWithoutAnyWarning(String command) {
        CliRun run = runCapturingSystemErr(args(command, "--help"));

        assertThat(run.status()).isZero();
        assertThat(run.err()).as("standard error of '%s --help'", command).isEmpty();
        assertThat(run.out()).contains("Usage: unsc" + (command.isEmpty() ? "" : " " + command));
    }

    /** Every command but picocli's own {@code help}, which has no version option. */
    static Stream<String> commandsWithVersion() {
        return commands().filter(command -> !command.equals("help"));
    }

    @ParameterizedTest(name = "{0} -V, --version")
    @MethodSource("commandsWithVersion")
    void version_everyCommand_printsTheBuildsVersion(String command) throws Exception {
        for (String option : List.of("-V", "--version")) {
            CliRun run = runCapturingSystemErr(args(command, option));

            assertThat(run.status()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).as("'%s %s'", command, option).isEqualTo("unsc-sim " + pomVersion()
                    + System.lineSeparator());
        }
    }
}
