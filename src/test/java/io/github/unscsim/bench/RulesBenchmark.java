package io.github.unscsim.bench;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Evaluating one ballot under the rule in force. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RulesBenchmark {

    private Ballot ballot;

    /** Builds the S/2016/846 ballot. */
    @Setup
    public void setUp() {
        Council council = Councils.onDate(LocalDate.of(2016, 10, 8));
        ballot = Ballot.builder(council, Question.substantive())
                .no("RUS", "VEN").abstain("CHN", "AGO").rest(Vote.YES).build();
    }

    /** The rule in force on the ballot's date. */
    @Benchmark
    public Outcome evaluate() {
        return AdoptionRules.evaluate(ballot);
    }
}
