package io.github.unscsim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.Fixtures;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision tables for every rule. Ballots are patterns in seat order: the permanent members CHN FRA RUS GBR USA (SUN
 * before 1992), then the elected members; Y yes, N no, A abstain, X absent, P not participating.
 */
class AdoptionRulesTest {

    private static final Council FIFTEEN = Fixtures.council2016();
    private static final Council ELEVEN = Fixtures.council1950(LocalDate.of(1950, 6, 27));

    private static AdoptionRule rule(String name) {
        switch (name) {
            case "charter":
                return AdoptionRules.charter();
            case "charter1946":
                return AdoptionRules.charter1946();
            case "procedural":
                return AdoptionRules.procedural();
            case "procedural1946":
                return AdoptionRules.procedural1946();
            case "icj":
                return AdoptionRules.icjElection();
            case "simple":
                return AdoptionRules.simpleMajority();
            case "abstention-veto":
                return AdoptionRules.custom("abstention is a veto").abstentionIsVeto(true).build();
            case "no-veto-10":
                return AdoptionRules.custom("10 votes, no veto").votes(10).vetoHolders(VetoHolders.none()).build();
            case "us-only-veto":
                return AdoptionRules.custom("only USA").vetoHolders(VetoHolders.of(Set.of("USA"))).build();
            case "three-fifths":
                return AdoptionRules.custom("3/5 of members").quota(Quota.ofMembers(3, 5)).build();
            case "literal-concurring":
                return AdoptionRules.custom("concurring = affirmative")
                        .blockingVotes(Set.of(Vote.NO, Vote.ABSTAIN, Vote.ABSENT, Vote.NOT_PARTICIPATING)).build();
            default:
                throw new IllegalArgumentException(name);
        }
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule           | votes              | outcome | required | vetoing
            charter          | YYYYY YYYYNNNNNN   | ADOPTED | 9        |
            charter          | YYYYY YYYNNNNNNN   | FAILED  | 9        |
            charter          | YYNYY YYYYYYYYYY   | VETOED  | 9        | RUS
            charter          | NYNYY YYYYYYYYYY   | VETOED  | 9        | CHN RUS
            charter          | NNNNN YYYYYYYYYY   | VETOED  | 9        | CHN FRA RUS GBR USA
            charter          | AYAYY YYYYYYYYYY   | ADOPTED | 9        |
            charter          | XYPYY YYYYYYAAAA   | ADOPTED | 9        |
            charter          | AAAAA YYYYYYYYYY   | ADOPTED | 9        |
            charter          | YYNYY YYYNNNNNNN   | FAILED  | 9        |
            charter          | AAAAA AAAAAAAAAA   | FAILED  | 9        |
            charter          | YYYYY YYYAAAAAAA   | FAILED  | 9        |
            charter          | YYYYY YYYYXXXXXX   | ADOPTED | 9        |
            procedural       | NNYYY YYYYYYYYYY   | ADOPTED | 9        |
            procedural       | NNNNN YYYYYYYYYN   | ADOPTED | 9        |
            procedural       | YYYYY YYYNNNNNNN   | FAILED  | 9        |
            icj              | YYYYY YYYNNNNNNN   | ADOPTED | 8        |
            icj              | NNNNN YYYYYYYYNN   | ADOPTED | 8        |
            icj              | YYYYY YYAAAAAAAA   | FAILED  | 8        |
            simple           | YYYYY YNNNNNAAAA   | ADOPTED | 6        |
            simple           | YYYYN NNNNNNAAAA   | FAILED  | 6        |
            simple           | AAAAA AAAAAAAAAA   | FAILED  | 1        |
            abstention-veto  | AYYYY YYYYYYYYYY   | VETOED  | 9        | CHN
            abstention-veto  | XYYYY YYYYYYYYYY   | ADOPTED | 9        |
            literal-concurring | XYPYY YYYYYYYYYY | VETOED  | 9        | CHN RUS
            no-veto-10       | NNNNN YYYYYYYYYY   | ADOPTED | 10       |
            no-veto-10       | YYYYY YYYYNNNNNN   | FAILED  | 10       |
            us-only-veto     | NNNNY YYYYYYYYYY   | ADOPTED | 9        |
            us-only-veto     | YYYYN YYYYYYYYYY   | VETOED  | 9        | USA
            three-fifths     | YYYYY YYYYNNNNNN   | ADOPTED | 9        |
            three-fifths     | YYYYY YYYANNNNNN   | FAILED  | 9        |
            """)
    void evaluate_fifteenMembers_followsTheTable(String rule, String votes, OutcomeType expected, int required,
            String vetoing) {
        Outcome outcome = rule(rule).evaluate(Patterns.ballot(FIFTEEN, Question.substantive(), votes));

        assertThat(outcome.type()).isEqualTo(expected);
        assertThat(outcome.required()).isEqualTo(required);
        assertThat(outcome.vetoingMembers()).extracting(MemberState::code).containsExactlyElementsOf(codes(vetoing));
        assertThat(outcome.isAdopted()).isEqualTo(expected == OutcomeType.ADOPTED);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            charter1946      | YYYYY YYNNNN | ADOPTED | 7 |
            charter1946      | YYYYY YNNNNN | FAILED  | 7 |
            charter1946      | YYNYY YYYYYY | VETOED  | 7 | SUN
            charter1946      | YYXYY YYYAAA | ADOPTED | 7 |
            procedural1946   | YYNYY YYYNNN | ADOPTED | 7 |
            icj              | YYYYY YNNNNN | ADOPTED | 6 |
            """)
    void evaluate_elevenMembers_followsTheTable(String rule, String votes, OutcomeType expected, int required,
            String vetoing) {
        Outcome outcome = rule(rule).evaluate(Patterns.ballot(ELEVEN, Question.substantive(), votes));

        assertThat(outcome.type()).isEqualTo(expected);
        assertThat(outcome.required()).isEqualTo(required);
        assertThat(outcome.vetoingMembers()).extracting(MemberState::code).containsExactlyElementsOf(codes(vetoing));
    }

    @Test
    void evaluate_failedDraft_reportsVotesShort() {
        Outcome outcome = AdoptionRules.charter()
                .evaluate(Patterns.ballot(FIFTEEN, Question.substantive(), "YYNYY YNNNNNNNNN"));

        assertThat(outcome.votesShort()).isEqualTo(4);
        assertThat(outcome.vetoingMembers()).isEmpty();
        assertThat(outcome.explanation()).isEqualTo("Not adopted, having failed to obtain the required number of "
                + "votes (9): 5 in favour, 10 against, no abstentions.");
    }

    @Test
    void evaluate_twoVetoes_namesBothInThePlural() {
        Outcome outcome = AdoptionRules.charter()
                .evaluate(Patterns.ballot(FIFTEEN, Question.substantive(), "NYNYY YYYYYYYYYY"));

        assertThat(outcome.explanation()).isEqualTo("Not adopted, owing to the negative votes of permanent members "
                + "(China, Russian Federation): 13 in favour, 2 against, no abstentions.");
    }

    @Test
    void evaluate_absentAndNotParticipating_areCountedApartInTheExplanation() {
        Outcome outcome = AdoptionRules.charter()
                .evaluate(Patterns.ballot(FIFTEEN, Question.substantive(), "XYPYY YYYYYYYYYA"));

        assertThat(outcome.tally().absent()).isEqualTo(1);
        assertThat(outcome.tally().notParticipating()).isEqualTo(1);
        assertThat(outcome.explanation())
                .isEqualTo("Adopted: 12 in favour, none against, 1 abstention, 1 absent, 1 not participating.");
    }

    @Test
    void inForce_dates_switchToNineVotesOnTheFirstDayOfTheFifteenMemberCouncil() {
        assertThat(AdoptionRules.inForce(LocalDate.of(1965, 12, 31), Question.substantive()))
                .isEqualTo(AdoptionRules.charter1946());
        assertThat(AdoptionRules.inForce(LocalDate.of(1966, 1, 1), Question.substantive()))
                .isEqualTo(AdoptionRules.charter());
        assertThat(AdoptionRules.inForce(LocalDate.of(1950, 1, 1), Question.procedural()))
                .isEqualTo(AdoptionRules.procedural1946());
        assertThat(AdoptionRules.inForce(LocalDate.of(2016, 1, 1), Question.procedural()))
                .isEqualTo(AdoptionRules.procedural());
        assertThat(AdoptionRules.inForce(LocalDate.of(1948, 5, 24), Question.preliminary()))
                .isEqualTo(AdoptionRules.preliminaryQuestion(LocalDate.of(1948, 5, 24)));
        assertThat(AdoptionRules.inForce(LocalDate.of(2020, 11, 12), Question.icjElection()))
                .isEqualTo(AdoptionRules.icjElection());
        assertThat(AdoptionRules.inForce(LocalDate.of(2016, 1, 1), Question.chapterVi("RUS", "UKR")))
                .isEqualTo(AdoptionRules.obligatoryAbstention(AdoptionRules.charter()));
        assertThat(AdoptionRules.inForce(LocalDate.of(2016, 1, 1), Question.chapterVii()))
                .isEqualTo(AdoptionRules.charter());
    }

    @Test
    void inForce_customCouncil_takesTheRuleInForceToday() {
        Council club = Council.custom("Model UN council", List.of(MemberState.of("FRA", "France")),
                List.of(MemberState.of("DEU", "Germany"), MemberState.of("ITA", "Italy")));
        Ballot ballot = Ballot.builder(club, Question.substantive()).rest(Vote.YES).build();

        assertThat(AdoptionRules.inForce(ballot)).isEqualTo(AdoptionRules.charter());
    }

    @Test
    void obligatoryAbstention_chapterViParty_negativeVoteOfPermanentPartyIsNoVeto() {
        Ballot ballot = Patterns.ballot(FIFTEEN, Question.chapterVi("RUS", "UKR"), "YYNYY YYYYYYYYYY");

        Outcome outcome = AdoptionRules.evaluate(ballot);

        assertThat(outcome.type()).isEqualTo(OutcomeType.ADOPTED);
        assertThat(outcome.tally().abstain()).isEqualTo(2);
        assertThat(outcome.tally().yes()).isEqualTo(13);
        assertThat(outcome.ballot().vote("RUS")).isEqualTo(Vote.NO);
        assertThat(outcome.explanation()).isEqualTo("Adopted: 13 in favour, none against, 2 abstentions (the vote of "
                + "Russian Federation, Ukraine, parties to the dispute, counted as abstentions under Art. 27(3)).");
    }

    @Test
    void obligatoryAbstention_partyAffirmativeVote_doesNotCountTowardsTheQuota() {
        // 9 affirmative votes, one of them Ukraine's as a party: 8 count.
        Ballot ballot = Patterns.ballot(FIFTEEN, Question.chapterVi("UKR"), "YYYYY YYYNNNNYNN");
        Ballot withUkraineYes = ballot;
        assertThat(ballot.vote("UKR")).isEqualTo(Vote.YES);
        assertThat(ballot.tally().yes()).isEqualTo(9);

        Outcome outcome = AdoptionRules.evaluate(withUkraineYes);

        assertThat(outcome.type()).isEqualTo(OutcomeType.FAILED);
        assertThat(outcome.tally().yes()).isEqualTo(withUkraineYes.tally().yes() - 1);
    }

    @Test
    void obligatoryAbstention_chapterVii_leavesThePartiesVoting() {
        Question question = new Question(io.github.unscsim.model.QuestionType.SUBSTANTIVE,
                io.github.unscsim.model.CharterBasis.CHAPTER_VII, Set.of("RUS"));
        Ballot ballot = Patterns.ballot(FIFTEEN, question, "YYNYY YYYYYYYYYY");

        assertThat(AdoptionRules.evaluate(ballot).type()).isEqualTo(OutcomeType.VETOED);
    }

    @Test
    void preliminaryQuestion_isNonProcedural_soAPermanentMembersNoIsAVeto() {
        Ballot ballot = Patterns.ballot(FIFTEEN, Question.preliminary(), "YYNYY YYYYYYYYYY");

        assertThat(AdoptionRules.evaluate(ballot).type()).isEqualTo(OutcomeType.VETOED);
        assertThat(AdoptionRules.evaluate(ballot.withQuestion(Question.procedural())).type())
                .isEqualTo(OutcomeType.ADOPTED);
    }

    private static List<String> codes(String text) {
        return text == null ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }
}
