package io.github.unscsim.report;

import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.scenario.AdoptionOdds;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-page HTML report of a scenario: the table of odds of the base and every variant, the vote board of each one
 * whose positions are all fixed, and charts. Self-contained: the CSS and every picture are inline, nothing is
 * fetched, so that the page opens from disk with no network. The page is also well-formed XML (XHTML syntax), so that
 * an XML parser can check it. Stateless.
 */
public final class HtmlReport {

    private static final String CSS = """
            body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; margin: 0 auto; max-width: 1200px;
                   padding: 16px; color: #111; background: #fff; line-height: 1.4; }
            h1 { font-size: 1.6em; margin: 0.2em 0; overflow-wrap: anywhere; }
            .scroll { overflow-x: auto; }
            h2 { font-size: 1.25em; margin-top: 1.4em; border-bottom: 1px solid #999; }
            table { border-collapse: collapse; margin: 0.5em 0; }
            th, td { border: 1px solid #999; padding: 4px 10px; text-align: right; vertical-align: top; }
            th:first-child, td:first-child, .text { text-align: left; }
            td.text { min-width: 16em; max-width: 34em; }
            /* narrower than 60em (a phone, a half screen): each case of the odds table is a card, the numbers on
               one or two lines under its name, then the outcome and what changed across the card's full width */
            @media (max-width: 60em) {
              table.odds, .odds tbody, .odds tr, .odds td { display: block; }
              .odds thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
              .odds tr { border: 1px solid #999; margin: 0 0 0.8em; padding: 0.4em 0.7em; }
              .odds td { border: none; padding: 0.15em 0; text-align: left; }
              .odds td.case { font-weight: bold; font-size: 1.05em; }
              .odds td.num { display: inline-block; margin-right: 1.2em; white-space: nowrap; }
              .odds td.num::before { content: attr(data-label) " "; color: #333; }
              .odds td.text { min-width: 0; max-width: none; margin-top: 0.3em; border-top: 1px solid #ccc;
                              padding-top: 0.4em; }
            }
            figure { margin: 1em 0; }
            .boards { display: flex; flex-wrap: wrap; gap: 16px; }
            .boards figure { margin: 0; flex: 1 1 480px; max-width: 640px; }
            figure svg { max-width: 100%; height: auto; border: 1px solid #ddd; }
            figcaption { font-weight: bold; margin-bottom: 0.3em; }
            .note { color: #333; font-size: 0.95em; }
            .draft { font-size: 1.1em; overflow-wrap: anywhere; }
            """;

    private HtmlReport() {
    }

    /**
     * Returns the report of an evaluated scenario.
     *
     * @param name the scenario's name, e.g. its file name, not null
     * @param scenario the scenario, not null
     * @param result its evaluation, not null
     * @param charts charts to show after the boards, each as a caption and its SVG text, not null
     * @return the HTML text
     */
    public static String scenario(String name, Scenario scenario, Scenario.Result result, List<Chart> charts) {
        Objects.requireNonNull(result, "result");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>Scenario ")
                .append(Pictures.escape(name)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<h1>Scenario ").append(Pictures.escape(name).replace("/", "/<wbr/>"))
                .append("</h1>\n");
        Optional<RecordedVote> recorded = RecordReports.recordedDraft(scenario);
        scenario.draft().ifPresent(symbol -> html.append("<p class=\"draft\"><strong>").append(Pictures.escape(symbol))
                .append("</strong>").append(recorded.map(HtmlReport::draftLine)
                        .orElse(": not in the record, so its sponsors are not known here")).append("</p>\n"));
        html.append("<p>")
                .append(Pictures.escape(scenario.council().name())).append("; rule: ")
                .append(Pictures.escape(result.base().rule().name()))
                .append(scenario.correlation().isIndependent() ? ""
                        : "; voting together: " + Pictures.escape(scenario.correlation().toString()))
                .append("</p>\n<h2>Odds</h2>\n<div class=\"scroll\"><table class=\"odds\">\n<thead><tr><th>case</th>")
                .append("<th>adopted</th><th>vetoed</th><th>failed</th><th>method</th>")
                .append("<th class=\"text\">outcome, and what changed</th></tr></thead>\n<tbody>\n");
        row(html, result.base());
        result.variants().forEach(variant -> row(html, variant));
        html.append("</tbody>\n</table></div>\n");
        html.append("<p class=\"note\">Probabilities are exact where every member's position is independent; "
                + "with a correlation they are Monte Carlo estimates, their intervals given with the outcome.</p>\n");
        html.append("<h2>Vote boards</h2>\n<div class=\"boards\">\n");
        int boards = 0;
        for (Scenario.Evaluation evaluation : evaluations(result)) {
            Optional<Outcome> outcome = evaluation.outcome();
            if (outcome.isPresent()) {
                boards++;
                html.append("<figure>\n<figcaption>").append(Pictures.escape(evaluation.name()))
                        .append("</figcaption>\n")
                        .append(board(outcome.get(), scenario.draft(), recorded).svg("board" + boards))
                        .append("</figure>\n");
            }
        }
        html.append("</div>\n");
        if (boards == 0) {
            html.append("<p class=\"note\">No case has every position fixed, so there is no single ballot to "
                    + "draw.</p>\n");
        }
        if (!charts.isEmpty()) {
            html.append("<h2>Charts</h2>\n");
            for (Chart chart : charts) {
                html.append("<figure>\n<figcaption>").append(Pictures.escape(chart.caption()))
                        .append("</figcaption>\n").append(chart.svg()).append("</figure>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /**
     * A chart on the page.
     *
     * @param caption the caption, not null
     * @param svg the chart's SVG element, not null
     */
    public record Chart(String caption, String svg) {

        /**
         * Validates the parts.
         *
         * @param caption the caption, not null
         * @param svg the SVG, not null
         */
        public Chart {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(svg, "svg");
        }
    }

    /** After the draft's symbol: its title and recorded outcome, then who submitted it, from the record. */
    private static String draftLine(RecordedVote vote) {
        String sponsors = RecordReports.sponsorsLine(vote);
        return Pictures.escape((vote.title().isEmpty() ? "" : ": " + vote.title()) + " (" + vote.date() + ", recorded "
                + vote.outcome().name().toLowerCase(Locale.ROOT) + ")") + "<br/>"
                + Pictures.escape(sponsors.isEmpty() ? "The record does not name its sponsors." : sponsors + ".");
    }

    /** A case's board: titled with the draft's symbol, and its sponsors under it, where the scenario names one. */
    private static VoteBoard board(Outcome outcome, Optional<String> draft, Optional<RecordedVote> recorded) {
        VoteBoard board = VoteBoard.of(outcome);
        return draft.map(symbol -> RecordReports.titled(board, symbol, recorded)).orElse(board);
    }

    private static List<Scenario.Evaluation> evaluations(Scenario.Result result) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(result.base()), result.variants().stream())
                .toList();
    }

    private static void row(StringBuilder html, Scenario.Evaluation evaluation) {
        AdoptionOdds.Result odds = evaluation.odds();
        // each number cell names its column, for the card layout at phone width
        html.append("<tr><td class=\"case\">").append(Pictures.escape(evaluation.name())).append("</td>")
                .append(number("adopted", percent(odds.adopted()))).append(number("vetoed", percent(odds.vetoed())))
                .append(number("failed", percent(odds.failed())))
                .append(number("method", evaluation.method() == Scenario.Method.EXACT ? "exact" : "Monte Carlo"))
                .append("<td class=\"text\">");
        List<String> notes = new java.util.ArrayList<>();
        evaluation.outcome().ifPresent(outcome -> notes.add(outcome.explanation()));
        evaluation.estimate().ifPresent(e -> notes.add(String.format(Locale.ROOT,
                "%.0f%% intervals: adopted %s, vetoed %s, failed %s (%,d ballots, seed %d)", 100 * e.confidence(),
                interval(e.adopted()), interval(e.vetoed()), interval(e.failed()), e.trials(), e.seed())));
        if (!evaluation.changes().isEmpty()) {
            notes.add("Changed: " + String.join("; ",
                    evaluation.changes().stream().map(Scenario.Difference::toString).toList()) + ".");
        }
        html.append(String.join("<br/>", notes.stream().map(Pictures::escape).toList())).append("</td></tr>\n");
    }

    private static String number(String column, String value) {
        return "<td class=\"num\" data-label=\"" + column + "\">" + value + "</td>";
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * p);
    }

    private static String interval(MonteCarloOdds.Interval interval) {
        return String.format(Locale.ROOT, "[%.4f, %.4f]", interval.low(), interval.high());
    }
}
