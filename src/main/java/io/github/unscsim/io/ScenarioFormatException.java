package io.github.unscsim.io;

import java.util.Objects;

/**
 * A scenario file that cannot be read: names the file, the line and column (1-based; 0 when the error concerns the
 * whole file, e.g. a missing file or a directory) and what was expected there. Its message is one line,
 * {@code FILE:LINE:COLUMN: what was wrong}.
 */
public final class ScenarioFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The file's name. */
    private final String file;
    /** The line, 1-based, or 0 if unknown. */
    private final int line;
    /** The column, 1-based, or 0 if unknown. */
    private final int column;

    /**
     * Creates the exception.
     *
     * @param file the file's name, not null
     * @param line the line, 1-based, or 0 if unknown
     * @param column the column, 1-based, or 0 if unknown
     * @param problem what was wrong and what was expected, not null
     * @param cause the underlying error, or null
     */
    public ScenarioFormatException(String file, int line, int column, String problem, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ":" + line + ":" + column + ": "
                + Objects.requireNonNull(problem, "problem").replaceAll("\\s*\\R\\s*", " "), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /**
     * Returns the file's name.
     *
     * @return the name
     */
    public String file() {
        return file;
    }

    /**
     * Returns the line.
     *
     * @return the line, 1-based, or 0 if unknown
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column.
     *
     * @return the column, 1-based, or 0 if unknown
     */
    public int column() {
        return column;
    }
}
