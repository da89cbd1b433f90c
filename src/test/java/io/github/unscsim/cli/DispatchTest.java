package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A call names its subcommand first: only that one is built; {@code --version} none; help and bad calls all. */
class DispatchTest {

    @Test
    void commandLine_namedSubcommand_buildsThatOneOnly() {
        assertThat(UnscCommand.commandLine("council", "2016").getSubcommands()).containsOnlyKeys("council");
        assertThat(UnscCommand.commandLine("power", "--help").getSubcommands()).containsOnlyKeys("power");
    }

    @Test
    void commandLine_helpNoCommandOrUnknown_buildsEvery() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "vote"}, {"tally"}, {"-V", "council"}}) {
            assertThat(UnscCommand.commandLine(args).getSubcommands().keySet())
                    .containsExactlyElementsOf(UnscCommand.SUBCOMMANDS.keySet());
        }
    }

    @Test
    void commandLine_versionAlone_buildsNone() {
        assertThat(UnscCommand.commandLine("-V").getSubcommands()).isEmpty();
        assertThat(UnscCommand.commandLine("--version").getSubcommands()).isEmpty();
    }

    @Test
    void subcommands_keyIsTheCommandsOwnName() {
        for (Map.Entry<String, Class<?>> entry : UnscCommand.SUBCOMMANDS.entrySet()) {
            assertThat(entry.getValue().getAnnotation(CommandLine.Command.class).name()).isEqualTo(entry.getKey());
        }
    }

    @Test
    void run_subcommandAlone_givesTheSameAsWithTheWholeTree() {
        CliRun alone = CliRun.run("council", "2016");
        CommandLine whole = UnscCommand.commandLine("help");
        java.io.StringWriter out = new java.io.StringWriter();
        whole.setOut(new java.io.PrintWriter(out));
        int status = whole.execute("council", "2016");
        assertThat(alone.status()).isEqualTo(status).isZero();
        assertThat(alone.out()).isEqualTo(out.toString()).contains("Russian Federation");
    }
}
