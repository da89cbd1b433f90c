package io.github.unscsim.cli;

import io.github.unscsim.io.Json;
import io.github.unscsim.report.Reports;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.scenario.BallotAnalysis;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pivots} with the arguments of {@code vote}: the pivotal members and the smallest flipping sets. */
@Command(name = "pivots", description = "Analyses a ballot (the arguments of vote): the members whose single change of "
        + "vote flips whether the draft is adopted, and the smallest sets of changes that flip it.")
final class PivotsCommand extends Subcommand {

    @Mixin
    BallotOptions ballot;

    @Option(names = "--max-changes", paramLabel = "N", defaultValue = "5",
            description = "the largest set of changes searched (default: ${DEFAULT-VALUE})")
    int maxChanges;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        if (maxChanges < 1) {
            throw new IllegalArgumentException("--max-changes must be at least 1: " + maxChanges);
        }
        Ballot cast = ballot.ballot();
        BallotAnalysis analysis = BallotAnalysis.of(cast, ballot.rule(cast));
        int cap = Math.min(maxChanges, analysis.ballot().council().size());
        BallotAnalysis.FlippingSets sets = analysis.smallestFlippingSets(cap);
        PrintWriter out = out();
        if (json.requested()) {
            out.println(Json.write(Reports.pivots(analysis, sets, neverMatter(analysis))));
            return 0;
        }
        out.println(analysis.outcome().explanation());
        out.printf("  votes short: %d%n", analysis.votesShort());
        if (analysis.pivots().isEmpty()) {
            out.println("  pivotal members: none (no single change of vote flips the outcome)");
        } else {
            out.println("  pivotal members:");
            Map<MemberState, List<BallotAnalysis.Change>> byMember = analysis.pivots().stream()
                    .collect(Collectors.groupingBy(BallotAnalysis.Change::member, LinkedHashMap::new,
                            Collectors.toList()));
            byMember.forEach((member, changes) -> out.printf("    %-4s %s -> %s%n", member.code(),
                    changes.get(0).from().label(),
                    changes.stream().map(c -> c.to().label()).collect(Collectors.joining(" or "))));
        }
        List<MemberState> never = neverMatter(analysis);
        if (!never.isEmpty()) {
            out.printf("  members whose vote can never decide adoption: %s%n",
                    never.stream().map(MemberState::code).collect(Collectors.joining(", ")));
        }
        if (!sets.found()) {
            out.printf("  smallest flipping sets: none of up to %d changes%n", sets.searchedUpTo());
        } else if (sets.size() == 1) {
            out.println("  smallest flipping sets: 1 change, a pivotal member's (above)");
        } else {
            out.printf("  smallest flipping sets: %d changes, %d set%s%n", sets.size(),
                    sets.sets().size(), sets.sets().size() == 1 ? "" : "s");
            sets.sets().forEach(set -> out.printf("    %s%n",
                    set.stream().map(Object::toString).collect(Collectors.joining(", "))));
        }
        return 0;
    }

    private static List<MemberState> neverMatter(BallotAnalysis analysis) {
        return analysis.ballot().council().members().stream().filter(m -> !analysis.couldMatter(m.code())).toList();
    }
}
