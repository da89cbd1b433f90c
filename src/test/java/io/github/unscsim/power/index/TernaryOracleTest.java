package io.github.unscsim.power.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.model.Vote;
import io.github.unscsim.power.TernaryCouncilGame;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ternary indices against a brute-force count over every roll-call and every vote of small councils. */
class TernaryOracleTest {

    private static final Vote[] OPTIONS = {Vote.YES, Vote.ABSTAIN, Vote.NO};

    @ParameterizedTest
    @CsvSource({"1,3,3,false", "2,3,4,false", "2,3,4,true", "3,3,4,false", "0,5,3,false", "2,2,2,true",
        "3,2,5,false", "1,5,4,false"})
    void ternaryIndices_smallCouncil_matchBruteForce(int veto, int others, int quota, boolean blocks) {
        TernaryCouncilGame game = new TernaryCouncilGame(KnownAnswersTest.council(veto, others, quota), blocks);
        int n = veto + others;
        long[] pivots = new long[n];
        long[] decisive = new long[n];
        int profiles = (int) Math.pow(3, n);
        List<int[]> orderings = permutations(n);
        for (int p = 0; p < profiles; p++) {
            Vote[] votes = profile(p, n);
            for (int[] order : orderings) {
                pivots[pivot(game, votes, order)]++;
            }
            for (int i = 0; i < n; i++) {
                if (votes[i] == Vote.ABSTAIN) {
                    Vote[] yes = votes.clone();
                    yes[i] = Vote.YES;
                    Vote[] no = votes.clone();
                    no[i] = Vote.NO;
                    if (game.isAdopted(Arrays.asList(yes)) != game.isAdopted(Arrays.asList(no))) {
                        decisive[i]++;
                    }
                }
            }
        }
        PowerProfile shapley = TernaryIndices.shapleyShubik(game);
        PowerProfile banzhaf = TernaryIndices.banzhafAbsolute(game);
        BigInteger rollCalls = BigInteger.valueOf(profiles).multiply(BigInteger.valueOf(orderings.size()));
        for (int i = 0; i < n; i++) {
            assertThat(shapley.value(i)).isEqualTo(new BigFraction(BigInteger.valueOf(pivots[i]), rollCalls));
            // each profile of the others counted once: the member's own vote was fixed to abstain above
            assertThat(banzhaf.value(i)).isEqualTo(new BigFraction(BigInteger.valueOf(decisive[i]), BigInteger.valueOf(profiles / 3)));
        }
    }

    private static int pivot(TernaryCouncilGame game, Vote[] votes, int[] order) {
        int n = votes.length;
        for (int k = 1; k <= n; k++) {
            Vote[] high = new Vote[n];
            Vote[] low = new Vote[n];
            Arrays.fill(high, Vote.YES);
            Arrays.fill(low, Vote.NO);
            for (int j = 0; j < k; j++) {
                high[order[j]] = votes[order[j]];
                low[order[j]] = votes[order[j]];
            }
            if (game.isAdopted(Arrays.asList(high)) == game.isAdopted(Arrays.asList(low))) {
                return order[k - 1];
            }
        }
        throw new AssertionError("outcome never certain");
    }

    private static Vote[] profile(int code, int n) {
        Vote[] votes = new Vote[n];
        for (int i = 0; i < n; i++) {
            votes[i] = OPTIONS[code % 3];
            code /= 3;
        }
        return votes;
    }

    private static List<int[]> permutations(int n) {
        List<int[]> result = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, result);
        return result;
    }

    private static void permute(int[] current, boolean[] used, int k, List<int[]> result) {
        if (k == current.length) {
            result.add(current.clone());
            return;
        }
        for (int i = 0; i < current.length; i++) {
            if (!used[i]) {
                used[i] = true;
                current[k] = i;
                permute(current, used, k + 1, result);
                used[i] = false;
            }
        }
    }
}
