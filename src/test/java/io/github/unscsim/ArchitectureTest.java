package io.github.unscsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package tree is the architecture: dependencies flow one way, as the README's "Layout" table says. */
class ArchitectureTest {

    private static final Path ROOT = Path.of("src/main/java/io/github/unscsim");

    /** Each top-level package and the packages of ours it may import. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("rules", Set.of("model")),
            Map.entry("history", Set.of("model")),
            Map.entry("reform", Set.of("model", "rules")),
            Map.entry("scenario", Set.of("model", "rules", "reform")),
            Map.entry("power", Set.of("model", "rules", "reform")),
            Map.entry("record", Set.of("model", "rules", "history", "reform", "scenario")),
            Map.entry("io", Set.of("model", "rules", "history", "reform", "scenario", "record")),
            Map.entry("report", Set.of("model", "rules", "history", "reform", "scenario", "power", "record", "io")),
            Map.entry("web", Set.of("model", "rules", "history", "reform", "scenario", "power", "io", "record", "report")),
            Map.entry("cli", Set.of("model", "rules", "history", "reform", "scenario", "power", "io", "record", "report",
                    "web")));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.github\\.unscsim\\.(\\w+)",
            Pattern.MULTILINE);

    @Test
    void everyMainSourceFile_importsOnlyWhatItsPackageMayUse() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(ROOT)) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String top = ROOT.relativize(file).getName(0).toString();
                assertThat(ALLOWED).as("package %s is not in the layout", top).containsKey(top);
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String used = imports.group(1);
                    if (!used.equals(top) && !ALLOWED.get(top).contains(used)) {
                        violations.add(ROOT.relativize(file) + " imports " + used);
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(50);
        assertThat(violations).isEmpty();
    }
}
