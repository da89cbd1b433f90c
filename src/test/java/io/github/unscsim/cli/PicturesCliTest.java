package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.Fixtures;
import io.github.unscsim.record.Statistics;
import io.github.unscsim.reform.ReformModels;
import io.github.unscsim.report.Charts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The pictures from the command line: vote/whatif --svg, scenario --chart/--html, and the charts' API. */
class PicturesCliTest {

    private static String[] with(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(Fixtures.s2016846Options()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void vote_svg_writesTheBoard(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("board.svg");
        CliRun run = CliRun.run(with("vote", "--svg", file.toString()));

        assertThat(run.status()).as(run.err()).isZero();
        String svg = Files.readString(file);
        parse(svg);
        assertThat(svg).contains("data-code=\"RUS\" data-vote=\"no\"", ">VETO<", ">VETOED<");
        assertThat(run.out()).contains("Not adopted");
    }

    @Test
    void whatif_svg_writesBeforeAndAfter(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("whatif.svg");
        CliRun run = CliRun.run(with("whatif", "--set", "RUS=abstain", "--svg", file.toString()));

        assertThat(run.status()).as(run.err()).isZero();
        Document svg = parse(Files.readString(file));
        assertThat(svg.getElementsByTagNameNS("*", "g").getLength()).isGreaterThanOrEqualTo(30);
        assertThat(svg.getDocumentElement().getTextContent()).contains("VETOED", "ADOPTED", "Before", "After");
    }

    @Test
    void vote_svg_unwritableFile_failsOnOneLineAndWritesNothing(@TempDir Path dir) {
        Path file = dir.resolve("no-such-folder").resolve("board.svg");
        CliRun run = CliRun.run(with("vote", "--svg", file.toString()));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("unsc: cannot write").contains("board.svg").doesNotContain("\n");
        assertThat(run.out()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void scenario_chartAndHtml_writeSelfContainedPictures(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("chart.svg");
        Path html = dir.resolve("report.html");
        CliRun run = CliRun.run("scenario", "examples/scenarios/s2016-846.yaml", "--chart", chart.toString(),
                "--html", html.toString());

        assertThat(run.status()).as(run.err()).isZero();
        Document svg = parse(Files.readString(chart));
        assertThat(svg.getDocumentElement().getTextContent()).contains("votes required", "adopted", "vetoed");
        String page = Files.readString(html);
        Document document = parse(page);
        assertThat(document.getElementsByTagName("table").getLength()).isEqualTo(1);
        assertThat(page).contains("Russia abstains", "Not adopted, owing to the negative vote", "data-code=\"RUS\"",
                "votes required");
        // the file names its draft: the page and each board name it and, from the record, its sponsors (SC/12545)
        assertThat(page).contains("<p class=\"draft\"><strong>S/2016/846</strong>: ", "Submitted by France and Spain.")
                .contains(">S/2016/846</text>", ">Submitted by France and Spain</text>");
        // nothing fetched: no src or href outside the page
        Matcher links = Pattern.compile("(?:src|href)\\s*=\\s*['\"]([^'\"]*)").matcher(page);
        while (links.find()) {
            assertThat(links.group(1)).doesNotContain("http:", "https:").doesNotStartWith("//");
        }
        assertThat(page).doesNotContain("<link", "<script", "@import", "url(http");
    }

    @Test
    void scenario_html_draftNotInTheRecord_saysSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("club.yaml");
        Files.writeString(file, "draft: S/2026/9999\ncouncil: 2016-10-08\npositions: {default: yes}\n");
        Path html = dir.resolve("report.html");
        CliRun run = CliRun.run("scenario", file.toString(), "--html", html.toString());

        assertThat(run.status()).as(run.err()).isZero();
        String page = Files.readString(html);
        parse(page);
        assertThat(page).contains("<strong>S/2026/9999</strong>: not in the record, so its sponsors are not known")
                .contains(">S/2026/9999</text>");
    }

    @Test
    void scenario_chartAbstention_unknownMember_failsAndWritesNothing(@TempDir Path dir) {
        Path chart = dir.resolve("chart.svg");
        CliRun run = CliRun.run("scenario", "examples/scenarios/model-un.yaml", "--chart", chart.toString(),
                "--chart-abstention", "XYZ");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("unsc: --chart-abstention").contains("XYZ");
        assertThat(chart).doesNotExist();
    }

    @Test
    void charts_powerAndVetoes_areWellFormedAndHoldTheirSeries() throws Exception {
        String power = Charts.powerByReform(Charts.shapleyShubikByReform(
                List.of(ReformModels.today(), ReformModels.council1946())));
        String text = parse(power).getDocumentElement().getTextContent();
        assertThat(text).contains(ReformModels.today().name(), ReformModels.council1946().name(),
                "permanent member (veto)", "elected member");

        TreeMap<String, java.util.SortedMap<Integer, Integer>> vetoes = new TreeMap<>();
        vetoes.put("SUN", new TreeMap<>(java.util.Map.of(1940, 3, 1950, 5)));
        vetoes.put("USA", new TreeMap<>(java.util.Map.of(1970, 2)));
        String chart = Charts.vetoesByDecade(new Statistics.VetoCounts(vetoes, new TreeMap<>(
                java.util.Map.of(1940, 3, 1950, 5, 1970, 2))));
        assertThat(parse(chart).getDocumentElement().getTextContent()).contains("SUN", "USA", "1940s", "1970s",
                "10 vetoes");
    }
}
