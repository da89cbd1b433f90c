package io.github.unscsim.record;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.unscsim.history.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record of the Council's votes: the bundled one ({@link #bundled()}), a researcher's file
 * ({@link #read(Path)}), or both merged ({@link #mergedWith(VotingRecord)}). Looking a vote up by any of its symbols
 * takes one hash lookup; {@link #select(Query)} filters; {@link Statistics} counts. Immutable and thread-safe.
 *
 * <pre>{@code
 * VotingRecord record = VotingRecord.bundled();
 * RecordedVote vote = record.get("2334 (2016)");           // or "S/RES/2334", "S/RES/2334 (2016)"
 * List<RecordedVote> vetoes = record.select(Query.all().vetoedBy("RUS").from(LocalDate.of(2011, 1, 1)));
 * Replay replay = Replay.inForce(record.get("S/2016/846"));
 * }</pre>
 */
public final class VotingRecord {

    /** The folder of the bundled files, on the class path. */
    public static final String BUNDLE = "/io/github/unscsim/record/";

    private static final Pattern RESOLUTION = Pattern.compile("(?:S/RES/)?\\s*([1-9]\\d*)\\s*(?:\\((\\d{4})\\))?");

    private final ImmutableList<RecordedVote> votes;
    private final ImmutableMap<String, RecordedVote> byId;
    private final ImmutableMap<String, RecordedVote> byDraft;
    private final ImmutableMap<Integer, RecordedVote> byResolution;
    private final ImmutableMap<String, Source> sources;
    private final ImmutableList<Disagreement> disagreements;

    private VotingRecord(Collection<RecordedVote> votes, Map<String, Source> sources, List<Disagreement> disagreements) {
        this.votes = ImmutableList.copyOf(votes);
        Map<String, RecordedVote> ids = new HashMap<>();
        Map<String, RecordedVote> drafts = new HashMap<>();
        Map<Integer, RecordedVote> resolutions = new HashMap<>();
        for (RecordedVote vote : this.votes) {
            unique(ids, vote.id(), vote, "id");
            vote.draftSymbol().ifPresent(symbol -> unique(drafts, symbol, vote, "draft"));
            if (vote.resolution().isPresent()) {
                unique(resolutions, vote.resolution().getAsInt(), vote, "resolution");
            }
        }
        this.byId = ImmutableMap.copyOf(ids);
        this.byDraft = ImmutableMap.copyOf(drafts);
        this.byResolution = ImmutableMap.copyOf(resolutions);
        this.sources = ImmutableMap.copyOf(sources);
        this.disagreements = ImmutableList.copyOf(disagreements);
    }

    /** Votes already indexed, each key checked unique where it was read ({@link Imports}). */
    private VotingRecord(List<RecordedVote> votes, Map<String, Imports.Parsed> ids,
            Map<String, Imports.Parsed> drafts, Map<Integer, Imports.Parsed> resolutions) {
        this.votes = ImmutableList.copyOf(votes);
        this.byId = index(ids);
        this.byDraft = index(drafts);
        this.byResolution = index(resolutions);
        this.sources = ImmutableMap.of();
        this.disagreements = ImmutableList.of();
    }

    private static <K> ImmutableMap<K, RecordedVote> index(Map<K, Imports.Parsed> rows) {
        ImmutableMap.Builder<K, RecordedVote> index = ImmutableMap.builderWithExpectedSize(rows.size());
        rows.forEach((key, row) -> index.put(key, row.vote()));
        return index.buildOrThrow();
    }

    /**
     * A record of votes read from a file, whose ids, draft symbols and resolution numbers the reader has found
     * unique and indexed: the maps hold exactly these votes.
     */
    static VotingRecord indexed(List<RecordedVote> votes, Map<String, Imports.Parsed> ids,
            Map<String, Imports.Parsed> drafts, Map<Integer, Imports.Parsed> resolutions) {
        return new VotingRecord(votes, ids, drafts, resolutions);
    }

    /** The same votes and indexes as {@code record}, with these sources and disagreements. */
    private VotingRecord(VotingRecord record, Map<String, Source> sources, List<Disagreement> disagreements) {
        this.votes = record.votes;
        this.byId = record.byId;
        this.byDraft = record.byDraft;
        this.byResolution = record.byResolution;
        this.sources = ImmutableMap.copyOf(sources);
        this.disagreements = ImmutableList.copyOf(disagreements);
    }

    private static <K> void unique(Map<K, RecordedVote> map, K key, RecordedVote vote, String what) {
        RecordedVote previous = map.putIfAbsent(key, vote);
        if (previous != null) {
            throw new IllegalArgumentException("two votes have the " + what + " " + key + ": " + previous.id()
                    + " and " + vote.id());
        }
    }

    /**
     * Returns a record of the given votes, in the given order, without sources.
     *
     * @param votes the votes, not null
     * @return the record
     * @throws IllegalArgumentException if two votes share an id, a draft symbol or a resolution number
     */
    public static VotingRecord of(Collection<RecordedVote> votes) {
        return new VotingRecord(votes, Map.of(), List.of());
    }

    /**
     * Returns the bundled record ({@code votes.csv}, {@code sources.csv}, {@code disagreements.csv} in
     * {@link #BUNDLE}), read and checked once, on first use.
     *
     * @return the record
     * @throws IllegalStateException if a bundled file is missing or has a bad row (listing every one)
     */
    public static VotingRecord bundled() {
        return BUNDLED.get();
    }

    /** The bundled record, loaded when first asked for; a failed load is not kept, so each call reports it. */
    private static final Loaded BUNDLED = new Loaded(VotingRecord::loadBundle);

    /**
     * A value loaded once, on first use, thread-safe; a load that fails keeps nothing, and each later call tries
     * again and throws its own clear exception (never a {@link NoClassDefFoundError} from a failed class
     * initialisation).
     */
    static final class Loaded {

        private final java.util.function.Supplier<VotingRecord> loader;
        private volatile VotingRecord value;

        Loaded(java.util.function.Supplier<VotingRecord> loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
        }

        VotingRecord get() {
            VotingRecord loaded = value;
            if (loaded == null) {
                synchronized (this) {
                    loaded = value;
                    if (loaded == null) {
                        try {
                            loaded = Objects.requireNonNull(loader.get(), "the loaded record");
                        } catch (IllegalStateException e) {
                            throw e;
                        } catch (RuntimeException e) {
                            throw new IllegalStateException("the bundled record could not be loaded: "
                                    + e.getMessage(), e);
                        }
                        value = loaded;
                    }
                }
            }
            return loaded;
        }
    }

    /**
     * Reads and checks the bundled files afresh (what {@link #bundled()} does once).
     *
     * @return the record
     * @throws IllegalStateException if a bundled file is missing or has a bad row
     */
    public static VotingRecord loadBundle() {
        return loadBundle(BUNDLE);
    }

    /** Reads and checks the files in a folder of the class path ({@link #BUNDLE}, or another for tests). */
    static VotingRecord loadBundle(String folder) {
        ImportReport report = RecordFormat.UNSC.read("votes.csv", open(folder, "votes.csv"));
        if (!report.isValid()) {
            throw new IllegalStateException("the bundled record has bad rows:\n" + report);
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.read("sources.csv", open(folder, "sources.csv"),
                List.of("key", "title", "publisher", "url", "version", "licence"))) {
            Source source = new Source(row.text("key"), Imports.field(row, "title"), Imports.field(row, "publisher"),
                    Imports.field(row, "url"), Imports.field(row, "version"), Imports.field(row, "licence"));
            if (sources.putIfAbsent(source.key(), source) != null) {
                throw new IllegalStateException(row.error("key", "a key not used before", source.key()).getMessage());
            }
        }
        VotingRecord votes = report.record().orElseThrow();
        List<String> undefined = new ArrayList<>();
        for (RecordedVote vote : votes.votes) {
            vote.sources().stream().filter(key -> !sources.containsKey(key))
                    .forEach(key -> undefined.add(vote.id() + " names source " + key));
        }
        if (!undefined.isEmpty()) {
            throw new IllegalStateException("votes.csv names sources sources.csv does not define: " + undefined);
        }
        List<Disagreement> disagreements = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read("disagreements.csv", open(folder, "disagreements.csv"),
                List.of("id", "field", "kept", "alternatives", "reason"))) {
            Disagreement disagreement = new Disagreement(row.text("id"), row.text("field"),
                    Imports.field(row, "kept"), Imports.field(row, "alternatives"), Imports.field(row, "reason"));
            if (!votes.byId.containsKey(disagreement.id())) {
                throw new IllegalStateException(row.error("id", "the id of a vote in votes.csv",
                        disagreement.id()).getMessage());
            }
            disagreements.add(disagreement);
        }
        return new VotingRecord(votes, sources, disagreements);
    }

    private static Reader open(String folder, String file) {
        InputStream in = VotingRecord.class.getResourceAsStream(folder + file);
        if (in == null) {
            throw new IllegalStateException("the bundled data file " + file + " is missing from the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * Reads a file in the record's own CSV form ({@link RecordFormat#UNSC}).
     *
     * @param path the file, not null
     * @return the record
     * @throws RecordFormatException listing every bad row, if any
     * @throws UncheckedIOException if the file cannot be read
     */
    public static VotingRecord read(Path path) {
        return RecordFormat.UNSC.read(path).orThrow();
    }

    /**
     * Reads text in the record's own CSV form ({@link RecordFormat#UNSC}).
     *
     * @param file the file's name for messages, not null
     * @param reader the text, closed when done, not null
     * @return the record
     * @throws RecordFormatException listing every bad row, if any
     */
    public static VotingRecord read(String file, Reader reader) {
        return RecordFormat.UNSC.read(file, reader).orThrow();
    }

    /**
     * Writes this record in its own CSV form; {@link #read} gives back an equal record.
     *
     * @param writer where to write, not null (flushed, not closed)
     */
    public void write(Writer writer) {
        RecordCsv.write(this, Objects.requireNonNull(writer, "writer"));
    }

    /**
     * Writes this record to a file in its own CSV form (UTF-8), replacing the file.
     *
     * @param path the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Path path) {
        StringWriter text = new StringWriter();
        write(text);
        try {
            Files.writeString(path, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a merge did.
     *
     * @param record the merged record
     * @param replaced the ids of this record's votes the other record replaced (conflicting and not equal)
     * @param added the number of the other record's votes that were new
     */
    public record Merge(VotingRecord record, List<String> replaced, int added) {

        /**
         * Copies the ids.
         *
         * @param record the merged record
         * @param replaced the ids replaced
         * @param added the number added
         */
        public Merge {
            Objects.requireNonNull(record, "record");
            replaced = ImmutableList.copyOf(replaced);
        }
    }

    /**
     * Merges another record (an imported file) into this one. A vote of {@code other} conflicts with one of this
     * record when they share the id, the draft symbol or the resolution number; the other's vote then takes its
     * place (the user's data wins), and the id is listed in {@link Merge#replaced()} unless the two are equal. The
     * other's new votes follow this record's, in their order. To replace the bundled record instead, use the
     * imported record alone.
     *
     * @param other the record to merge in, not null
     * @return the merged record and what it replaced
     */
    public Merge mergedWith(VotingRecord other) {
        Objects.requireNonNull(other, "other");
        Map<RecordedVote, RecordedVote> replacing = new HashMap<>();
        List<RecordedVote> added = new ArrayList<>();
        for (RecordedVote vote : other.votes) {
            Optional<RecordedVote> existing = Optional.ofNullable(byId.get(vote.id()))
                    .or(() -> vote.draftSymbol().map(byDraft::get))
                    .or(() -> vote.resolution().isPresent()
                            ? Optional.ofNullable(byResolution.get(vote.resolution().getAsInt())) : Optional.empty());
            if (existing.isPresent()) {
                replacing.put(existing.get(), vote);
            } else {
                added.add(vote);
            }
        }
        List<RecordedVote> merged = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        for (RecordedVote vote : votes) {
            RecordedVote instead = replacing.get(vote);
            merged.add(instead == null ? vote : instead);
            if (instead != null && !instead.equals(vote)) {
                replaced.add(vote.id());
            }
        }
        merged.addAll(added);
        return new Merge(new VotingRecord(merged, sources, disagreements), replaced, added.size());
    }

    /**
     * Returns every vote, in the record's order.
     *
     * @return the votes, immutable
     */
    public List<RecordedVote> votes() {
        return votes;
    }

    /**
     * Returns the number of votes.
     *
     * @return the size
     */
    public int size() {
        return votes.size();
    }

    /**
     * Finds a vote by a symbol: its id, its draft's symbol ({@code S/2016/846}), or its resolution as
     * {@code S/RES/2334}, {@code S/RES/2334 (2016)}, {@code 2334 (2016)} or {@code 2334}. A year that is not the
     * vote's finds nothing. One hash lookup.
     *
     * @param symbol the symbol, not null
     * @return the vote, or empty
     */
    public Optional<RecordedVote> find(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        String key = symbol.strip();
        RecordedVote vote = byId.get(key);
        if (vote == null) {
            vote = byDraft.get(key);
        }
        if (vote == null) {
            Matcher matcher = RESOLUTION.matcher(key);
            if (matcher.matches()) {
                vote = byResolution.get(Integer.parseInt(matcher.group(1)));
                if (vote != null && matcher.group(2) != null
                        && Integer.parseInt(matcher.group(2)) != vote.date().getYear()) {
                    vote = null;
                }
            }
        }
        return Optional.ofNullable(vote);
    }

    /**
     * Returns the vote with a symbol (see {@link #find}).
     *
     * @param symbol the symbol, not null
     * @return the vote
     * @throws IllegalArgumentException if the record has no vote with that symbol
     */
    public RecordedVote get(String symbol) {
        return find(symbol).orElseThrow(() -> new IllegalArgumentException("no vote in the record has the symbol '"
                + symbol + "' (expected a draft symbol such as S/2016/846, S/RES/2334 or 2334 (2016))"));
    }

    /**
     * Returns the votes a query selects, in the record's order.
     *
     * @param query the query, not null
     * @return the votes, immutable
     */
    public List<RecordedVote> select(Query query) {
        Objects.requireNonNull(query, "query");
        return votes.stream().filter(query).collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the sources by key (those of {@code sources.csv} for the bundled record; none for a file read).
     *
     * @return the sources, immutable
     */
    public Map<String, Source> sources() {
        return sources;
    }

    /**
     * Returns where the sources disagree, and the decision taken for each ({@code disagreements.csv}).
     *
     * @return the disagreements, immutable
     */
    public List<Disagreement> disagreements() {
        return disagreements;
    }

    /** Equal when the votes are equal, in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VotingRecord that && votes.equals(that.votes);
    }

    @Override
    public int hashCode() {
        return votes.hashCode();
    }

    /** Returns the number of votes and the first and last dates. */
    @Override
    public String toString() {
        return "the record of " + votes.size() + " votes" + (votes.isEmpty() ? ""
                : ", " + votes.stream().map(RecordedVote::date).min(Comparator.naturalOrder()).orElseThrow()
                + " to " + votes.stream().map(RecordedVote::date).max(Comparator.naturalOrder()).orElseThrow());
    }
}
