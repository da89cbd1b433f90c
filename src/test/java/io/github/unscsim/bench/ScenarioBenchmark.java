package io.github.unscsim.bench;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.scenario.AdoptionOdds;
import io.github.unscsim.scenario.ExactOdds;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.Positions;
import io.github.unscsim.scenario.VoteDistribution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The exact odds of adoption for the 15-member council and for a 200-member council, and Monte Carlo ballots per
 * second on one thread; every member's position is uncertain (yes 0.6, no 0.2, abstain 0.15, absent 0.05).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScenarioBenchmark {

    /** Ballots per Monte Carlo invocation. */
    private static final int TRIALS = 1_000_000;

    private Positions fifteen;
    private Positions twoHundred;
    private AdoptionRule rule;
    private final ExactOdds exact = new ExactOdds();
    private final MonteCarloOdds monteCarlo = MonteCarloOdds.of(TRIALS, 1);

    /** Builds the positions. */
    @Setup
    public void setUp() {
        VoteDistribution uncertain = VoteDistribution.of(0.6, 0.2, 0.15, 0.05);
        Council council = Councils.onDate(LocalDate.of(2016, 10, 8));
        Map<String, VoteDistribution> map = new HashMap<>();
        council.members().forEach(member -> map.put(member.code(), uncertain));
        fifteen = Positions.of(council, Question.substantive(), map);
        List<MemberState> permanent = new ArrayList<>();
        List<MemberState> elected = new ArrayList<>();
        Map<String, VoteDistribution> large = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            MemberState state = MemberState.of("A" + (char) ('A' + i / 26) + (char) ('A' + i % 26), "Member " + i);
            (i < 5 ? permanent : elected).add(state);
            large.put(state.code(), uncertain);
        }
        twoHundred = Positions.of(Council.custom("200 members", permanent, elected), Question.substantive(), large);
        rule = AdoptionRules.custom("120 of 200, permanent members' veto").votes(120).build();
    }

    /** Exact odds, 15 members, the Charter's rule. */
    @Benchmark
    public AdoptionOdds.Result exact15() {
        return exact.odds(fifteen, AdoptionRules.charter());
    }

    /** Exact odds, 200 members, a fixed quota of 120 and 5 veto holders. */
    @Benchmark
    public AdoptionOdds.Result exact200() {
        return exact.odds(twoHundred, rule);
    }

    /** Monte Carlo, 15 members: the time per simulated ballot (one million per invocation). */
    @Benchmark
    @OperationsPerInvocation(TRIALS)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public AdoptionOdds.Result monteCarlo15() {
        return monteCarlo.odds(fifteen, AdoptionRules.charter());
    }
}
