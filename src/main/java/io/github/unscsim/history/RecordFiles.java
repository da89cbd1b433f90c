package io.github.unscsim.history;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.SeatType;
import io.github.unscsim.model.Term;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The bundled data files, read once on first use. */
final class RecordFiles {

    /** One row of {@code seats.csv}. */
    record SeatRow(String code, SeatType type, Term term) {
    }

    /** One row of {@code names.csv}. */
    record NameRow(String code, String name, Term term) {
    }

    static final String SEATS = "seats.csv";
    static final String NAMES = "names.csv";

    private static final RecordFiles INSTANCE = load();

    final List<SeatRow> seats;
    final ImmutableListMultimap<String, NameRow> names;

    private RecordFiles(List<SeatRow> seats, ImmutableListMultimap<String, NameRow> names) {
        this.seats = seats;
        this.names = names;
    }

    static RecordFiles get() {
        return INSTANCE;
    }

    private static RecordFiles load() {
        ImmutableList.Builder<SeatRow> seats = ImmutableList.builder();
        for (CsvTable.Row row : CsvTable.read(SEATS, open(SEATS), List.of("code", "type", "from", "to", "source"))) {
            String code = code(row);
            SeatType type;
            try {
                type = SeatType.valueOf(row.text("type").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("type", "permanent or elected", "'" + row.text("type") + "'");
            }
            seats.add(new SeatRow(code, type, term(row)));
        }
        ImmutableListMultimap.Builder<String, NameRow> names = ImmutableListMultimap.builder();
        for (CsvTable.Row row : CsvTable.read(NAMES, open(NAMES), List.of("code", "name", "from", "to", "source"))) {
            String code = code(row);
            names.put(code, new NameRow(code, row.text("name"), term(row)));
        }
        return new RecordFiles(seats.build(), names.build());
    }

    private static String code(CsvTable.Row row) {
        String code = row.text("code");
        try {
            return MemberState.checkCode(code);
        } catch (IllegalArgumentException e) {
            throw row.error("code", "an alpha-3 code", "'" + code + "'");
        }
    }

    private static Term term(CsvTable.Row row) {
        LocalDate from = row.date("from", null);
        LocalDate to = row.date("to", LocalDate.MAX);
        if (to.isBefore(from)) {
            throw row.error("the term ends (" + to + ") before it begins (" + from + ")");
        }
        return Term.of(from, to);
    }

    private static InputStreamReader open(String file) {
        InputStream in = RecordFiles.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("the bundled data file " + file + " is missing from the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
