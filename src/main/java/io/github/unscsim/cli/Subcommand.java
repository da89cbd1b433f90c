package io.github.unscsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand of {@code unsc} shares: the standard {@code --help} and {@code --version} options, and the
 * command line it writes to. A subclass's {@code @Command} adds its name and description.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = Version.class)
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * Returns the command line's standard output.
     *
     * @return the writer
     */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
