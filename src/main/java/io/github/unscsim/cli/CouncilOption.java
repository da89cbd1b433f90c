package io.github.unscsim.cli;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Council;
import picocli.CommandLine.Option;

/** {@code --council YEAR|DATE}, required: the council on a date, for the commands that count one ballot on it. */
final class CouncilOption {

    @Option(names = "--council", required = true, paramLabel = "YEAR|DATE",
            description = "the council: a year (1 January) or an ISO date, 1946 to 2026")
    String text;

    /**
     * Returns the council the option names ({@link Councils#parse(String)}).
     *
     * @return the council
     * @throws IllegalArgumentException if the text is neither a year nor a date from 1946 to 2026
     */
    Council council() {
        return Councils.parse(text);
    }
}
