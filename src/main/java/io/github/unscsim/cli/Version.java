package io.github.unscsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version every command prints with {@code -V} or {@code --version}: {@code unsc-sim VERSION}, where VERSION is
 * the project's version in {@code pom.xml}, copied into {@code version.properties} when the build filters its
 * resources, so that it is written in one place.
 */
final class Version implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    /** Creates the provider; picocli calls this. */
    Version() {
    }

    /**
     * Returns the project's version.
     *
     * @return the version, e.g. {@code 0.1.0-SNAPSHOT}
     * @throws IllegalStateException if the resource is missing or was not filtered
     */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.contains("${")) {
            throw new IllegalStateException(RESOURCE + " holds no version: the build did not filter it");
        }
        return version.strip();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"unsc-sim " + version()};
    }
}
