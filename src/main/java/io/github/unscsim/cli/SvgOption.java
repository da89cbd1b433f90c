package io.github.unscsim.cli;

import io.github.unscsim.report.Pictures;
import io.github.unscsim.report.VoteBoard;
import io.github.unscsim.rules.Outcome;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --svg FILE}: the vote board of the one outcome a command evaluates. */
final class SvgOption {

    @Option(names = "--svg", paramLabel = "FILE", description = "also draw the vote board into FILE (SVG)")
    Path file;

    /**
     * Draws the outcome's vote board into the file, if {@code --svg} was given.
     *
     * @param outcome the outcome, not null
     */
    void draw(Outcome outcome) {
        if (file != null) {
            Pictures.write(file, VoteBoard.of(outcome).svg());
        }
    }
}
