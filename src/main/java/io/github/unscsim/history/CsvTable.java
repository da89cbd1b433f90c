package io.github.unscsim.history;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A CSV data file read whole: a header line, then rows of as many fields; lines starting with {@code #} are
 * comments and blank lines are skipped. Fields are separated by commas and may be quoted as RFC 4180 has it: a
 * quoted field may hold commas, line breaks and doubled quotes ({@code ""} for one {@code "}). Line ends are LF
 * or CRLF. Every error names the file, the line and the column. Immutable once read.
 *
 * <p>One pass over the text, no per-character allocation: O(length of the file). Public for the {@code record}
 * package, which reads its own data files with it.
 */
public final class CsvTable {

    /** One row, with the line it starts on. Immutable. */
    public static final class Row {

        private final String file;
        private final long line;
        private final Map<String, Integer> header;
        private final String[] fields;

        private Row(String file, long line, Map<String, Integer> header, String[] fields) {
            this.file = file;
            this.line = line;
            this.header = header;
            this.fields = fields;
        }

        /**
         * Returns the file's name, as given for messages.
         *
         * @return the name
         */
        public String file() {
            return file;
        }

        /**
         * Returns the line the row starts on.
         *
         * @return the line, from 1
         */
        public long line() {
            return line;
        }

        /**
         * Returns a field as written (quotes removed).
         *
         * @param column the column
         * @return the field, or null if the table has no such column
         */
        public String value(String column) {
            Integer index = header.get(column);
            return index == null ? null : fields[index];
        }

        /**
         * Returns the fields by column name, a read-only view.
         *
         * @return the fields
         */
        public Map<String, String> values() {
            return new AbstractMap<>() {
                @Override
                public String get(Object column) {
                    Integer index = header.get(column);
                    return index == null ? null : fields[index];
                }

                @Override
                public boolean containsKey(Object column) {
                    return header.containsKey(column);
                }

                @Override
                public Set<Map.Entry<String, String>> entrySet() {
                    Map<String, String> all = new LinkedHashMap<>();
                    header.entrySet().stream().sorted(Map.Entry.comparingByValue())
                            .forEach(entry -> all.put(entry.getKey(), fields[entry.getValue()]));
                    return Collections.unmodifiableMap(all).entrySet();
                }
            };
        }

        /**
         * Returns a required field, stripped.
         *
         * @param column the column
         * @return the value
         * @throws IllegalArgumentException naming the file, line and column if the field is empty
         */
        public String text(String column) {
            String value = value(column);
            if (value == null || value.isBlank()) {
                throw error(column, "a value", "nothing");
            }
            return value.strip();
        }

        /**
         * Returns a date field.
         *
         * @param column the column
         * @param whenEmpty the date an empty field stands for, or null if the field is required
         * @return the date
         * @throws IllegalArgumentException naming the file, line and column if the field is not an ISO date
         */
        public LocalDate date(String column, LocalDate whenEmpty) {
            String value = value(column);
            if (value == null || value.isBlank()) {
                if (whenEmpty == null) {
                    throw error(column, "a date (YYYY-MM-DD)", "nothing");
                }
                return whenEmpty;
            }
            try {
                return parseDate(value.strip());
            } catch (DateTimeException e) {
                throw error(column, "a date (YYYY-MM-DD)", "'" + value + "'");
            }
        }

        /** ISO dates: YYYY-MM-DD read directly (LocalDate.parse is slow to start), any other form by LocalDate.parse. */
        private static LocalDate parseDate(String text) {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return LocalDate.of(year, month, day);
                }
            }
            return LocalDate.parse(text);
        }

        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        /**
         * Returns an error naming the file, line and column.
         *
         * @param column the column
         * @param expected what was expected
         * @param found what was found
         * @return the exception, to throw
         */
        public IllegalArgumentException error(String column, String expected, String found) {
            return new IllegalArgumentException(file + ", line " + line + ", column " + column + ": expected "
                    + expected + ", found " + found);
        }

        /**
         * Returns an error naming the file and line.
         *
         * @param message what is wrong
         * @return the exception, to throw
         */
        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ", line " + line + ": " + message);
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + Arrays.toString(fields);
        }
    }

    private CsvTable() {
    }

    /**
     * Reads every row of a CSV file that has the given columns (and maybe others).
     *
     * @param file the file's name for messages
     * @param reader the text, closed when done
     * @param columns the columns the header must have
     * @return the rows
     * @throws IllegalArgumentException if the text is malformed or lacks a column, naming the file, line and column
     * @throws UncheckedIOException if the text cannot be read
     */
    public static List<Row> read(String file, Reader reader, List<String> columns) {
        Objects.requireNonNull(reader, "reader");
        String text;
        try (reader) {
            StringBuilder all = new StringBuilder(1 << 16);
            char[] buffer = new char[1 << 16];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                all.append(buffer, 0, n);
            }
            text = all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return parse(file, text, columns);
    }

    /**
     * Reads every row of CSV text that has the given columns (and maybe others).
     *
     * @param file the file's name for messages
     * @param text the text
     * @param columns the columns the header must have
     * @return the rows
     * @throws IllegalArgumentException if the text is malformed or lacks a column, naming the file, line and column
     */
    public static List<Row> parse(String file, String text, List<String> columns) {
        Parser parser = new Parser(file, text);
        String[] names = parser.next();
        if (names == null) {
            throw new IllegalArgumentException(file + ": no header line (expected " + String.join(",", columns) + ")");
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (header.putIfAbsent(names[i].strip(), i) != null) {
                throw new IllegalArgumentException(file + ", line " + parser.rowLine + ": column '" + names[i].strip()
                        + "' named twice in the header");
            }
        }
        for (String column : columns) {
            if (!header.containsKey(column)) {
                throw new IllegalArgumentException(file + ": missing column '" + column + "' (expected "
                        + String.join(",", columns) + ")");
            }
        }
        ImmutableList.Builder<Row> rows = ImmutableList.builder();
        for (String[] fields; (fields = parser.next()) != null; ) {
            if (fields.length != names.length) {
                throw new IllegalArgumentException(file + ", line " + parser.rowLine + ": expected " + names.length
                        + " fields (" + String.join(",", names) + "), found " + fields.length);
            }
            rows.add(new Row(file, parser.rowLine, header, fields));
        }
        return rows.build();
    }

    /** Splits the text into records of fields, skipping comments and blank lines. */
    private static final class Parser {

        private final String file;
        private final String text;
        private final int length;
        private int at;
        private long line = 1;
        private int lineStart;
        long rowLine;
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder quoted = new StringBuilder();

        Parser(String file, String text) {
            this.file = file;
            this.text = text;
            this.length = text.length();
            if (length > 0 && text.charAt(0) == '\uFEFF') {
                at = 1; // a byte order mark
                lineStart = 1;
            }
        }

        /** Returns the next record's fields, or null at the end. */
        String[] next() {
            while (at < length) {
                char c = text.charAt(at);
                if (c == '#') {
                    skipLine();
                } else if (c == '\n' || c == '\r' && at + 1 < length && text.charAt(at + 1) == '\n') {
                    endLine(c == '\r' ? 2 : 1);
                } else {
                    return record();
                }
            }
            return null;
        }

        private String[] record() {
            rowLine = line;
            fields.clear();
            while (true) {
                int start = at;
                if (at < length && text.charAt(at) == '"') {
                    fields.add(quotedField());
                } else {
                    while (at < length) {
                        char c = text.charAt(at);
                        if (c == ',' || c == '\n' || c == '\r' && at + 1 < length && text.charAt(at + 1) == '\n') {
                            break;
                        }
                        if (c == '"') {
                            throw error("a quote only around a whole field (or doubled inside one)");
                        }
                        at++;
                    }
                    fields.add(text.substring(start, at));
                }
                if (at >= length) {
                    break;
                }
                char c = text.charAt(at);
                if (c == ',') {
                    at++;
                    continue;
                }
                endLine(c == '\r' ? 2 : 1);
                break;
            }
            return fields.toArray(new String[0]);
        }

        private String quotedField() {
            int open = at;
            at++;
            quoted.setLength(0);
            int from = at;
            while (true) {
                int quote = text.indexOf('"', at);
                if (quote < 0) {
                    at = open;
                    throw error("a closing quote for the field that opens here");
                }
                for (int i = at; i < quote; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                if (quote + 1 < length && text.charAt(quote + 1) == '"') {
                    quoted.append(text, from, quote + 1);
                    at = quote + 2;
                    from = at;
                    continue;
                }
                quoted.append(text, from, quote);
                at = quote + 1;
                if (at < length) {
                    char c = text.charAt(at);
                    if (c != ',' && c != '\n' && !(c == '\r' && at + 1 < length && text.charAt(at + 1) == '\n')) {
                        throw error("a comma or the end of the line after a closing quote");
                    }
                }
                return quoted.toString();
            }
        }

        private void skipLine() {
            int end = text.indexOf('\n', at);
            endLineAt(end < 0 ? length : end + 1);
        }

        private void endLine(int width) {
            endLineAt(at + width);
        }

        private void endLineAt(int next) {
            at = next;
            line++;
            lineStart = next;
        }

        private IllegalArgumentException error(String expected) {
            return new IllegalArgumentException(file + ", line " + line + ", column " + (at - lineStart + 1)
                    + ": expected " + expected);
        }
    }
}
