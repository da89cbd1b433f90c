package io.github.unscsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.Fixtures;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BallotAnalysisTest {

    @Test
    void pivots_s2016846_onlyRussia_byAnyVoteButNo() {
        BallotAnalysis analysis = BallotAnalysis.of(Fixtures.s2016846());

        assertThat(analysis.pivotalMembers()).extracting(MemberState::code).containsExactly("RUS");
        assertThat(analysis.pivots()).extracting(BallotAnalysis.Change::to)
                .containsExactlyInAnyOrder(Vote.YES, Vote.ABSTAIN, Vote.ABSENT, Vote.NOT_PARTICIPATING);
        assertThat(analysis.isPivotal("VEN")).isFalse();
        assertThat(analysis.votesShort()).isZero();
    }

    @Test
    void smallestFlippingSets_s2016846_areRussiaAlone() {
        BallotAnalysis.FlippingSets sets = BallotAnalysis.of(Fixtures.s2016846()).smallestFlippingSets();

        assertThat(sets.size()).isEqualTo(1);
        assertThat(sets.sets()).allSatisfy(set -> assertThat(set.get(0).member().code()).isEqualTo("RUS"));
        assertThat(sets.sets().stream().map(s -> s.get(0).to()).collect(Collectors.toSet()))
                .contains(Vote.ABSTAIN, Vote.YES);
        // Venezuela alone changes nothing
        for (Vote vote : Vote.values()) {
            assertThat(AdoptionRules.evaluate(Fixtures.s2016846().with("VEN", vote)).isVetoed()).isTrue();
        }
    }

    @Test
    void smallestFlippingSets_s2016847_needFiveChangesIncludingTheThreeWesternPermanentMembers() {
        BallotAnalysis analysis = BallotAnalysis.of(Fixtures.s2016847());

        BallotAnalysis.FlippingSets sets = analysis.smallestFlippingSets();

        assertThat(analysis.votesShort()).isEqualTo(5);
        assertThat(analysis.pivots()).isEmpty();
        assertThat(sets.size()).isEqualTo(5);
        // the three no votes of France, the UK and the US would be vetoes once 9 votes are reached, and 5 more
        // yes votes are needed: France, the UK, the US and any 2 of the other 8 that did not vote yes: C(8, 2)
        assertThat(sets.sets()).hasSize(28);
        assertThat(sets.sets()).allSatisfy(set -> {
            assertThat(set).extracting(c -> c.member().code()).contains("FRA", "GBR", "USA");
            assertThat(set).extracting(BallotAnalysis.Change::to).containsOnly(Vote.YES);
        });
    }

    @Test
    void couldMatter_partyToAChapterViDispute_never() {
        Ballot ballot = Ballot.builder(Fixtures.council2016(), Question.chapterVi("UKR", "RUS"))
                .no("RUS").abstain("UKR").rest(Vote.YES).build();
        BallotAnalysis analysis = BallotAnalysis.of(ballot);

        assertThat(analysis.couldMatter("RUS")).isFalse();
        assertThat(analysis.couldMatter("UKR")).isFalse();
        assertThat(analysis.couldMatter("FRA")).isTrue();
        assertThat(analysis.couldMatter("AGO")).isTrue();
        assertThat(analysis.outcome().isAdopted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
    void analyses_generatedBallots_areConfirmedByBruteForce(long seed) {
        Random random = new Random(seed);
        Council council = Generated.council(random, 5);
        Question question = Generated.question(random, council);
        AdoptionRule rule = Generated.rule(random, council, question);
        Ballot ballot = Generated.ballot(random, council, question);
        BallotAnalysis analysis = BallotAnalysis.of(ballot, rule);
        boolean adopted = rule.evaluate(ballot).isAdopted();

        // a reported pivot, once flipped, flips the outcome; every unreported single change does not
        List<BallotAnalysis.Change> pivots = analysis.pivots();
        for (MemberState member : council.members()) {
            for (Vote vote : Vote.values()) {
                if (vote == ballot.votes().get(member)) {
                    continue;
                }
                boolean flips = rule.evaluate(ballot.with(member.code(), vote)).isAdopted() != adopted;
                assertThat(pivots.contains(new BallotAnalysis.Change(member, ballot.votes().get(member), vote)))
                        .as(member + " " + vote).isEqualTo(flips);
            }
        }

        // every reported set flips it; no ballot closer to the cast one flips it
        BallotAnalysis.FlippingSets sets = analysis.smallestFlippingSets(council.size());
        for (List<BallotAnalysis.Change> set : sets.sets()) {
            Ballot changed = ballot;
            for (BallotAnalysis.Change change : set) {
                changed = changed.with(change.member().code(), change.to());
            }
            assertThat(set).hasSize(sets.size());
            assertThat(rule.evaluate(changed).isAdopted()).isNotEqualTo(adopted);
        }
        int limit = sets.found() ? sets.size() : council.size() + 1;
        int flippingAtLimit = 0;
        for (Ballot other : allBallots(council, question)) {
            int distance = distance(ballot, other);
            boolean flips = rule.evaluate(other).isAdopted() != adopted;
            assertThat(flips && distance < limit).as("closer flip " + other).isFalse();
            if (flips && distance == limit) {
                flippingAtLimit++;
            }
        }
        assertThat(sets.sets()).hasSize(flippingAtLimit);

        // couldMatter: some ballot exists on which the member's vote alone decides adoption
        for (MemberState member : council.members()) {
            boolean matters = false;
            for (Ballot other : allBallots(council, question)) {
                boolean base = rule.evaluate(other).isAdopted();
                for (Vote vote : Vote.values()) {
                    matters |= rule.evaluate(other.with(member.code(), vote)).isAdopted() != base;
                }
                if (matters) {
                    break;
                }
            }
            assertThat(analysis.couldMatter(member.code())).as(member.code()).isEqualTo(matters);
        }
    }

    private static int distance(Ballot a, Ballot b) {
        int d = 0;
        for (MemberState member : a.council().members()) {
            if (a.votes().get(member) != b.votes().get(member)) {
                d++;
            }
        }
        return d;
    }

    private static List<Ballot> allBallots(Council council, Question question) {
        List<Ballot> result = new ArrayList<>();
        List<MemberState> members = council.members();
        int n = members.size();
        Vote[] votes = Vote.values();
        int total = (int) Math.pow(votes.length, n);
        for (int code = 0; code < total; code++) {
            Ballot.Builder builder = Ballot.builder(council, question);
            int rest = code;
            for (MemberState member : members) {
                builder.vote(member.code(), votes[rest % votes.length]);
                rest /= votes.length;
            }
            result.add(builder.build());
        }
        return result;
    }

    @Test
    void smallestFlippingSets_200Members_stopsWhereTheSearchWouldBeTooLarge() {
        Council council = Generated.council(200, 5);
        Ballot ballot = Ballot.builder(council, Question.substantive()).rest(Vote.YES).build();
        BallotAnalysis analysis = BallotAnalysis.of(ballot, io.github.unscsim.rules.AdoptionRules.custom("190")
                .votes(190).build());

        BallotAnalysis.FlippingSets sets = analysis.smallestFlippingSets(5);

        // 200 yes, 190 needed: eleven changes away from failing, and a veto holder's no flips it alone
        assertThat(sets.size()).isEqualTo(1);
        assertThat(sets.sets()).hasSize(5);
        Ballot unanimous = Ballot.builder(council, Question.substantive()).rest(Vote.YES).build();
        BallotAnalysis noVeto = BallotAnalysis.of(unanimous, io.github.unscsim.rules.AdoptionRules.custom("190")
                .votes(190).vetoHolders(io.github.unscsim.rules.VetoHolders.none()).build());
        BallotAnalysis.FlippingSets none = noVeto.smallestFlippingSets(5);
        assertThat(none.found()).isFalse();
        assertThat(none.searchedUpTo()).isEqualTo(2);
    }

    @Test
    void smallestFlippingSets_procedural_threeWithdrawnYesVotesOfElevenFlipIt() {
        // S/2016/846's votes on a procedural question: 11 yes, 9 needed, no veto. Two withdrawn yes votes leave 9
        // (still adopted); any three leave 8, and nothing else can defeat it.
        Ballot ballot = Fixtures.s2016846().withQuestion(Question.procedural());
        BallotAnalysis analysis = BallotAnalysis.of(ballot);

        assertThat(analysis.outcome().isAdopted()).isTrue();
        assertThat(analysis.pivots()).isEmpty();
        BallotAnalysis.FlippingSets sets = analysis.smallestFlippingSets();
        assertThat(sets.size()).isEqualTo(3);
        // every choice of 3 of the 11 yes voters, each turning to one of the 4 other votes: C(11, 3) · 4^3
        assertThat(sets.sets()).hasSize(165 * 64);
        for (List<BallotAnalysis.Change> set : sets.sets()) {
            assertThat(set).hasSize(3).allSatisfy(change -> {
                assertThat(change.from()).isEqualTo(Vote.YES);
                assertThat(change.to()).isNotEqualTo(Vote.YES);
            });
            assertThat(set.stream().map(BallotAnalysis.Change::member).distinct()).hasSize(3);
        }
    }
}
