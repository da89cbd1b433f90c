package io.github.unscsim.io;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML mapper, where jackson-dataformat-yaml is on the class path. The library declares that dependency
 * optional, so a project that reads or writes YAML scenario files adds it; without it, {@link #mapper()} says so
 * in one line. The only class that names a YAML type: nothing else loads them.
 */
final class YamlSupport {

    /** The Maven coordinate to add, with the version that matches jackson-databind's. */
    static final String DEPENDENCY = "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml:"
            + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;

    private YamlSupport() {
    }

    /**
     * Returns the shared YAML mapper.
     *
     * @return the mapper
     * @throws IllegalStateException if jackson-dataformat-yaml is not on the class path
     */
    static ObjectMapper mapper() {
        if (!Holder.AVAILABLE) {
            throw new IllegalStateException("YAML scenario files need " + DEPENDENCY + " on the class path (an "
                    + "optional dependency of unsc-sim): add it to your project, or use JSON (a file ending in .json)");
        }
        return Mapper.YAML;
    }

    private static final class Holder {
        static final boolean AVAILABLE = present();

        private static boolean present() {
            try {
                Class.forName("com.fasterxml.jackson.dataformat.yaml.YAMLMapper", false,
                        YamlSupport.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    }

    /** Loaded only when YAML is available and asked for. */
    private static final class Mapper {
        static final ObjectMapper YAML = YAMLMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
    }

    /** Where and what a YAML syntax error is, in the parser's own words, without its copy of the source text. */
    record SyntaxError(int line, int column, String message) {
    }

    /**
     * Returns the YAML syntax error behind a Jackson exception, or null if there is none (or YAML is not on the
     * class path, in which case no YAML was parsed).
     *
     * @param e the exception Jackson threw
     * @return the error, or null
     */
    static SyntaxError syntaxError(Throwable e) {
        if (!Holder.AVAILABLE) {
            return null;
        }
        return Marks.of(e);
    }

    /** Loaded only when YAML is available: SnakeYAML's marks. */
    private static final class Marks {
        static SyntaxError of(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                    String problem = yaml.getProblem() == null ? "not YAML" : yaml.getProblem();
                    String context = yaml.getContext() == null ? "" : " (" + yaml.getContext()
                            + (yaml.getContextMark() == null ? "" : " opened at line "
                            + (yaml.getContextMark().getLine() + 1) + ", column "
                            + (yaml.getContextMark().getColumn() + 1)) + ")";
                    return new SyntaxError(yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1,
                            problem + context);
                }
            }
            return null;
        }
    }
}
