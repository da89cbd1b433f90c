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
}
