package io.github.unscsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.rules.OutcomeType;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Model UN roll call [MUN-RC]: order, passes, rights, and every error. */
class RollCallTest {

    private static final Council COUNCIL = Councils.onDate(LocalDate.of(2016, 10, 8));

    /** S/2016/846 as recorded [SC12545]: 11 in favour, RUS and VEN against, AGO and CHN abstaining. */
    private static final Map<String, RollCallAnswer> S2016_846 = Map.ofEntries(
            Map.entry("RUS", RollCallAnswer.NO), Map.entry("VEN", RollCallAnswer.NO),
            Map.entry("AGO", RollCallAnswer.ABSTAIN), Map.entry("CHN", RollCallAnswer.ABSTAIN));

    private static RollCall call(String start) {
        return RollCall.startingWith(COUNCIL, Question.substantive(), start);
    }

    private static RollCallAnswer recorded(String code) {
        return S2016_846.getOrDefault(code, RollCallAnswer.YES);
    }

    @Test
    void startingWith_member_goesOnAlphabeticallyAndWrapsRound() {
        RollCall call = call("RUS");
        assertThat(call.order()).hasSize(15);
        assertThat(call.order().get(0).code()).isEqualTo("RUS");
        assertThat(call.order()).containsExactlyInAnyOrderElementsOf(COUNCIL.members());
        // alphabetical from RUS, wrapping round to the start of the list
        int at = RollCall.alphabetical(COUNCIL).indexOf(COUNCIL.member("RUS"));
        for (int i = 0; i < 15; i++) {
            assertThat(call.order().get(i)).isEqualTo(RollCall.alphabetical(COUNCIL).get((at + i) % 15));
        }
        assertThat(RollCall.alphabetical(COUNCIL).get(0).code()).isEqualTo("AGO");
    }

    @Test
    void drawn_sameSeed_sameStart() {
        MemberState a = RollCall.drawn(COUNCIL, Question.substantive(), new Random(7)).order().get(0);
        MemberState b = RollCall.drawn(COUNCIL, Question.substantive(), new Random(7)).order().get(0);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void result_passAndRights_sameOutcomeAsTheBallotUnderTheRuleInForce() {
        RollCall call = call("RUS");
        RollCall.Clerk clerk = call.clerk();
        for (MemberState member : call.order()) {
            String code = member.code();
            RollCallAnswer answer = code.equals("RUS") ? RollCallAnswer.PASS
                    : code.equals("FRA") ? RollCallAnswer.YES_WITH_RIGHTS : recorded(code);
            clerk.answer(code, answer);
        }
        assertThat(clerk.round()).isEqualTo(2);
        assertThat(clerk.next()).contains(COUNCIL.member("RUS"));
        clerk.answer("RUS", RollCallAnswer.NO_WITH_RIGHTS);
        RollCall.Result result = clerk.result();
        assertThat(result.secondRound()).extracting(RollCall.Entry::toString).containsExactly("RUS no-with-rights");
        assertThat(result.explanationsRequested()).extracting(MemberState::code).containsExactly("FRA", "RUS");
        assertThat(result.ballot().vote("RUS")).isEqualTo(Vote.NO);
        assertThat(result.ballot().vote("FRA")).isEqualTo(Vote.YES);
        Outcome outcome = result.outcome(AdoptionRules.inForce(result.ballot()));
        assertThat(outcome.type()).isEqualTo(OutcomeType.VETOED);
        assertThat(outcome).isEqualTo(AdoptionRules.evaluate(result.ballot()));
        assertThat(outcome.explanation()).startsWith("Not adopted, owing to the negative vote of a permanent member");
    }

    @Test
    void answer_notAMember_saysSo() {
        assertThatThrownBy(() -> call("RUS").clerk().answer("DEU", RollCallAnswer.YES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("DEU is not a member of");
    }

    @Test
    void answer_outOfOrder_namesWhoIsCalled() {
        assertThatThrownBy(() -> call("RUS").clerk().answer("FRA", RollCallAnswer.YES))
                .hasMessage("FRA answers out of order: round 1 calls RUS now");
    }

    @Test
    void answer_twiceInARound_saysSo() {
        RollCall call = call("RUS");
        RollCall.Clerk clerk = call.clerk().answer("RUS", RollCallAnswer.NO);
        String second = call.order().get(1).code();
        assertThatThrownBy(() -> clerk.answer("RUS", RollCallAnswer.YES))
                .hasMessage("RUS answers twice in round 1 (it answered no; " + second + " is called now)");
    }

    private static RollCall.Clerk rusPassed() {
        RollCall call = call("RUS");
        RollCall.Clerk clerk = call.clerk();
        for (MemberState member : call.order()) {
            clerk.answer(member.code(), member.code().equals("RUS") ? RollCallAnswer.PASS : recorded(member.code()));
        }
        return clerk;
    }

    @Test
    void answer_passOrAbstainInRoundTwo_isAnErrorSayingWhy() {
        assertThatThrownBy(() -> rusPassed().answer("RUS", RollCallAnswer.PASS))
                .hasMessage("RUS passed in round 1 and must now vote yes or no: a second pass is not allowed");
        assertThatThrownBy(() -> rusPassed().answer("RUS", RollCallAnswer.ABSTAIN))
                .hasMessage("RUS passed in round 1 and must now vote yes or no: an abstention after a pass is not "
                        + "allowed");
    }

    @Test
    void clerkWithRule_abstentionNotAllowed_isRefusedWhenGiven() {
        // procedural-mun allows no abstention [COBIS]; AGO, the first abstention called from RUS, is refused at once
        RollCall call = RollCall.startingWith(COUNCIL, Question.procedural(), "RUS");
        RollCall.Clerk clerk = call.clerk(AdoptionRules.preset("procedural-mun"));
        for (MemberState member : call.order()) {
            if (member.code().equals("AGO")) {
                break;
            }
            clerk.answer(member.code(), recorded(member.code()));
        }
        assertThatThrownBy(() -> clerk.answer("AGO", RollCallAnswer.ABSTAIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AGO: abstention is not allowed under rule 'procedural-mun': procedural votes take yes "
                        + "or no only");
        assertThat(clerk.next()).contains(COUNCIL.member("AGO"));
        // a pass is not a vote, so it is allowed; the second round then takes yes or no
        clerk.answer("AGO", RollCallAnswer.PASS);
        assertThat(clerk.next()).contains(COUNCIL.member("CHN"));
    }

    @Test
    void clerkWithRule_sameOutcomeAsTheClerkWithout() {
        RollCall call = call("RUS");
        RollCall.Clerk checked = call.clerk(AdoptionRules.inForce(COUNCIL, Question.substantive()));
        RollCall.Clerk plain = call.clerk();
        for (MemberState member : call.order()) {
            checked.answer(member.code(), recorded(member.code()));
            plain.answer(member.code(), recorded(member.code()));
        }
        assertThat(checked.result()).isEqualTo(plain.result());
    }

    @Test
    void answer_roundTwoByAMemberThatDidNotPass_saysSo() {
        assertThatThrownBy(() -> rusPassed().answer("FRA", RollCallAnswer.YES))
                .hasMessage("FRA did not pass in round 1, so it is not called in round 2 (RUS is called now)");
    }

    @Test
    void answer_afterTheEnd_saysSo() {
        RollCall.Clerk clerk = rusPassed().answer("RUS", RollCallAnswer.NO);
        assertThat(clerk.isComplete()).isTrue();
        assertThatThrownBy(() -> clerk.answer("FRA", RollCallAnswer.YES))
                .hasMessage("FRA answers after the roll call has ended");
    }

    @Test
    void result_missingAnswers_namesThem() {
        assertThatThrownBy(() -> rusPassed().result()).isInstanceOf(IllegalStateException.class)
                .hasMessage("the roll call is not complete: no round 2 answer from RUS");
        RollCall call = call("RUS");
        assertThatThrownBy(() -> call.clerk().answer("RUS", RollCallAnswer.PASS).result())
                .hasMessageStartingWith("the roll call is not complete: no answer from " + call.order().get(1).code())
                .hasMessageEndingWith(", RUS");
    }

    @Test
    void parse_labels_andAnUnknownOne() {
        assertThat(RollCallAnswer.parse("Yes with rights")).isEqualTo(RollCallAnswer.YES_WITH_RIGHTS);
        assertThat(RollCallAnswer.parse("no-with-rights").vote()).contains(Vote.NO);
        assertThat(RollCallAnswer.parse("PASS").vote()).isEmpty();
        assertThatThrownBy(() -> RollCallAnswer.parse("maybe")).hasMessageStartingWith("'maybe' is not an answer");
    }
}
