package io.github.unscsim.cli;

import io.github.unscsim.io.Json;
import io.github.unscsim.io.ScenarioFiles;
import io.github.unscsim.scenario.AdoptionOdds;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.Scenario;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenario FILE [--json]}: evaluates a scenario file's base and variants. */
@Command(name = "scenario", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Evaluates a scenario file (YAML, or JSON if it ends in .json): the base and every variant, "
                + "with the exact probabilities where positions are probabilistic, or the Monte Carlo estimates "
                + "with their 95%% intervals where the file's correlation ties members together.")
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
        out.printf("Scenario %s: %s; rule: %s%s%n", file, scenario.council().name(), result.base().rule().name(),
                scenario.correlation().isIndependent() ? "" : "; voting together: " + scenario.correlation());
        out.printf("  %-44s %9s %9s %9s  %s%n", "", "adopted", "vetoed", "failed", "method");
        print(out, result.base());
        result.variants().forEach(variant -> print(out, variant));
        return 0;
    }

    private static void print(PrintWriter out, Scenario.Evaluation evaluation) {
        AdoptionOdds.Result odds = evaluation.odds();
        out.printf(Locale.ROOT, "  %-44s %9.6f %9.6f %9.6f  %s%n", evaluation.name(), odds.adopted(),
                odds.vetoed(), odds.failed(), evaluation.method() == Scenario.Method.EXACT ? "exact" : "Monte Carlo");
        evaluation.estimate().ifPresent(e -> out.printf(Locale.ROOT,
                "      %.0f%% intervals: adopted %s, vetoed %s, failed %s (%,d ballots, seed %d)%n",
                100 * e.confidence(), interval(e.adopted()), interval(e.vetoed()), interval(e.failed()), e.trials(),
                e.seed()));
        evaluation.outcome().ifPresent(outcome -> out.printf("      %s%n", outcome.explanation()));
        evaluation.changes().forEach(change -> out.printf("      changed %s%n", change));
    }

    private static String interval(MonteCarloOdds.Interval interval) {
        return String.format(Locale.ROOT, "[%.6f, %.6f]", interval.low(), interval.high());
    }
}
