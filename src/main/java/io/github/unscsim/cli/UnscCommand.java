package io.github.unscsim.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code unsc}: its subcommands do the work. Bad input (an unknown command or option, a malformed
 * value, a member named twice) prints one line on standard error and exits with status 2, with no stack trace.
 *
 * <p>The subcommands are registered in {@link #SUBCOMMANDS}, not in the annotation: a call whose first argument
 * names a subcommand builds that one alone (picocli reads a command's annotations by reflection, and building
 * every command for one call was most of the start-up time); {@code --version} alone builds none; anything else
 * ({@code --help}, {@code help vote}, no command, an unknown one) builds them all. A plain call of a subcommand
 * skips picocli's model altogether ({@link DirectCall}): its fields are set from the same annotations.
 */
@Command(name = "unsc", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulates votes in the UN Security Council.")
public final class UnscCommand implements Callable<Integer> {

    /** Every subcommand by its name, in the order the help lists them: a new one is one line here. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("council", CouncilCommand.class);
        commands.put("vote", VoteCommand.class);
        commands.put("rollcall", RollCallCommand.class);
        commands.put("scenario", ScenarioCommand.class);
        commands.put("whatif", WhatIfCommand.class);
        commands.put("pivots", PivotsCommand.class);
        commands.put("power", PowerCommand.class);
        commands.put("members", MembersCommand.class);
        commands.put("record", RecordCommand.class);
        commands.put("votes", VotesCommand.class);
        commands.put("vetoes", VetoesCommand.class);
        commands.put("replay", ReplayCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("serve", ServeCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return commands;
    }

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
        return run(out, err, true, args);
    }

    /** Runs the command line; {@code direct} false has picocli parse every call (the tests compare the two). */
    static int run(PrintWriter out, PrintWriter err, boolean direct, String... args) {
        int status;
        Subcommand command = direct ? DirectCall.parse(args) : null;
        if (command != null) {
            try {
                status = command.runWith(out);
            } catch (Exception ex) {
                status = failed(ex, err);
            }
        } else {
            CommandLine line = commandLine(args);
            line.setOut(out);
            line.setErr(err);
            line.setParameterExceptionHandler(new BadInput(err));
            line.setExecutionExceptionHandler(new Failure(err));
            status = line.execute(args);
        }
        out.flush();
        if (out.checkError()) {
            // a PrintWriter keeps write errors (a full disk, /dev/full) to itself until asked
            err.println("unsc: cannot write to standard output");
            status = status == 0 ? 1 : status;
        }
        err.flush();
        return status;
    }

    /*
     * The two handlers are classes, not lambdas: a lambda implementing one of picocli's interfaces (Java 5 class
     * files) keeps picocli's main class out of the class-data-sharing archive (see src/build/launcher.sh).
     */

    /** Bad input found while parsing: one line on standard error, status 2. */
    private static final class BadInput implements CommandLine.IParameterExceptionHandler {

        private final PrintWriter err;

        BadInput(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] arguments) {
            String message = ex.getMessage();
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
                    && unmatched.getCommandLine().getCommandSpec().parent() == null
                    && !unmatched.getUnmatched().isEmpty()) {
                message = "unknown command '" + unmatched.getUnmatched().get(0) + "' (expected one of "
                        + String.join(", ", unmatched.getCommandLine().getSubcommands().keySet()) + ")";
            }
            err.println("unsc: " + oneLine(message));
            return BAD_INPUT;
        }
    }

    /** A command failed: {@link #failed(Exception, PrintWriter)}. */
    private static final class Failure implements CommandLine.IExecutionExceptionHandler {

        private final PrintWriter err;

        Failure(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine command, CommandLine.ParseResult parseResult) {
            return failed(ex, err);
        }
    }

    /** Reports what a command threw: bad input (an {@link IllegalArgumentException}) is status 2, anything else 1. */
    private static int failed(Exception ex, PrintWriter err) {
        if (ex instanceof IllegalArgumentException) {
            err.println("unsc: " + oneLine(ex.getMessage()));
            return BAD_INPUT;
        }
        err.println("unsc: internal error: " + oneLine(String.valueOf(ex)));
        return 1;
    }

    /**
     * The top command with the subcommand {@code args[0]} names; with none for {@code -V} or {@code --version}
     * alone; with every subcommand otherwise.
     */
    static CommandLine commandLine(String... args) {
        CommandLine line = new CommandLine(new UnscCommand());
        if (args.length == 1 && ("-V".equals(args[0]) || "--version".equals(args[0]))) {
            return line;
        }
        Class<?> only = args.length == 0 || "help".equals(args[0]) ? null : SUBCOMMANDS.get(args[0]);
        if (only != null) {
            line.addSubcommand(args[0], only);
        } else {
            for (Map.Entry<String, Class<?>> command : SUBCOMMANDS.entrySet()) {
                line.addSubcommand(command.getKey(), command.getValue());
            }
        }
        return line;
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
