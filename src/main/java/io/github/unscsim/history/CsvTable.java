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
 * names the file, the line and the column. Immutable once read.
 */
final class CsvTable {

    /** One row, with the line it stands on. */
    record Row(String file, long line, Map<String, String> values) {

        /** Returns a required field. */
        String text(String column) {
            String value = values.get(column);
            if (value == null || value.isBlank()) {
                throw error(column, "a value", "nothing");
            }
            return value.strip();
        }

        /** Returns a date field; empty text gives {@code whenEmpty}. */
        LocalDate date(String column, LocalDate whenEmpty) {
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

        IllegalArgumentException error(String column, String expected, String found) {
            return new IllegalArgumentException(file + ", line " + line + ", column " + column + ": expected "
                    + expected + ", found " + found);
        }

        IllegalArgumentException error(String message) {
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
     */
    static List<Row> read(String file, Reader reader, List<String> columns) {
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
