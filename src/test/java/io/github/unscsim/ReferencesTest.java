package io.github.unscsim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.history.MemberStates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every source key cited in brackets ({@code [UNC27]}, {@code [SC12545; VETO-CSV]}) in src/, examples/, docs/ and
 * README.md has its entry in docs/references.md, so that a reader can look each one up.
 */
class ReferencesTest {

    /** One key: a capital, then capitals or digits, then hyphenated parts ({@code SCP-10c}). */
    private static final String KEY = "[A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)*";
    /** A citation: keys separated by semicolons, in brackets, not a Markdown link. */
    private static final Pattern CITATION = Pattern.compile("\\[(" + KEY + "(?:;\\s*" + KEY + ")*)\\](?!\\()");
    /** A row of the tables in docs/references.md: | KEY | reference |. */
    private static final Pattern ENTRY = Pattern.compile("^\\| (" + KEY + ") \\| \\S", Pattern.MULTILINE);
    /**
     * Bracketed words that are not citations: a placeholder in the README's format description, and a made-up member
     * code in a scenario file's YAML list in a test.
     */
    private static final Set<String> NOT_KEYS = Set.of("CODES", "XYZ");

    @Test
    void citedKeys_allHaveAnEntry() throws IOException {
        Set<String> listed = entries();
        Map<String, String> cited = new TreeMap<>();
        try (Stream<Path> files = Stream.of("src", "examples", "docs").map(Path::of)
                .flatMap(ReferencesTest::walk)) {
            Stream.concat(files, Stream.of(Path.of("README.md"))).filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(java|md|yaml|yml|json|csv|txt)"))
                    .forEach(file -> citations(file, cited));
        }
        assertThat(cited).as("keys cited in the project").containsKeys("UNC27", "SC12545", "SCP-10c");
        assertThat(listed).as("keys in docs/references.md, cited where").containsAll(cited.keySet());
        assertThat(cited.keySet().stream().filter(key -> !listed.contains(key))
                .map(key -> key + " (" + cited.get(key) + ")")).isEmpty();
    }

    @Test
    void project_citesNoReferenceFileOutsideIt() throws IOException {
        // the project carries its own references: no file may point to a reference file outside the checkout
        String outside = "DOMAIN" + ".md";
        try (Stream<Path> files = Stream.of("src", "examples", "docs").map(Path::of)
                .flatMap(ReferencesTest::walk)) {
            assertThat(Stream.concat(files, Stream.of(Path.of("README.md"), Path.of("CHANGELOG.md")))
                    .filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(java|md|yaml|yml|json|csv|txt)"))
                    .filter(file -> read(file).contains(outside))).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    @Test
    void references_keysAreListedOnce() throws IOException {
        String text = Files.readString(Path.of("docs/references.md"), StandardCharsets.UTF_8);
        Matcher entry = ENTRY.matcher(text);
        Set<String> seen = new TreeSet<>();
        while (entry.find()) {
            assertThat(seen.add(entry.group(1))).as("key %s listed twice", entry.group(1)).isTrue();
        }
        assertThat(seen).hasSizeGreaterThan(20);
    }

    @Test
    void citation_pattern_findsKeysAndSkipsLinksAndMemberCodes() {
        Map<String, String> cited = new TreeMap<>();
        collect("see [UNC27; SCP-10c] and [README](README.md), blocs: [[SEN]], [AGO, EGY]", "x", cited);
        assertThat(cited).containsOnlyKeys("UNC27", "SCP-10c");
    }

    private static Set<String> entries() throws IOException {
        Matcher entry = ENTRY.matcher(Files.readString(Path.of("docs/references.md"), StandardCharsets.UTF_8));
        Set<String> keys = new TreeSet<>();
        while (entry.find()) {
            keys.add(entry.group(1));
        }
        return keys;
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void citations(Path file, Map<String, String> cited) {
        try {
            collect(Files.readString(file, StandardCharsets.UTF_8), file.toString(), cited);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void collect(String text, String where, Map<String, String> cited) {
        Matcher citation = CITATION.matcher(text);
        while (citation.find()) {
            for (String key : citation.group(1).split(";\\s*")) {
                // a member's code in brackets is data (a bloc in a scenario), not a citation
                if (!NOT_KEYS.contains(key) && !(key.length() == 3 && MemberStates.isKnown(key))) {
                    cited.putIfAbsent(key, where);
                }
            }
        }
    }
}
