package io.github.unscsim.cli;

import io.github.unscsim.history.MemberStates;
import io.github.unscsim.io.Json;
import io.github.unscsim.report.Charts;
import io.github.unscsim.report.HtmlReport;
import io.github.unscsim.report.Pictures;
import io.github.unscsim.report.Reports;
import io.github.unscsim.report.TextTable;
import io.github.unscsim.io.ScenarioFiles;
import io.github.unscsim.scenario.AdoptionOdds;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.Scenario;
import io.github.unscsim.scenario.Sweep;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scenario FILE [--json]}: evaluates a scenario file's base and variants. */
@Command(name = "scenario", description = "Evaluates a scenario file (YAML, or JSON if it ends in .json): the base and "
        + "every variant, with the exact probabilities where positions are probabilistic, or the Monte Carlo estimates "
        + "with their 95%% intervals where the file's correlation ties members together.")
final class ScenarioCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", description = "the scenario file; - reads YAML (or JSON) from standard input")
    Path file;

    @Mixin
    JsonOption json;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "also draw into FILE (SVG) the base's odds as the votes required vary from 1 to the "
                    + "council's size, or as --chart-abstention's member's probability of abstaining varies")
    Path chart;

    @Option(names = "--chart-abstention", paramLabel = "CODE",
            description = "with --chart or --html: sweep this member's probability of abstaining, 0 to 1")
    String chartAbstention;

    @Option(names = "--html", paramLabel = "FILE",
            description = "also write a one-page HTML report into FILE: the odds, the vote boards, the chart")
    Path html;

    @Override
    public Integer call() {
        boolean stdin = file.toString().equals("-");
        String name = stdin ? "<stdin>" : file.toString();
        Scenario scenario = stdin ? ScenarioFiles.read(System.in, name, false) : ScenarioFiles.read(file);
        Scenario.Result result = OptionValues.read(name, scenario::evaluate);
        if (chart != null || html != null) {
            pictures(name, scenario, result);
        }
        PrintWriter out = out();
        if (json.requested()) {
            out.println(Json.write(Reports.scenario(scenario, result)));
            return 0;
        }
        out.printf("Scenario %s: %s; rule: %s%s%n", name, scenario.council().name(), result.base().rule().name(),
                scenario.correlation().isIndependent() ? "" : "; voting together: " + scenario.correlation());
        TextTable table = new TextTable("  ", false, true, true, true, false)
                .row("", "adopted", "vetoed", "failed", "method");
        List<List<String>> notes = new ArrayList<>();
        row(table, notes, result.base());
        result.variants().forEach(variant -> row(table, notes, variant));
        List<String> lines = table.lines();
        out.println(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            out.println(lines.get(i));
            notes.get(i - 1).forEach(note -> out.printf("      %s%n", note));
        }
        return 0;
    }

    /** Draws the sweep chart, then writes it and the HTML report; each file is written whole or not at all. */
    private void pictures(String name, Scenario scenario, Scenario.Result result) {
        Optional<String> abstainer = Optional.empty();
        if (chartAbstention != null) {
            abstainer = Optional.of(OptionValues.read("--chart-abstention",
                    () -> MemberStates.memberCode(scenario.council(), chartAbstention)));
        }
        Sweep sweep = Charts.scenarioSweep(scenario, abstainer);
        String svg = Charts.sweep(sweep, "Odds of the base as " + sweep.parameter() + " varies");
        if (chart != null) {
            Pictures.write(chart, svg);
        }
        if (html != null) {
            Pictures.write(html, HtmlReport.scenario(name, scenario, result,
                    List.of(new HtmlReport.Chart("The base's odds as " + sweep.parameter() + " varies", svg))));
        }
    }

    private static void row(TextTable table, List<List<String>> notes, Scenario.Evaluation evaluation) {
        AdoptionOdds.Result odds = evaluation.odds();
        table.row(evaluation.name(), probability(odds.adopted()), probability(odds.vetoed()),
                probability(odds.failed()), evaluation.method() == Scenario.Method.EXACT ? "exact" : "Monte Carlo");
        List<String> lines = new ArrayList<>();
        evaluation.estimate().ifPresent(e -> lines.add(String.format(Locale.ROOT,
                "%.0f%% intervals: adopted %s, vetoed %s, failed %s (%,d ballots, seed %d)",
                100 * e.confidence(), interval(e.adopted()), interval(e.vetoed()), interval(e.failed()), e.trials(),
                e.seed())));
        evaluation.outcome().ifPresent(outcome -> lines.add(outcome.explanation()));
        evaluation.changes().forEach(change -> lines.add("changed " + change));
        notes.add(lines);
    }

    private static String probability(double p) {
        return String.format(Locale.ROOT, "%.6f", p);
    }

    private static String interval(MonteCarloOdds.Interval interval) {
        return String.format(Locale.ROOT, "[%.6f, %.6f]", interval.low(), interval.high());
    }
}
