package io.github.unscsim.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.Examples;
import org.junit.jupiter.api.Test;

/** examples/VetoesByDecade.java runs and prints what the record says. */
class VetoesByDecadeExampleTest {

    @Test
    void vetoesByDecade_printsTheTableFromTheStatistics_andTheDraftsWithNineVotes() throws Exception {
        String output = Examples.run("VetoesByDecade");
        Statistics.VetoCounts counts = Statistics.vetoes(VotingRecord.bundled().votes());

        assertThat(output).contains("Vetoes per permanent member per decade")
                .contains(counts.vetoedVotes() + " vetoed votes, " + counts.totalVetoes() + " vetoes");
        assertThat(output).containsPattern("RUS .*" + counts.vetoes("RUS", 2010) + " .*" + counts.vetoes("RUS"));
        // S/2014/348 (13-2-0, SC/11407) and S/2016/846 (11-2-2, SC/12545) had 9 votes or more
        assertThat(output).contains("  S/2014/348 (2014-05-22, 13-2-0, vetoed by CHN RUS)")
                .contains("  S/2016/846 (2016-10-08, 11-2-2, vetoed by RUS)");
    }
}
