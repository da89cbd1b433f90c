package io.github.unscsim.io;

import io.github.unscsim.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes {@link Scenario}s as YAML or JSON (by the file's extension: {@code .json} is JSON, anything else
 * YAML). The format, documented in the README:
 *
 * <pre>
 * council: 2016                  # a year (1 January), an ISO date, a reform model (g4-veto, or {model: g4, quota: 15}),
 *                                # or {name, permanent: {CODE: name}, elected: ...}
 * question: substantive          # substantive, procedural, preliminary, icj-election, chapter-vi, chapter-vii,
 *                                # article-52-3
 * parties: [UKR, RUS]            # parties to the dispute (chapter-vi and article-52-3 need them)
 * rule: {votes: 10}              # optional change to the rule in force: votes N, or quota (majority,
 *                                # simple-majority, N/D, N/D present-and-voting, "more than" either share), veto
 *                                # (none, permanent, [CODES]), abstention-is-veto
 * positions: {RUS: no, CHN: abstain, default: yes}
 * probabilities:
 *   RUS: {yes: 0.2, no: 0.5, abstain: 0.3}
 * correlation:                   # optional: members that vote together; the odds are then simulated
 *   blocs: [[AGO, EGY, SEN]]     # members that share one draw on every ballot
 *   shared-factor: 0.2           # the probability that a member takes the ballot's common draw, 0 to 1
 *   trials: 1000000              # simulated ballots, at least 1 (default 1000000)
 *   seed: 20161008               # the generator's seed (default 20161008)
 * variants:
 *   - name: Russia abstains
 *     set: {RUS: abstain}        # a vote, or probabilities
 *     council: 2014              # optional
 *     rule: no-veto              # optional: no-veto, simple-majority, or the object form
 *     correlation: none          # optional: replaces the base's (none: independent); else the base's is kept
 * </pre>
 *
 * <p>Member codes may be written in any case ({@code rus} is {@code RUS}). Every error is a
 * {@link ScenarioFormatException} of one line, {@code FILE:LINE:COLUMN: what was expected}: a file that is missing,
 * a directory or unreadable (line and column 0), not UTF-8 text, not well-formed YAML or JSON, or that describes no
 * valid scenario; nothing half-read is returned. Writing a scenario and reading it back gives an equal scenario,
 * for every scenario whose question the format can name (Chapter VI and Art. 52(3) with parties; a basis only on a
 * substantive question). Thread-safe.
 */
public final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file, {@code .json} for JSON, else YAML, not null
     * @return the scenario
     * @throws ScenarioFormatException if the file is missing, a directory, unreadable, not UTF-8 text, malformed or
     *     describes no valid scenario
     * @throws IllegalStateException for YAML, if jackson-dataformat-yaml (an optional dependency) is missing
     */
    public static Scenario read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ScenarioFormatException(name, 0, 0, "is a directory, not a scenario file", null);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioFormatException(name, 0, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ScenarioFormatException(name, 0, 0, "cannot read the file: permission denied", e);
        } catch (IOException e) {
            throw new ScenarioFormatException(name, 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
        return parse(text(bytes, name), name, isJson(file));
    }

    /**
     * Reads a scenario from a stream, such as standard input, to its end; the stream is not closed.
     *
     * @param in the stream, UTF-8 text, not null
     * @param name the name for messages, e.g. {@code <stdin>}, not null
     * @param json true for JSON, false for YAML
     * @return the scenario
     * @throws ScenarioFormatException if the stream cannot be read, is not UTF-8 text, is malformed or describes no
     *     valid scenario
     */
    public static Scenario read(InputStream in, String name, boolean json) {
        Objects.requireNonNull(name, "name");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ScenarioFormatException(name, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        return parse(text(bytes, name), name, json);
    }

    /**
     * Reads a scenario from text.
     *
     * @param text the file's text, not null
     * @param name the file's name for messages, not null
     * @param json true for JSON, false for YAML
     * @return the scenario
     * @throws ScenarioFormatException if the text is malformed or describes no valid scenario
     * @throws IllegalStateException for YAML, if jackson-dataformat-yaml (an optional dependency) is missing
     */
    public static Scenario parse(String text, String name, boolean json) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        return ScenarioReader.read(text, name, json);
    }

    /**
     * Writes a scenario to a file, as JSON if its name ends in {@code .json}, else as YAML.
     *
     * @param scenario the scenario, not null
     * @param file the file, not null
     * @throws IllegalArgumentException if the format cannot name the scenario's question
     * @throws UncheckedIOException if the file cannot be written
     * @throws IllegalStateException for YAML, if jackson-dataformat-yaml (an optional dependency) is missing
     */
    public static void write(Scenario scenario, Path file) {
        String text = write(scenario, isJson(file));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a scenario as text.
     *
     * @param scenario the scenario, not null
     * @param json true for JSON, false for YAML
     * @return the text
     * @throws IllegalArgumentException if the format cannot name the scenario's question
     * @throws IllegalStateException for YAML, if jackson-dataformat-yaml (an optional dependency) is missing
     */
    public static String write(Scenario scenario, boolean json) {
        return ScenarioWriter.write(Objects.requireNonNull(scenario, "scenario"), json);
    }

    /**
     * Returns a scenario as the plain maps, lists, strings and numbers that {@link #write(Scenario, boolean)} writes,
     * e.g. to embed it in a larger JSON value ({@link Json#write(Object)}).
     *
     * @param scenario the scenario, not null
     * @return the value, a new mutable map in the format's key order
     * @throws IllegalArgumentException if the format cannot name the scenario's question
     */
    public static Map<String, Object> values(Scenario scenario) {
        return ScenarioWriter.scenario(Objects.requireNonNull(scenario, "scenario"));
    }

    private static boolean isJson(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Decodes UTF-8 strictly; a byte that is not UTF-8 is an error at its line and column. */
    private static String text(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new ScenarioFormatException(name, line, column, String.format(Locale.ROOT,
                    "not UTF-8 text (byte 0x%02x at offset %d): expected a YAML or JSON scenario file",
                    bytes[bad] & 0xff, bad), null);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        // a byte-order mark is not part of the text
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
