package io.github.unscsim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * jackson-dataformat-yaml is an optional dependency: a project without it can read JSON scenario files, and reading
 * YAML says which dependency to add. Runs the library in a class loader whose class path lacks the YAML jars.
 */
class WithoutYamlTest {

    private static final String JSON_SCENARIO = "{\"council\": 2016, \"positions\": {\"RUS\": \"no\", \"default\": \"yes\"}}";

    @Test
    void parse_yamlWithoutJacksonYaml_saysWhichDependencyToAdd() throws Exception {
        try (URLClassLoader loader = withoutYaml()) {
            Method parse = loader.loadClass(ScenarioFiles.class.getName())
                    .getMethod("parse", String.class, String.class, boolean.class);
            assertThat(parse.getDeclaringClass().getClassLoader()).isSameAs(loader);

            Object scenario = parse.invoke(null, JSON_SCENARIO, "s.json", true);
            assertThat(scenario.toString()).contains("RUS");

            Throwable thrown = null;
            try {
                parse.invoke(null, "council: 2016\npositions: {default: yes}\n", "s.yaml", false);
            } catch (InvocationTargetException e) {
                thrown = e.getCause();
            }
            assertThat(thrown).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("YAML scenario files need com.fasterxml.jackson.dataformat:"
                            + "jackson-dataformat-yaml:" + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION
                            + " on the class path");
            assertThat(thrown.getMessage()).doesNotContain("\n");
        }
    }

    @Test
    void parse_yamlWithJacksonYaml_works() {
        assertThat(ScenarioFiles.parse("council: 2016\npositions: {default: yes}\n", "s.yaml", false).council().size())
                .isEqualTo(15);
    }

    private static URLClassLoader withoutYaml() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        int dropped = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.contains("jackson-dataformat-yaml") || entry.contains("snakeyaml")) {
                dropped++;
            } else if (!entry.isEmpty()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        assertThat(dropped).as("the YAML jars on the test class path").isEqualTo(2);
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
