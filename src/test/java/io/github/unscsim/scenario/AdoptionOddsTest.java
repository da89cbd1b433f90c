package io.github.unscsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.unscsim.Fixtures;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.OutcomeType;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdoptionOddsTest {

    /** S/2016/846 (Fixtures.s2016846) as certain positions, with some members' positions changed. */
    static Positions s2016846(Map<String, VoteDistribution> changes) {
        Positions positions = Positions.of(Fixtures.s2016846());
        for (Map.Entry<String, VoteDistribution> change : changes.entrySet()) {
            positions = positions.with(change.getKey(), change.getValue());
        }
        return positions;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
        26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    void exact_randomSmallCouncils_agreesWithEnumeration(long seed) {
        Random random = new Random(seed);
        Council council = Generated.council(random, 8);
        Question question = Generated.question(random, council);
        AdoptionRule rule = Generated.rule(random, council, question);
        Positions positions = Generated.positions(random, council, question);

        AdoptionOdds.Result exact = new ExactOdds().odds(positions, rule);
        AdoptionOdds.Result enumerated = new EnumeratedOdds().odds(positions, rule);

        assertThat(exact.adopted()).isCloseTo(enumerated.adopted(), within(1e-12));
        assertThat(exact.vetoed()).isCloseTo(enumerated.vetoed(), within(1e-12));
        assertThat(exact.failed()).isCloseTo(enumerated.failed(), within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112})
    void decisiveness_randomSmallCouncils_agreesWithEnumeration(long seed) {
        Random random = new Random(seed);
        Council council = Generated.council(random, 7);
        Question question = Generated.question(random, council);
        AdoptionRule rule = Generated.rule(random, council, question);
        Positions positions = Generated.positions(random, council, question);

        Map<MemberState, Double> decisive = new ExactOdds().decisiveness(positions, rule);

        for (MemberState member : council.members()) {
            double yes = new EnumeratedOdds().odds(positions.with(member.code(), Vote.YES), rule).adopted();
            double no = new EnumeratedOdds().odds(positions.with(member.code(), Vote.NO), rule).adopted();
            assertThat(decisive.get(member)).as(member.code()).isCloseTo(yes - no, within(1e-12));
        }
    }

    @Test
    void decisiveness_partyUnderChapterVi_isZero() {
        Council council = Fixtures.council2016();
        Map<String, VoteDistribution> map = new HashMap<>();
        council.members().forEach(m -> map.put(m.code(), VoteDistribution.of(0.6, 0.2, 0.2, 0)));
        Positions positions = Positions.of(council, Question.chapterVi("UKR", "RUS"), map);

        Map<MemberState, Double> decisive = new ExactOdds().decisiveness(positions,
                AdoptionRules.inForce(Fixtures.ALEPPO_VOTE, positions.question()));

        assertThat(decisive.get(council.member("RUS"))).isZero();
        assertThat(decisive.get(council.member("UKR"))).isZero();
        assertThat(decisive.get(council.member("FRA"))).isPositive();
    }

    @Test
    void exact_s2016846_isVetoedWithCertainty_andRussiaAbstainingAdopts() {
        AdoptionOdds odds = new ExactOdds();

        assertThat(odds.odds(s2016846(Map.of())).vetoed()).isEqualTo(1.0);
        assertThat(odds.odds(s2016846(Map.of("RUS", VoteDistribution.certain(Vote.ABSTAIN)))).adopted())
                .isEqualTo(1.0);
        // Russia abstains three times in ten, otherwise votes no: adopted exactly when it abstains
        AdoptionOdds.Result mixed = odds.odds(s2016846(Map.of("RUS", VoteDistribution.of(0, 0.7, 0.3, 0))));
        assertThat(mixed.adopted()).isCloseTo(0.3, within(1e-15));
        assertThat(mixed.vetoed()).isCloseTo(0.7, within(1e-15));
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 51, 200})
    void exact_symmetricCoinFlips_matchesTheBinomialTail(int n) {
        // n members, each yes or no with probability 1/2, no veto, a fixed quota of a majority (n/2 + 1):
        // P(adopted) = sum_{k >= q} C(n, k) / 2^n, computed exactly with BigInteger
        Council council = Generated.council(n, 0);
        Map<String, VoteDistribution> map = new HashMap<>();
        council.members().forEach(m -> map.put(m.code(), VoteDistribution.of(0.5, 0.5, 0, 0)));
        Positions positions = Positions.of(council, Question.substantive(), map);
        int quota = n / 2 + 1;
        AdoptionRule rule = AdoptionRules.custom("majority").votes(quota)
                .vetoHolders(io.github.unscsim.rules.VetoHolders.none()).build();

        BigInteger favourable = BigInteger.ZERO;
        BigInteger binomial = BigInteger.ONE;
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                binomial = binomial.multiply(BigInteger.valueOf(n - k + 1)).divide(BigInteger.valueOf(k));
            }
            if (k >= quota) {
                favourable = favourable.add(binomial);
            }
        }
        double expected = new java.math.BigDecimal(favourable).divide(new java.math.BigDecimal(
                BigInteger.TWO.pow(n)), java.math.MathContext.DECIMAL64).doubleValue();

        AdoptionOdds.Result odds = new ExactOdds().odds(positions, rule);

        assertThat(odds.adopted()).isCloseTo(expected, within(1e-12));
        assertThat(odds.failed()).isCloseTo(1 - expected, within(1e-12));
    }

    @Test
    void exact_200MembersPresentAndVotingQuota_sumsToOne_andAgreesWithMonteCarlo() {
        Random random = new Random(200);
        Council council = Generated.council(200, 7);
        Map<String, VoteDistribution> map = new HashMap<>();
        council.members().forEach(m -> map.put(m.code(), VoteDistribution.of(0.55, 0.3, 0.1, 0.05)));
        map.put(Generated.code(0), VoteDistribution.of(0.95, 0.05, 0, 0));
        map.put(Generated.code(1), Generated.distribution(random));
        Positions positions = Positions.of(council, Question.substantive(), map);
        AdoptionRule rule = AdoptionRules.custom("two thirds of those voting, veto")
                .quota(io.github.unscsim.rules.Quota.ofPresentAndVoting(2, 3)).build();

        AdoptionOdds.Result exact = new ExactOdds().odds(positions, rule);
        MonteCarloOdds.Estimate estimate = MonteCarloOdds.builder().trials(200_000).seed(7).confidence(0.999)
                .build().estimate(positions, rule);

        assertThat(exact.adopted() + exact.vetoed() + exact.failed()).isCloseTo(1, within(1e-12));
        for (OutcomeType type : OutcomeType.values()) {
            assertThat(estimate.interval(type).contains(exact.probability(type))).as(type + " " + estimate)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void monteCarlo_randomCouncils_containsTheExactOddsInItsInterval(long seed) {
        Random random = new Random(seed);
        Council council = Generated.council(random, 15);
        Question question = Generated.question(random, council);
        AdoptionRule rule = Generated.rule(random, council, question);
        Positions positions = Generated.positions(random, council, question);

        AdoptionOdds.Result exact = new ExactOdds().odds(positions, rule);
        MonteCarloOdds.Estimate estimate = MonteCarloOdds.builder().trials(100_000).seed(seed).confidence(0.999)
                .build().estimate(positions, rule);

        for (OutcomeType type : OutcomeType.values()) {
            assertThat(estimate.interval(type).contains(exact.probability(type))).as(type + " " + estimate)
                    .isTrue();
        }
    }

    @Test
    void monteCarlo_sameSeed_repeatsExactly_andAnotherSeedDiffers() {
        Positions positions = s2016846(Map.of("RUS", VoteDistribution.of(0.1, 0.6, 0.3, 0),
                "VEN", VoteDistribution.of(0.2, 0.5, 0.3, 0), "AGO", VoteDistribution.of(0.4, 0.1, 0.5, 0)));

        MonteCarloOdds.Estimate first = MonteCarloOdds.of(50_000, 42).estimate(positions);
        MonteCarloOdds.Estimate again = MonteCarloOdds.of(50_000, 42).estimate(positions);
        MonteCarloOdds.Estimate other = MonteCarloOdds.of(50_000, 43).estimate(positions);

        assertThat(again).isEqualTo(first);
        assertThat(first.seed()).isEqualTo(42);
        assertThat(other.odds()).isNotEqualTo(first.odds());
    }

    @Test
    void monteCarlo_bloc_votesTogether() {
        // three members, each yes or no at 1/2, all three needed, no veto: independent 1/8, as a bloc 1/2
        Council council = Generated.council(3, 0);
        Map<String, VoteDistribution> map = new HashMap<>();
        council.members().forEach(m -> map.put(m.code(), VoteDistribution.of(0.5, 0.5, 0, 0)));
        Positions positions = Positions.of(council, Question.substantive(), map);
        AdoptionRule rule = AdoptionRules.custom("unanimity").votes(3)
                .vetoHolders(io.github.unscsim.rules.VetoHolders.none()).build();

        MonteCarloOdds.Estimate bloc = MonteCarloOdds.builder().trials(100_000).confidence(0.999)
                .bloc(Generated.code(0), Generated.code(1), Generated.code(2)).build().estimate(positions, rule);
        MonteCarloOdds.Estimate shared = MonteCarloOdds.builder().trials(100_000).confidence(0.999)
                .sharedFactor(1).build().estimate(positions, rule);
        MonteCarloOdds.Estimate half = MonteCarloOdds.builder().trials(100_000).confidence(0.999)
                .sharedFactor(0.5).build().estimate(positions, rule);

        assertThat(bloc.adopted().contains(0.5)).as(bloc.toString()).isTrue();
        assertThat(shared.adopted().contains(0.5)).as(shared.toString()).isTrue();
        // with rho = 1/2: each member takes the common draw with probability 1/2; P(all yes) =
        // sum over j members on the common draw: C(3,j)/8 * (1/2)^(1 + 3 - j) for j >= 1, plus 1/8 * 1/8 for j = 0
        double expected = 1.0 / 64 + 3.0 / 8 / 8 + 3.0 / 8 / 4 + 1.0 / 8 / 2;
        assertThat(half.adopted().contains(expected)).as(half.toString()).isTrue();
    }

    @Test
    void exact_customRuleOfItsOwn_countsThroughItsCompiledFormAsEnumerationDoes() {
        // a rule a user writes: it only says how it compiles, and every engine counts through that
        AdoptionRule own = new AdoptionRule() {
            @Override
            public String name() {
                return "coin toss";
            }

            @Override
            public io.github.unscsim.rules.CountingRule compile(io.github.unscsim.model.Council council,
                    Question question) {
                return AdoptionRules.charter().compile(council, question);
            }

            @Override
            public AdoptionRule withCounting(java.util.function.UnaryOperator<io.github.unscsim.rules.QuotaRule> c) {
                return c.apply(AdoptionRules.charter());
            }
        };

        assertThat(new ExactOdds().odds(s2016846(Map.of()), own).vetoed()).isEqualTo(1.0);
        assertThat(new EnumeratedOdds().odds(s2016846(Map.of()), own).vetoed()).isEqualTo(1.0);
    }

    @Test
    void exact_probabilitiesSummingToOnlyNearlyOne_areNormalised() {
        // every one of 200 members sums to 1 + 9e-10, within the tolerance; 200 such errors would add up to 1.8e-7
        Council council = Generated.council(200, 5);
        Map<String, VoteDistribution> map = new HashMap<>();
        council.members().forEach(m -> map.put(m.code(), VoteDistribution.of(0.6 + 9e-10, 0.2, 0.2, 0)));
        Positions positions = Positions.of(council, Question.substantive(), map);

        AdoptionOdds.Result odds = new ExactOdds().odds(positions, AdoptionRules.custom("100").votes(100).build());

        assertThat(odds.adopted() + odds.vetoed() + odds.failed()).isCloseTo(1, within(1e-12));
        assertThat(positions.distribution(Generated.code(0)).total()).isCloseTo(1 + 9e-10, within(1e-15));
    }

    @Test
    void voteDistribution_notSummingToOne_namesTheMemberAndTheSum() {
        assertThatThrownBy(() -> VoteDistribution.of("RUS", Map.of(Vote.YES, 0.5, Vote.NO, 0.4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RUS")
                .hasMessageContaining("0.9");
    }

    @Test
    void voteDistribution_withAbstention_rescalesTheRest() {
        VoteDistribution d = VoteDistribution.of(0.2, 0.6, 0.2, 0).withAbstention(0.6);

        assertThat(d.probability(Vote.ABSTAIN)).isEqualTo(0.6);
        assertThat(d.probability(Vote.YES)).isCloseTo(0.1, within(1e-15));
        assertThat(d.probability(Vote.NO)).isCloseTo(0.3, within(1e-15));
        assertThat(VoteDistribution.certain(Vote.ABSTAIN).withAbstention(0.5).probability(Vote.NO)).isEqualTo(0.25);
    }

    @Test
    void sweeps_abstentionAndThreshold() {
        Positions positions = s2016846(Map.of("RUS", VoteDistribution.of(0.1, 0.9, 0, 0)));
        AdoptionRule rule = AdoptionRules.charter();

        Sweep abstention = Sweep.abstention(positions, rule, "RUS", 10, new ExactOdds());
        Sweep threshold = Sweep.threshold(positions, rule, 8, 12, new ExactOdds());

        assertThat(abstention.rows()).hasSize(11);
        // RUS yes:no stays 1:9; with abstention a the draft is adopted unless RUS votes no: 1 - 0.9 (1 - a)
        for (Sweep.Row row : abstention.rows()) {
            assertThat(row.odds().adopted()).isCloseTo(1 - 0.9 * (1 - row.value()), within(1e-12));
        }
        assertThat(threshold.rows()).extracting(Sweep.Row::value).containsExactly(8.0, 9.0, 10.0, 11.0, 12.0);
        // 11 yes for sure plus RUS: below 12 votes the veto decides; at 12 only RUS's yes adopts it
        assertThat(threshold.rows().get(1).odds().adopted()).isCloseTo(0.1, within(1e-12));
        assertThat(threshold.rows().get(4).odds().adopted()).isCloseTo(0.1, within(1e-12));
        assertThat(threshold.rows().get(4).odds().failed()).isCloseTo(0.9, within(1e-12));
        assertThat(threshold.toString()).contains("votes required");
    }
}
