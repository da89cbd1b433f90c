package io.github.unscsim.cli;

import io.github.unscsim.history.Councils;
import io.github.unscsim.io.Json;
import io.github.unscsim.report.Reports;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Seat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code council YEAR|DATE [--json]}: the members of the Council on a date, permanent members marked. */
@Command(name = "council", description = "Lists the members of the Council on a date (a year means 1 January).")
final class CouncilCommand extends Subcommand {

    @Parameters(paramLabel = "YEAR|DATE", description = "a year (2016) or an ISO date (2016-10-08), 1946 to 2026")
    String when;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        Council council = Councils.parse(when);
        var out = out();
        if (json.requested()) {
            out.println(Json.write(Reports.council(council)));
            return 0;
        }
        out.printf("The Security Council on %s: %d members (* permanent)%n", council.date().orElseThrow(),
                council.size());
        for (Seat seat : council.seats()) {
            out.printf("  %s %s %s%n", seat.member().code(), seat.isPermanent() ? "*" : " ", seat.member().name());
        }
        return 0;
    }
}
