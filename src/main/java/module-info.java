/**
 * unsc-sim: votes in the UN Security Council, the Charter's adoption rules, what-if scenarios and voting power.
 *
 * <p>Every package of the library is exported; package-private classes stay internal. The command line
 * ({@code io.github.unscsim.cli}) and the classroom board ({@code io.github.unscsim.web}) are not part of the
 * library: they are built into {@code unsc.jar} only. YAML scenario
 * files need jackson-dataformat-yaml, an optional dependency: on the module path, add it with
 * {@code --add-modules com.fasterxml.jackson.dataformat.yaml} (or require it from your own module).
 */
module io.github.unscsim {
    requires transitive com.google.common;
    requires transitive commons.math3;
    requires com.fasterxml.jackson.databind;
    requires static com.fasterxml.jackson.dataformat.yaml;
    requires static org.yaml.snakeyaml;
    // for the command line's sources, compiled with the library but left out of its jar (see pom.xml)
    requires static info.picocli;
    // for the classroom board's server (package web), built into unsc.jar only, like the command line
    requires static jdk.httpserver;
    // charts (report.Charts): optional dependencies, in unsc.jar; a library user who draws charts adds them
    requires static java.desktop;
    requires static org.jfree.jfreechart;
    requires static org.jfree.svg;

    exports io.github.unscsim.model;
    exports io.github.unscsim.rules;
    exports io.github.unscsim.history;
    exports io.github.unscsim.reform;
    exports io.github.unscsim.scenario;
    exports io.github.unscsim.power;
    exports io.github.unscsim.power.index;
    exports io.github.unscsim.record;
    exports io.github.unscsim.io;
    exports io.github.unscsim.report;
}
