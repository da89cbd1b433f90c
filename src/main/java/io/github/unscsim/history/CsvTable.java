package io.github.unscsim.history;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CSV data file read whole: a header line, then rows; lines starting with {@code #} are comments. Every error
 * names the file, the line and the column. Immutable once read. Public for the {@code record} package, which reads
 * its own data files with it.
 */
public final class CsvTable {

    /**
     * One row, with the line it stands on.
     *
     * @param file the file's name for messages
     * @param line the line the row stands on, from 1
     * @param values the fields by column name
     */
    public record Row(String file, long line, Map<String, String> values) {

        /**
         * Returns a required field, stripped.
         *
         * @param column the column
         * @return the value
         * @throws IllegalArgumentException naming the file, line and column if the field is empty
         */
        public String text(String column) {
            String value = values.get(column);
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
            String value = values.get(column);
            if (value == null || value.isBlank()) {
                if (whenEmpty == null) {
                    throw error(column, "a date (YYYY-MM-DD)", "nothing");
                }
                return whenEmpty;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw error(column, "a date (YYYY-MM-DD)", "'" + value + "'");
            }
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
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTable() {
    }

    /**
     * Reads every row of a CSV file that has the given columns.
     *
     * @param file the file's name for messages
     * @param reader the text, closed when done
     * @param columns the columns the header must have
     * @return the rows
     * @throws IllegalArgumentException naming the file if a column is missing or the text is not CSV
     */
    public static List<Row> read(String file, Reader reader, List<String> columns) {
        Objects.requireNonNull(reader, "reader");
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        ImmutableList.Builder<Row> rows = ImmutableList.builder();
        try (reader; MappingIterator<Map<String, String>> iterator = MAPPER.readerForMapOf(String.class)
                .with(schema).readValues(reader)) {
            while (iterator.hasNextValue()) {
                long line = iterator.getParser().currentLocation().getLineNr();
                Map<String, String> values = iterator.nextValue();
                for (String column : columns) {
                    if (!values.containsKey(column)) {
                        throw new IllegalArgumentException(file + ": missing column '" + column + "' (expected "
                                + String.join(",", columns) + ")");
                    }
                }
                rows.add(new Row(file, line, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return rows.build();
    }
}
