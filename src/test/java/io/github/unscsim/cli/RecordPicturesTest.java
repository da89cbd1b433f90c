package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record's pictures: {@code record SYMBOL --svg} and {@code vetoes --chart}, from the bundled record. */
class RecordPicturesTest {

    @Test
    void record_svg_drawsTheBoardWithTheSymbolAndSponsors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("846.svg");
        CliRun run = CliRun.run("record", "S/2016/846", "--svg", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        String svg = Files.readString(file);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        // UN press release SC/12545: S/2016/846, submitted by France and Spain, vetoed by the Russian Federation
        assertThat(svg).contains(">S/2016/846</text>").contains(">Submitted by France and Spain</text>")
                .contains("<title id=\"board-title\">S/2016/846, Submitted by France and Spain</title>").contains("VETO")
                .contains("Not adopted, owing to the negative vote of a permanent member (Russian Federation)");
    }

    @Test
    void record_svg_withoutEveryMembersVote_isAnErrorAndWritesNothing(@TempDir Path dir) throws IOException {
        // resolution 24 (1947): the bundle holds its tally, 10-1-0, but not every member's vote
        String symbol = "S/RES/24 (1947)";
        Path file = dir.resolve("board.svg");
        CliRun run = CliRun.run("record", symbol, "--svg", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--svg: the record does not hold every member's vote");
        assertThat(file).doesNotExist();
    }

    @Test
    void vetoes_chart_drawsEveryVetoingMember(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vetoes.svg");
        CliRun run = CliRun.run("vetoes", "--from", "2016-01-01", "--to", "2016-12-31", "--chart", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(Files.readString(file)).contains("RUS");
    }
}
