package io.github.unscsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand of {@code unsc} shares: the standard {@code --help} and {@code --version} options, and the
 * command line it writes to. A subclass's {@code @Command} adds its name and description. A plain call runs without
 * picocli's model ({@link DirectCall}), where {@link #spec} is null: a command that needs more of its model than
 * {@link #out()} is named in {@code DirectCall.PICOCLI_ONLY}.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = Version.class)
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Standard output when the command runs without picocli's model ({@link DirectCall}), else null. */
    private PrintWriter directOut;

    /**
     * Returns the command line's standard output.
     *
     * @return the writer
     */
    final PrintWriter out() {
        return directOut != null ? directOut : spec.commandLine().getOut();
    }

    /**
     * Runs the command without picocli's model, as picocli's {@code execute} would once it has set the fields.
     *
     * @param out standard output
     * @return the exit status the command returns
     * @throws Exception what the command throws
     */
    final int runWith(PrintWriter out) throws Exception {
        directOut = out;
        Integer status = call();
        return status == null ? 0 : status;
    }
}
