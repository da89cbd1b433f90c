package io.github.unscsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.unscsim.history.Councils;
import io.github.unscsim.history.MemberStates;
import io.github.unscsim.io.Json;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Seat;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code members YEAR|DATE [--json]}: the members of the Council on a date with every code and name each can be
 * typed as ({@link MemberStates#spellings(String)}).
 */
@Command(name = "members", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lists the members on a date (a year means 1 January) with every code and name each can be "
                + "typed as in CODES: its code in any case, every name it has had, and common English names.")
final class MembersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "YEAR|DATE", description = "a year (2016) or an ISO date (2016-10-08), 1946 to 2026")
    String when;

    @Option(names = "--json", description = "print JSON: date, name and members, each with code, name, "
            + "permanent, term (elected members) and spellings")
    boolean json;

    @Override
    public Integer call() {
        Council council = Councils.parse(when);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.council(council);
            for (int i = 0; i < council.seats().size(); i++) {
                ArrayNode spellings = ((ObjectNode) node.get("members").get(i)).putArray("spellings");
                MemberStates.spellings(council.seats().get(i).member().code()).forEach(spellings::add);
            }
            out.println(Json.write(node));
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
