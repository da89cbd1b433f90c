package io.github.unscsim.history;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.SeatType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The member states that have sat on the Council, with their English names by date, from the bundled
 * {@code names.csv}, and the one place where a text a user typed becomes a member's code. Thread-safe.
 *
 * <p>{@link #memberCode(Council, String)} takes a code in any case ({@code rus}), any name the state has had in the
 * record ({@code Union of Soviet Socialist Republics}, {@code Zaire}) or an alias from the bundled
 * {@code aliases.csv} ({@code Russia}, {@code UK}, {@code East Germany}); matching ignores case, accents,
 * punctuation, spaces and a leading "the". Every alias names exactly one code. A text that names a state not on the
 * council fails with what the record knows: that the Soviet seat passed to {@code RUS} on 24 December 1991 (or, for
 * {@code RUS} before then, that the seat was {@code SUN}'s), or when the state sat; an unknown text fails with the
 * closest codes and names ("did you mean RUS (Russian Federation)?"). Former ISO codes the record does not use (such
 * as {@code ZAR} for Zaire) are not accepted.
 */
public final class MemberStates {

    private static final String ALIASES = "aliases.csv";

    private MemberStates() {
    }

    /**
     * Returns a member state as it was named on a date.
     *
     * @param code the alpha-3 code, not null
     * @param date the date, not null
     * @return the member state, or empty if the record has no name for it on that date
     */
    public static Optional<MemberState> on(String code, LocalDate date) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        for (RecordFiles.NameRow row : RecordFiles.get().names.get(code)) {
            if (row.term().contains(date)) {
                return Optional.of(MemberState.of(code, row.name()));
            }
        }
        return Optional.empty();
    }

    /** A date as {@code 8 October 2016}; the formatter is made when a message needs it, not on every start. */
    private static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date);
    }

    /**
     * Returns a member state under its latest name in the record.
     *
     * @param code the alpha-3 code, not null
     * @return the member state
     * @throws IllegalArgumentException if the code has never sat on the Council
     */
    public static MemberState of(String code) {
        Objects.requireNonNull(code, "code");
        List<RecordFiles.NameRow> rows = RecordFiles.get().names.get(code);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("unknown member state '" + code
                    + "': no state with that code has sat on the Council");
        }
        RecordFiles.NameRow latest = rows.stream().max((a, b) -> a.term().last().compareTo(b.term().last()))
                .orElseThrow();
        return MemberState.of(code, latest.name());
    }

    /**
     * Tells whether a state with this code has sat on the Council.
     *
     * @param code the alpha-3 code, not null
     * @return true if the record names it
     */
    public static boolean isKnown(String code) {
        return RecordFiles.get().names.containsKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * Returns the code of the member of a council that a text names: its code in any case, any name it has had in
     * the record, or an alias (see the class comment).
     *
     * @param council the council, not null
     * @param text what the user typed, not null
     * @return the member's code
     * @throws IllegalArgumentException if the text is blank, names no member of the council (saying what the record
     *     knows of the state it names, or suggesting the closest codes), or could name more than one state
     */
    public static String memberCode(Council council, String text) {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(text, "text");
        String typed = text.strip();
        if (typed.isEmpty()) {
            throw new IllegalArgumentException("an empty member code (expected an alpha-3 code such as FRA)");
        }
        String upper = typed.toUpperCase(Locale.ROOT);
        if (council.contains(upper)) {
            return upper;
        }
        String key = key(typed);
        for (MemberState member : council.members()) {
            if (key(member.name()).equals(key)) {
                return member.code();
            }
        }
        Set<String> codes = Index.INSTANCE.codes.get(key);
        if (codes.size() > 1) {
            throw ambiguous(typed, codes);
        }
        if (codes.size() == 1) {
            String code = codes.iterator().next();
            if (council.contains(code)) {
                return code;
            }
            List<String> near = suggestions(council, key, true);
            throw new IllegalArgumentException(describe(code) + " is not a member of " + council.name() + ": "
                    + history(code, council) + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near)
                    + "?"));
        }
        List<String> near = suggestions(council, key, false);
        throw new IllegalArgumentException("'" + typed + "' is not a member of " + council.name()
                + ": no state with that code or name has sat on the Council"
                + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?"));
    }

    /**
     * Returns the code of a state that has sat on the Council, on any date: its code in any case, any name it has
     * had in the record, or an alias (see the class comment). For a filter over the whole record, where no one
     * council is known.
     *
     * @param text what the user typed, not null
     * @return the state's code
     * @throws IllegalArgumentException if the text is blank, could name more than one state, or names no state that
     *     has sat on the Council (suggesting the closest codes)
     */
    public static String anyCode(String text) {
        Objects.requireNonNull(text, "text");
        String typed = text.strip();
        if (typed.isEmpty()) {
            throw new IllegalArgumentException("an empty member code (expected an alpha-3 code such as FRA)");
        }
        String key = key(typed);
        Set<String> codes = Index.INSTANCE.codes.get(key);
        if (codes.size() == 1) {
            return codes.iterator().next();
        }
        if (codes.size() > 1) {
            throw ambiguous(typed, codes);
        }
        List<String> near = suggestions(null, key, false);
        throw new IllegalArgumentException("'" + typed + "' names no state that has sat on the Council (expected an "
                + "alpha-3 code such as RUS, or a name the state has had)"
                + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?"));
    }

    /**
     * Returns every text that names a state in {@link #memberCode(Council, String)}: its code, each name it has had
     * in the record, oldest first, and its aliases.
     *
     * @param code the alpha-3 code, not null
     * @return the spellings, the code first; only the code for a state the record does not know
     */
    public static List<String> spellings(String code) {
        Objects.requireNonNull(code, "code");
        Set<String> result = new LinkedHashSet<>();
        result.add(code);
        RecordFiles.get().names.get(code).stream().sorted(Comparator.comparing(row -> row.term().first()))
                .forEach(row -> result.add(row.name()));
        result.addAll(Index.INSTANCE.aliases.get(code));
        return List.copyOf(result);
    }

    private static IllegalArgumentException ambiguous(String typed, Set<String> codes) {
        return new IllegalArgumentException("'" + typed + "' could name " + codes.stream()
                .map(MemberStates::describe).collect(Collectors.joining(" or ")) + ": give the code");
    }

    /** What the record knows of a state that is not on a council: the seat it passed on or took over, its terms. */
    private static String history(String code, Council council) {
        List<RecordFiles.SeatRow> rows = RecordFiles.get().seats.stream().filter(row -> row.code().equals(code))
                .sorted(Comparator.comparing(row -> row.term().first())).toList();
        for (RecordFiles.SeatRow row : rows) {
            if (row.type() != SeatType.PERMANENT) {
                continue;
            }
            LocalDate date = council.date().orElse(null);
            if (!row.term().isOpen() && (date == null || date.isAfter(row.term().last()))) {
                Optional<RecordFiles.SeatRow> next = permanentSeatStarting(row.term().last().plusDays(1));
                if (next.isPresent()) {
                    return "its permanent seat passed to " + describe(next.get().code()) + " on "
                            + day(next.get().term().first());
                }
            }
            if (date == null || date.isBefore(row.term().first())) {
                Optional<RecordFiles.SeatRow> before = RecordFiles.get().seats.stream()
                        .filter(other -> other.type() == SeatType.PERMANENT && !other.term().isOpen()
                                && other.term().last().plusDays(1).equals(row.term().first())).findFirst();
                if (before.isPresent()) {
                    return "its permanent seat was held by " + describe(before.get().code()) + " until "
                            + day(before.get().term().last());
                }
                return "it holds a permanent seat from " + day(row.term().first());
            }
        }
        if (rows.isEmpty()) {
            return "it has never held a seat";
        }
        return "it sat on the Council in " + rows.stream().map(row -> years(row)).distinct()
                .collect(Collectors.joining(", "));
    }

    private static Optional<RecordFiles.SeatRow> permanentSeatStarting(LocalDate first) {
        return RecordFiles.get().seats.stream()
                .filter(row -> row.type() == SeatType.PERMANENT && row.term().first().equals(first)).findFirst();
    }

    private static String years(RecordFiles.SeatRow row) {
        int first = row.term().first().getYear();
        int last = row.term().isOpen() ? Councils.LAST_DATE.getYear() : row.term().last().getYear();
        return first == last ? Integer.toString(first) : first + "\u2013" + last;
    }

    private static String describe(String code) {
        return isKnown(code) ? code + " (" + of(code).name() + ")" : code;
    }

    /**
     * The codes whose code, names or aliases are closest to the key (a spelling that contains a key of four letters
     * or more counts as closest), the council's members first; at most three, all at the smallest distance found.
     * With {@code councilOnly}, for a text that already named a state: only members whose spellings contain it.
     * With no council (null), the states of every council alike.
     */
    private static List<String> suggestions(Council council, String key, boolean councilOnly) {
        if (key.isEmpty()) {
            return List.of();
        }
        Predicate<String> sits = code -> council != null && council.contains(code);
        Map<String, Integer> distance = new TreeMap<>();
        for (MemberState member : council == null ? List.<MemberState>of() : council.members()) {
            for (String spelling : List.of(member.code(), member.name())) {
                distance.merge(member.code(), distance(key, key(spelling)), Math::min);
            }
        }
        Index.INSTANCE.codes.forEach((spelling, code) -> {
            if (!councilOnly || sits.test(code)) {
                distance.merge(code, distance(key, spelling), Math::min);
            }
        });
        int limit = councilOnly ? 0 : key.length() <= 4 ? 1 : key.length() <= 8 ? 2 : 3;
        int best = distance.values().stream().min(Integer::compare).orElse(limit + 1);
        return distance.entrySet().stream().filter(entry -> entry.getValue() == best && best <= limit)
                .sorted(Comparator.comparing(entry -> !sits.test(entry.getKey())))
                .limit(3).map(entry -> sits.test(entry.getKey())
                        ? entry.getKey() + " (" + council.member(entry.getKey()).name() + ")"
                        : describe(entry.getKey())).toList();
    }

    private static int distance(String key, String spelling) {
        return key.length() >= 4 && spelling.contains(key) ? 0 : editDistance(key, spelling);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The text as matching compares it: lower case, no accents, no leading "the", letters and digits only. */
    static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip().replaceFirst("^the\\s+", "");
        return plain.replaceAll("[^a-z0-9]", "");
    }

    /** Every code, name and alias of the record, by key; read once, on first use. */
    private static final class Index {

        static final Index INSTANCE = new Index();

        final ImmutableSetMultimap<String, String> codes;
        final ImmutableListMultimap<String, String> aliases;

        private Index() {
            ImmutableSetMultimap.Builder<String, String> byKey = ImmutableSetMultimap.builder();
            RecordFiles.get().names.forEach((code, row) -> {
                byKey.put(key(code), code);
                byKey.put(key(row.name()), code);
            });
            ImmutableListMultimap.Builder<String, String> byCode = ImmutableListMultimap.builder();
            List<CsvTable.Row> rows = CsvTable.read(ALIASES, open(), List.of("alias", "code", "note"));
            ImmutableSetMultimap<String, String> known = byKey.build();
            ImmutableSetMultimap.Builder<String, String> all = ImmutableSetMultimap.<String, String>builder()
                    .putAll(known);
            List<String> seen = new ArrayList<>();
            for (CsvTable.Row row : rows) {
                String alias = row.text("alias");
                String code = row.text("code");
                if (!isKnown(code)) {
                    throw row.error("code", "a code of names.csv", "'" + code + "'");
                }
                Set<String> clash = known.get(key(alias));
                if (seen.contains(key(alias)) || !clash.isEmpty() && !clash.equals(Set.of(code))) {
                    throw row.error("alias", "an alias that names one state only", "'" + alias + "'");
                }
                seen.add(key(alias));
                all.put(key(alias), code);
                byCode.put(code, alias);
            }
            this.codes = all.build();
            this.aliases = byCode.build();
        }

        private static InputStreamReader open() {
            InputStream in = MemberStates.class.getResourceAsStream(ALIASES);
            if (in == null) {
                throw new IllegalStateException("the bundled data file " + ALIASES + " is missing from the jar");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }
}
