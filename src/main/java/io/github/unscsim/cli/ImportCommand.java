package io.github.unscsim.cli;

import io.github.unscsim.io.Json;
import io.github.unscsim.record.ImportReport;
import io.github.unscsim.record.RecordFormat;
import io.github.unscsim.report.RecordReports;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import FILE [--format unsc|undl] [--json]}: checks a file of votes and reports every bad row. */
@Command(name = "import", description = {"Reads and checks a file of votes, as --record FILE on the other commands "
                + "would, and prints the validation report: every bad row as FILE:LINE: reason (an unknown code, a "
                + "member not on the council that day or named twice, a tally that contradicts the per-member votes, "
                + "an outcome that contradicts the rule in force, a bad date, a symbol already used), then the counts.",
        "Exit status 0 if every row is good, 2 if any is bad (nothing is dropped silently)."})
final class ImportCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", description = "the file (UTF-8), or - for standard input")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "unsc",
            description = "unsc (the bundled record's CSV form, the default) or undl (the Dag Hammarskjöld "
                    + "Library's Security Council voting data as published: one row per member per resolution)")
    String format;

    @Option(names = "--json", description = "print JSON: file, format, valid, rows, votes, badRows, problems (each "
            + "file, line, reason)")
    boolean json;

    @Override
    public Integer call() {
        RecordFormat form = OptionValues.read("--format", () -> RecordFormat.parse(format));
        ImportReport report = VoteFiles.read(file, form, System.in);
        PrintWriter out = out();
        long bad = RecordReports.badRows(report);
        if (json) {
            out.println(Json.write(RecordReports.importReport(report)));
        } else {
            report.problems().forEach(out::println);
            out.println(report.file() + " (" + form.label() + "): " + report.rows()
                    + (report.rows() == 1 ? " row read, " : " rows read, ")
                    + (report.isValid() ? votes(report.record().orElseThrow().size()) + ", no problems"
                            : bad + (bad == 1 ? " bad row, " : " bad rows, ") + report.problems().size()
                            + (report.problems().size() == 1 ? " problem" : " problems") + "; nothing imported"));
        }
        if (report.isValid()) {
            return 0;
        }
        spec.commandLine().getErr().println("unsc: " + report.file() + ": " + report.problems().size()
                + (report.problems().size() == 1 ? " problem" : " problems") + " (listed on standard output)");
        return UnscCommand.BAD_INPUT;
    }

    private static String votes(int count) {
        return count + (count == 1 ? " vote" : " votes");
    }
}
