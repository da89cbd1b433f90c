package io.github.unscsim.cli;

import io.github.unscsim.record.ImportReport;
import io.github.unscsim.record.RecordFormat;
import io.github.unscsim.record.VotingRecord;
import picocli.CommandLine.Option;

/**
 * The record a command reads: the bundled one, or a file of the user's in its place ({@code --record FILE}, in the
 * form {@code --record-format} names), shared by every command over the record.
 */
final class RecordOptions {

    @Option(names = "--record", paramLabel = "FILE",
            description = "read the votes from FILE in place of the bundled record (your own data; check it first "
                    + "with the import command)")
    String file;

    @Option(names = "--record-format", paramLabel = "FORMAT", defaultValue = "unsc",
            description = "the form of --record FILE: unsc (the bundle's CSV form, the default) or undl (the Dag "
                    + "Hammarskjöld Library's voting data)")
    String format;

    /**
     * Returns the record to query.
     *
     * @return the bundled record, or the file's
     * @throws IllegalArgumentException if the file cannot be read or has bad rows (naming the first and how many)
     */
    VotingRecord record() {
        RecordFormat form = RecordFormat.parse(format);
        if (file == null) {
            if (form != RecordFormat.UNSC) {
                throw new IllegalArgumentException("--record-format " + format + " needs --record FILE");
            }
            return VotingRecord.bundled();
        }
        ImportReport report = VoteFiles.read(file, form, System.in);
        if (!report.isValid()) {
            throw new IllegalArgumentException("--record " + file + ": " + report.problems().size()
                    + " problem(s), the first " + report.problems().get(0) + " (unsc import " + file
                    + " lists them all)");
        }
        return report.record().orElseThrow();
    }
}
