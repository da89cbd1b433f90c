package io.github.unscsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, its first {@code java} block, compiles as written (imports included) against the
 * library, and prints what its comments say: each {@code System.out.println(...); // TEXT} line prints TEXT.
 */
class QuickStartTest {

    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PRINT = Pattern.compile("System\\.out\\.println\\(.*\\);\\s*// (.*)$");

    @Test
    void readme_quickStart_compilesRunsAndPrintsWhatItSays(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher block = BLOCK.matcher(readme);
        assertThat(block.find()).as("a java block in README.md").isTrue();
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (String line : block.group(1).split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
            Matcher print = PRINT.matcher(line);
            if (print.find()) {
                expected.add(print.group(1).strip());
            }
        }
        assertThat(imports.toString()).contains("import io.github.unscsim.");
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);

        Path source = dir.resolve("QuickStart.java");
        Files.writeString(source, imports + "\npublic class QuickStart {\n    public static void main(String[] args) "
                + "throws Exception {\n" + body + "    }\n}\n", StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "-classpath", classPath(), "-d", dir.toString(),
                "-Xlint:all", "-Werror", source.toString());
        assertThat(status).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("QuickStart").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).containsExactlyElementsOf(expected);
    }

    private static String classPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        assertThat(classPath).contains("classes");
        return String.join(File.pathSeparator, classPath.split(File.pathSeparator));
    }
}
