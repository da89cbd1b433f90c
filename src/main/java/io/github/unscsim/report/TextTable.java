package io.github.unscsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text table whose columns are as wide as their widest cell, so that it stays aligned whatever a cell holds (a
 * long variant name, a tally with absent members). Columns are left-aligned unless marked right-aligned; trailing
 * spaces are cut. Not thread-safe while rows are added.
 */
public final class TextTable {

    private final String indent;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    /**
     * Creates an empty table.
     *
     * @param indent the text before every line, not null
     * @param right for each column, whether it is right-aligned (numbers); the number of columns
     */
    public TextTable(String indent, boolean... right) {
        this.indent = Objects.requireNonNull(indent, "indent");
        this.right = right.clone();
    }

    /**
     * Adds a row.
     *
     * @param cells one per column, each printed by {@link String#valueOf(Object)}
     * @return this table
     * @throws IllegalArgumentException if the number of cells is not the number of columns
     */
    public TextTable row(Object... cells) {
        if (cells.length != right.length) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + right.length
                    + " columns");
        }
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = String.valueOf(cells[i]);
        }
        rows.add(row);
        return this;
    }

    /**
     * Returns the table's lines, columns separated by two spaces.
     *
     * @return the lines, in the order the rows were added
     */
    public List<String> lines() {
        int[] width = new int[right.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(width[i] - row[i].codePointCount(0, row[i].length()));
                line.append(i == 0 ? "" : "  ").append(right[i] ? pad + row[i] : row[i] + pad);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Returns the lines, each ending in a line break. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        lines().forEach(line -> text.append(line).append(System.lineSeparator()));
        return text.toString();
    }
}
