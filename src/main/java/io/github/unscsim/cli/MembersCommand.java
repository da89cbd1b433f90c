package io.github.unscsim.cli;

import io.github.unscsim.history.Councils;
import io.github.unscsim.history.MemberStates;
import io.github.unscsim.io.Json;
import io.github.unscsim.report.Reports;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Seat;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code members YEAR|DATE [--json]}: the members of the Council on a date with every code and name each can be
 * typed as ({@link MemberStates#spellings(String)}).
 */
@Command(name = "members", description = "Lists the members on a date (a year means 1 January) with every code and "
        + "name each can be typed as in CODES: its code in any case, every name it has had, and common English names.")
final class MembersCommand extends Subcommand {

    @Parameters(paramLabel = "YEAR|DATE", description = "a year (2016) or an ISO date (2016-10-08), 1946 to 2026")
    String when;

    @Option(names = "--json", description = "print JSON: date, name and members, each with code, name, "
            + "permanent, term (elected members) and spellings")
    boolean json;

    @Override
    public Integer call() {
        Council council = Councils.parse(when);
        PrintWriter out = out();
        if (json) {
            out.println(Json.write(Reports.members(council)));
            return 0;
        }
        out.printf("The Security Council on %s: %d members (* permanent). Each can be typed as its code (any case)"
                + " or any of its names.%n", council.date().orElseThrow(), council.size());
        int width = council.members().stream().mapToInt(member -> member.name().length()).max().orElse(0);
        for (Seat seat : council.seats()) {
            String code = seat.member().code();
            List<String> others = MemberStates.spellings(code).stream()
                    .filter(spelling -> !spelling.equals(code) && !spelling.equals(seat.member().name())).toList();
            String name = others.isEmpty() ? seat.member().name()
                    : String.format("%-" + width + "s  also: %s", seat.member().name(), String.join(", ", others));
            out.printf("  %s %s %s%n", code, seat.isPermanent() ? "*" : " ", name);
        }
        return 0;
    }
}
