package io.github.unscsim.record;

import java.util.Objects;

/** A file of votes with bad rows: the message lists every one, and {@link #report()} holds them. */
public final class RecordFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    /**
     * Creates the exception for a report with problems.
     *
     * @param report the report, not null
     */
    public RecordFormatException(ImportReport report) {
        super(Objects.requireNonNull(report, "report").problems().size() + " bad row(s) in " + report.file()
                + ":\n" + report);
        this.report = report;
    }

    /**
     * Returns the validation report.
     *
     * @return the report, with every problem
     */
    public ImportReport report() {
        return report;
    }
}
