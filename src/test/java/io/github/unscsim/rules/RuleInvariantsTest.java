package io.github.unscsim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every rule must have, checked on random councils, ballots and rules drawn from fixed seeds (so a
 * failure reproduces): monotonicity, independence of the order in which votes are recorded, and the consistency of
 * the outcome's class with its counts.
 */
class RuleInvariantsTest {

    private static final Vote[] VOTES = Vote.values();

    /** One random case: a council, a ballot on it and a rule. */
    record Case(long seed, Ballot ballot, AdoptionRule rule) {
        @Override
        public String toString() {
            return "seed " + seed + ": " + rule.name() + " on " + ballot;
        }
    }

    static Stream<Case> cases() {
        return IntStream.range(0, 400).mapToObj(seed -> generate(seed));
    }

    static Case generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // at least 9 members: the Charter's 9 votes must fit the council (a larger quota is rejected when compiled)
        int size = 9 + random.nextInt(17);
        int permanent = random.nextInt(Math.min(size, 7) + 1);
        List<MemberState> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(MemberState.of(code(i), "Member " + i));
        }
        Council council = Council.custom("random council " + seed, members.subList(0, permanent),
                members.subList(permanent, size));
        Ballot.Builder builder = Ballot.builder(council, Question.substantive());
        for (MemberState member : members) {
            builder.vote(member.code(), VOTES[random.nextInt(VOTES.length)]);
        }
        return new Case(seed, builder.build(), rule(random, size));
    }

    private static AdoptionRule rule(SplittableRandom random, int size) {
        switch (random.nextInt(7)) {
            case 0:
                return AdoptionRules.charter();
            case 1:
                return AdoptionRules.procedural();
            case 2:
                return AdoptionRules.icjElection();
            case 3:
                return AdoptionRules.simpleMajority();
            case 4:
                return AdoptionRules.custom("abstention blocks").votes(1 + random.nextInt(size))
                        .abstentionIsVeto(true).build();
            case 5:
                return AdoptionRules.custom("two-thirds of present and voting")
                        .quota(Quota.ofPresentAndVoting(2, 3)).build();
            default:
                return AdoptionRules.custom("named veto").quota(Quota.ofMembers(3, 5))
                        .vetoHolders(VetoHolders.of(Set.of(code(0), code(size - 1)))).build();
        }
    }

    private static String code(int i) {
        return "" + (char) ('A' + i / 26 / 26 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void evaluate_noTurnedToYes_neverRejectsAnAdoptedDraft(Case c) {
        Outcome before = c.rule().evaluate(c.ballot());
        for (MemberState member : c.ballot().members(Vote.NO)) {
            Outcome after = c.rule().evaluate(c.ballot().with(member.code(), Vote.YES));
            if (before.isAdopted()) {
                assertThat(after.isAdopted()).as("%s, %s from no to yes", c, member.code()).isTrue();
            }
            assertThat(after.tally().yes()).isEqualTo(before.tally().yes() + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void evaluate_permanentMembersNoTurnedToAbstention_neverRejectsAnAdoptedDraftUnderTheCharter(Case c) {
        AdoptionRule charter = AdoptionRules.charter();
        Outcome before = charter.evaluate(c.ballot());
        for (MemberState member : c.ballot().members(Vote.NO)) {
            Outcome after = charter.evaluate(c.ballot().with(member.code(), Vote.ABSTAIN));
            if (before.isAdopted()) {
                assertThat(after.isAdopted()).as("%s, %s from no to abstain", c, member.code()).isTrue();
            }
            assertThat(after.vetoingMembers()).doesNotContain(member);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void evaluate_votesRecordedInAnyOrder_giveTheSameBallotAndOutcome(Case c) {
        List<Map.Entry<MemberState, Vote>> entries = new ArrayList<>(c.ballot().votes().entrySet());
        Collections.shuffle(entries, new Random(c.seed()));
        Ballot.Builder builder = Ballot.builder(c.ballot().council(), c.ballot().question());
        entries.forEach(entry -> builder.vote(entry.getKey().code(), entry.getValue()));
        Ballot shuffled = builder.build();

        assertThat(shuffled).isEqualTo(c.ballot());
        assertThat(c.rule().evaluate(shuffled)).isEqualTo(c.rule().evaluate(c.ballot()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void evaluate_outcomeClass_agreesWithTheCounts(Case c) {
        Outcome outcome = c.rule().evaluate(c.ballot());

        assertThat(outcome.tally().total()).isEqualTo(c.ballot().council().size());
        boolean enough = outcome.tally().yes() >= outcome.required();
        switch (outcome.type()) {
            case ADOPTED:
                assertThat(enough).isTrue();
                assertThat(outcome.vetoingMembers()).isEmpty();
                break;
            case VETOED:
                assertThat(enough).isTrue();
                assertThat(outcome.vetoingMembers()).isNotEmpty();
                break;
            default:
                assertThat(enough).isFalse();
                assertThat(outcome.votesShort()).isPositive();
                assertThat(outcome.vetoingMembers()).isEmpty();
        }
    }
}
