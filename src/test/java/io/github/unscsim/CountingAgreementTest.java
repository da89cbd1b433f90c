package io.github.unscsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.CharterBasis;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.QuestionType;
import io.github.unscsim.model.Vote;
import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.TernaryCouncilGame;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.reform.ReformModels;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.CountingRule;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.rules.QuotaRule;
import io.github.unscsim.rules.VetoHolders;
import io.github.unscsim.scenario.AdoptionOdds;
import io.github.unscsim.scenario.BallotAnalysis;
import io.github.unscsim.scenario.EnumeratedOdds;
import io.github.unscsim.scenario.ExactOdds;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.Positions;
import io.github.unscsim.scenario.RuleSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every engine counts as {@code evaluate} does: random rules of every configurable kind (a fixed quota, a share of
 * the members, a share of those present and voting; no veto, the permanent members' veto, named veto holders; an
 * abstention that blocks or not; Art. 27(3)'s obligatory abstention with random parties; a scenario's rule change on
 * top), on random councils (historical, 1946–2026; custom; reform models), with ballots of all five votes, drawn
 * from fixed seeds so that a failure reproduces. On each ballot: the exact, enumerated and Monte Carlo odds of a
 * certain distribution give evaluate's outcome class probability 1; the pivots and smallest flipping sets flip
 * evaluate's adoption and no other single change does; the yes/no game and the ternary game win exactly when
 * evaluate adopts the corresponding ballot.
 */
class CountingAgreementTest {

    private static final Vote[] VOTES = Vote.values();
    private static final long DAYS = LocalDate.of(2026, 12, 31).toEpochDay() - LocalDate.of(1946, 1, 1).toEpochDay();

    /** One random case: a ballot and a rule. */
    record Case(long seed, Ballot ballot, AdoptionRule rule) {
        @Override
        public String toString() {
            return "seed " + seed + ": " + rule.name() + " on " + ballot.council().name() + ", " + ballot;
        }
    }

    static Stream<Case> cases() {
        return IntStream.range(0, 400).mapToObj(CountingAgreementTest::generate);
    }

    static Case generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Council council = council(random);
        List<MemberState> members = council.members();
        Question question = Question.substantive();
        if (random.nextInt(3) == 0) {
            Set<String> parties = new HashSet<>();
            parties.add(members.get(random.nextInt(members.size())).code());
            members.forEach(m -> {
                if (random.nextInt(5) == 0) {
                    parties.add(m.code());
                }
            });
            question = new Question(QuestionType.SUBSTANTIVE,
                    random.nextBoolean() ? CharterBasis.CHAPTER_VI : CharterBasis.ARTICLE_52_3, parties);
        }
        Ballot.Builder builder = Ballot.builder(council, question);
        // a lean towards yes, so that adopted, vetoed and failed ballots all occur
        for (MemberState member : members) {
            builder.vote(member.code(), random.nextInt(3) == 0 ? VOTES[random.nextInt(VOTES.length)] : Vote.YES);
        }
        return new Case(seed, builder.build(), rule(random, council, question));
    }

    private static Council council(SplittableRandom random) {
        switch (random.nextInt(3)) {
            case 0:
                return Councils.onDate(LocalDate.of(1946, 1, 1).plusDays(random.nextLong(DAYS + 1)));
            case 1:
                int n = 1 + random.nextInt(20);
                List<MemberState> members = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    members.add(MemberState.of("" + (char) ('A' + i / 26) + (char) ('A' + i % 26) + 'X',
                            "Member " + i));
                }
                int permanent = random.nextInt(n + 1);
                return Council.custom("custom council " + n, members.subList(0, permanent),
                        members.subList(permanent, n));
            default:
                List<ReformModel> models = ReformModels.all();
                return models.get(random.nextInt(models.size())).council();
        }
    }

    private static AdoptionRule rule(SplittableRandom random, Council council, Question question) {
        int n = council.size();
        AdoptionRule rule;
        switch (random.nextInt(4)) {
            case 0:
                // the rule in force (7 or 9 votes); on a custom council too small for 9, the ICJ's majority
                rule = council.date().isPresent() || n >= 9 ? AdoptionRules.inForce(council, question)
                        : AdoptionRules.icjElection();
                break;
            case 1:
                rule = List.of(AdoptionRules.icjElection(), AdoptionRules.simpleMajority()).get(random.nextInt(2));
                break;
            default:
                rule = custom(random, council);
        }
        if (random.nextInt(4) == 0) {
            rule = change(random, council).apply(rule);
        }
        boolean parties = question.basis().requiresAbstentionOfParties();
        return parties && random.nextBoolean() ? AdoptionRules.obligatoryAbstention(rule) : rule;
    }

    private static QuotaRule custom(SplittableRandom random, Council council) {
        int n = council.size();
        Quota quota;
        switch (random.nextInt(5)) {
            case 0:
                quota = Quota.votes(1 + random.nextInt(n));
                break;
            case 1:
                quota = Quota.majorityOfMembers();
                break;
            case 2:
                quota = Quota.ofMembers(1 + random.nextInt(4), 5);
                break;
            case 3:
                quota = Quota.majorityOfPresentAndVoting();
                break;
            default:
                quota = Quota.ofPresentAndVoting(1 + random.nextInt(3), 3);
        }
        QuotaRule.Builder builder = AdoptionRules.custom("random rule").quota(quota).vetoHolders(holders(random,
                council)).abstentionIsVeto(random.nextBoolean());
        if (random.nextInt(10) == 0) {
            // a rule that names absence or non-participation as a blocking vote
            Set<Vote> blocking = EnumSet.of(Vote.NO);
            blocking.add(random.nextBoolean() ? Vote.ABSENT : Vote.NOT_PARTICIPATING);
            builder.blockingVotes(blocking);
        }
        return builder.build();
    }

    private static VetoHolders holders(SplittableRandom random, Council council) {
        switch (random.nextInt(3)) {
            case 0:
                return VetoHolders.none();
            case 1:
                return VetoHolders.permanentMembers();
            default:
                Set<String> codes = new HashSet<>();
                council.members().forEach(m -> {
                    if (random.nextInt(4) == 0) {
                        codes.add(m.code());
                    }
                });
                return VetoHolders.of(codes);
        }
    }

    private static RuleSpec change(SplittableRandom random, Council council) {
        switch (random.nextInt(4)) {
            case 0:
                return RuleSpec.votes(1 + random.nextInt(council.size()));
            case 1:
                return RuleSpec.noVeto();
            case 2:
                return RuleSpec.unchanged().withVetoHolders(holders(random, council));
            default:
                return RuleSpec.unchanged().withAbstentionIsVeto(random.nextBoolean());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void odds_ofTheBallotAsCertain_giveEvaluatesOutcomeProbabilityOne(Case c) {
        Outcome outcome = c.rule().evaluate(c.ballot());
        Positions certain = Positions.of(c.ballot());

        AdoptionOdds.Result exact = new ExactOdds().odds(certain, c.rule());
        AdoptionOdds.Result enumerated = new EnumeratedOdds().odds(certain, c.rule());
        AdoptionOdds.Result sampled = MonteCarloOdds.of(64, c.seed()).odds(certain, c.rule());

        assertThat(exact.probability(outcome.type())).as("exact, %s", c).isCloseTo(1, within(1e-12));
        assertThat(enumerated.probability(outcome.type())).as("enumerated, %s", c).isCloseTo(1, within(1e-12));
        assertThat(sampled.probability(outcome.type())).as("Monte Carlo, %s", c).isEqualTo(1.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void ballotAnalysis_pivotsAndFlippingSets_flipEvaluatesAdoptionAndNoOtherChangeDoes(Case c) {
        boolean adopted = c.rule().evaluate(c.ballot()).isAdopted();
        BallotAnalysis analysis = BallotAnalysis.of(c.ballot(), c.rule());
        assertThat(analysis.outcome()).isEqualTo(c.rule().evaluate(c.ballot()));

        Set<BallotAnalysis.Change> pivots = new HashSet<>(analysis.pivots());
        for (MemberState member : c.ballot().council().members()) {
            Vote from = c.ballot().votes().get(member);
            for (Vote to : VOTES) {
                if (to != from) {
                    boolean flips = c.rule().evaluate(c.ballot().with(member.code(), to)).isAdopted() != adopted;
                    assertThat(pivots.contains(new BallotAnalysis.Change(member, from, to)))
                            .as("%s, %s %s->%s", c, member.code(), from, to).isEqualTo(flips);
                }
            }
        }
        BallotAnalysis.FlippingSets sets = analysis.smallestFlippingSets(Math.min(2, c.ballot().council().size()));
        assertThat(sets.size() == 1).isEqualTo(!pivots.isEmpty());
        for (List<BallotAnalysis.Change> set : sets.sets()) {
            Ballot changed = c.ballot();
            for (BallotAnalysis.Change change : set) {
                changed = changed.with(change.member().code(), change.to());
            }
            assertThat(c.rule().evaluate(changed).isAdopted()).as("%s, %s", c, set).isNotEqualTo(adopted);
        }
        for (BallotAnalysis.Change pivot : pivots) {
            assertThat(analysis.couldMatter(pivot.member().code())).as("%s, %s", c, pivot).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void councilGames_winExactlyWhenEvaluateAdoptsTheCorrespondingBallot(Case c) {
        Council council = c.ballot().council();
        Ballot ballot = c.ballot().withQuestion(Question.substantive());
        if (!c.rule().compile(council, Question.substantive()).isQuotaFixed()) {
            assertThatThrownBy(() -> CouncilGame.of(council, c.rule())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a fixed number of votes");
            return;
        }
        // the yes/no game: the members voting yes against the others voting no
        CouncilGame game = CouncilGame.of(council, c.rule());
        BitSet coalition = new BitSet();
        Ballot binary = ballot;
        List<MemberState> members = council.members();
        for (int i = 0; i < members.size(); i++) {
            boolean yes = ballot.votes().get(members.get(i)) == Vote.YES;
            coalition.set(i, yes);
            binary = binary.with(members.get(i).code(), yes ? Vote.YES : Vote.NO);
        }
        assertThat(game.isWinning(coalition)).as("yes/no game, %s", c)
                .isEqualTo(c.rule().evaluate(binary).isAdopted());

        // the ternary game, on the ballot as cast (all five votes)
        CountingRule counting = c.rule().compile(council, Question.substantive());
        boolean blocksByAbsence = IntStream.range(0, council.size())
                .anyMatch(i -> counting.blocks(i, Vote.ABSENT) || counting.blocks(i, Vote.NOT_PARTICIPATING));
        if (blocksByAbsence) {
            assertThatThrownBy(() -> TernaryCouncilGame.of(council, c.rule()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ternary game");
            return;
        }
        TernaryCouncilGame ternary = TernaryCouncilGame.of(council, c.rule());
        assertThat(ternary.isAdopted(List.copyOf(ballot.votes().values()))).as("ternary game, %s", c)
                .isEqualTo(c.rule().evaluate(ballot).isAdopted());
    }
}
