package io.github.unscsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code unsc}: its subcommands do the work. Bad input (an unknown command or option, a malformed
 * value, a member named twice) prints one line on standard error and exits with status 2, with no stack trace.
 */
@Command(name = "unsc", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulates votes in the UN Security Council.",
        subcommands = {CouncilCommand.class, VoteCommand.class, ScenarioCommand.class, WhatIfCommand.class,
                PivotsCommand.class, PowerCommand.class, MembersCommand.class,
                RecordCommand.class,
                VotesCommand.class,
                VetoesCommand.class,
                ReplayCommand.class,
                ImportCommand.class,
                CommandLine.HelpCommand.class})
public final class UnscCommand implements Callable<Integer> {

    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    /** Creates the command; picocli calls this. */
    public UnscCommand() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command line, writing to the given streams.
     *
     * @param out standard output, not null
     * @param err standard error, not null
     * @param args the arguments
     * @return the exit status: 0 on success, 2 on bad input, 1 on an internal error or when standard output
     *     cannot be written
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new UnscCommand());
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler((ex, arguments) -> {
            String message = ex.getMessage();
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
                    && unmatched.getCommandLine().getCommandSpec().parent() == null
                    && !unmatched.getUnmatched().isEmpty()) {
                message = "unknown command '" + unmatched.getUnmatched().get(0) + "' (expected one of "
                        + String.join(", ", unmatched.getCommandLine().getSubcommands().keySet()) + ")";
            }
            err.println("unsc: " + oneLine(message));
            return BAD_INPUT;
        });
        line.setExecutionExceptionHandler((ex, command, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                err.println("unsc: " + oneLine(ex.getMessage()));
                return BAD_INPUT;
            }
            err.println("unsc: internal error: " + oneLine(String.valueOf(ex)));
            return 1;
        });
        int status = line.execute(args);
        out.flush();
        if (out.checkError()) {
            // a PrintWriter keeps write errors (a full disk, /dev/full) to itself until asked
            err.println("unsc: cannot write to standard output");
            status = status == 0 ? 1 : status;
        }
        err.flush();
        return status;
    }

    private static String oneLine(String message) {
        return message == null ? "bad input" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** With no subcommand, fails with the list of commands. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: expected one of " + String.join(", ", spec.subcommands().keySet()));
    }
}
