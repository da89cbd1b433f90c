package io.github.unscsim.bench;

import io.github.unscsim.record.VotingRecord;
import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.Replay;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The record: reading and checking the bundle, replaying every vote, looking one symbol up. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecordBenchmark {

    private VotingRecord record;

    /** Loads the bundle once for the replay and the lookup. */
    @Setup
    public void setUp() {
        record = VotingRecord.bundled();
    }

    /**
     * Reads the bundled files afresh and checks every row (each vote with per-member votes is replayed as part of
     * the check), then replays every vote once more.
     *
     * @return the number of replays that match, so that nothing is optimised away
     */
    @Benchmark
    public int loadAndReplay() {
        VotingRecord fresh = VotingRecord.loadBundle();
        int matches = 0;
        for (RecordedVote vote : fresh.votes()) {
            if (vote.hasMemberVotes() && Replay.inForce(vote).matches()) {
                matches++;
            }
        }
        return matches;
    }

    /**
     * Replays every vote of the loaded record under the rule in force.
     *
     * @return the number that match
     */
    @Benchmark
    public int replayAll() {
        int matches = 0;
        for (RecordedVote vote : record.votes()) {
            if (vote.hasMemberVotes() && Replay.inForce(vote).matches()) {
                matches++;
            }
        }
        return matches;
    }

    /**
     * Looks one resolution up by the form users type.
     *
     * @return the vote
     */
    @Benchmark
    public Optional<RecordedVote> lookup() {
        return record.find("2334 (2016)");
    }
}
