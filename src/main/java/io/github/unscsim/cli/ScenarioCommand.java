package io.github.unscsim.cli;

import io.github.unscsim.io.Json;
import io.github.unscsim.io.ScenarioFiles;
import io.github.unscsim.scenario.AdoptionOdds;
import io.github.unscsim.scenario.Scenario;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenario FILE [--json]}: evaluates a scenario file's base and variants. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Evaluates a scenario file (YAML, or JSON if it ends in .json): the base and every variant, "
                + "with the exact probabilities where positions are probabilistic.")
final class ScenarioCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scenario file")
    Path file;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        Scenario scenario;
        try {
            scenario = ScenarioFiles.read(file);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Scenario.Result result;
        try {
            result = scenario.evaluate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(ScenarioFiles.result(result)));
            return 0;
        }
        out.printf("Scenario %s: %s; rule: %s%n", file, scenario.council().name(), result.base().rule().name());
        out.printf("  %-44s %9s %9s %9s%n", "", "adopted", "vetoed", "failed");
        print(out, result.base());
        result.variants().forEach(variant -> print(out, variant));
        return 0;
    }

    private static void print(PrintWriter out, Scenario.Evaluation evaluation) {
        AdoptionOdds.Result odds = evaluation.odds();
        out.printf(java.util.Locale.ROOT, "  %-44s %9.6f %9.6f %9.6f%n", evaluation.name(), odds.adopted(),
                odds.vetoed(), odds.failed());
        evaluation.outcome().ifPresent(outcome -> out.printf("      %s%n", outcome.explanation()));
        evaluation.changes().forEach(change -> out.printf("      changed %s%n", change));
    }
}
