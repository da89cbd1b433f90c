package io.github.unscsim.cli;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.CharterBasis;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.QuestionType;
import io.github.unscsim.model.Vote;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options that describe one ballot, shared by every command that evaluates one: the council, each member's vote
 * and the kind of question.
 */
final class BallotOptions {

    @Option(names = "--council", required = true, paramLabel = "YEAR|DATE",
            description = "the council: a year (1 January) or an ISO date, 1946 to 2026")
    String council;

    @Option(names = "--yes", split = ",", paramLabel = "CODES", description = "members voting in favour")
    List<String> yes = new ArrayList<>();

    @Option(names = "--no", split = ",", paramLabel = "CODES", description = "members voting against")
    List<String> no = new ArrayList<>();

    @Option(names = "--abstain", split = ",", paramLabel = "CODES", description = "members abstaining")
    List<String> abstain = new ArrayList<>();

    @Option(names = "--absent", split = ",", paramLabel = "CODES", description = "members absent")
    List<String> absent = new ArrayList<>();

    @Option(names = "--not-participating", split = ",", paramLabel = "CODES",
            description = "members present but not participating")
    List<String> notParticipating = new ArrayList<>();

    @Option(names = "--procedural", description = "a procedural question (Art. 27(2)): no veto")
    boolean procedural;

    @Option(names = "--question", paramLabel = "KIND",
            description = "the kind of question: substantive (the default), procedural, preliminary (whether a "
                    + "matter is procedural; can be vetoed) or icj-election")
    String question;

    @Option(names = "--parties", split = ",", paramLabel = "CODES",
            description = "parties to a dispute under Chapter VI: they must abstain (Art. 27(3)), and their "
                    + "votes count as abstentions")
    List<String> parties = new ArrayList<>();

    /**
     * Builds the ballot these options describe.
     *
     * @return the ballot
     * @throws IllegalArgumentException if a code is not a member, a member is named twice or not at all
     */
    Ballot ballot() {
        Council on = Councils.parse(council);
        Ballot.Builder builder = Ballot.builder(on, question());
        add(builder, Vote.YES, yes);
        add(builder, Vote.NO, no);
        add(builder, Vote.ABSTAIN, abstain);
        add(builder, Vote.ABSENT, absent);
        add(builder, Vote.NOT_PARTICIPATING, notParticipating);
        return builder.build();
    }

    /**
     * Returns the question these options describe.
     *
     * @return the question
     * @throws IllegalArgumentException if the kind is unknown or contradicts the other options
     */
    Question question() {
        QuestionType type = QuestionType.SUBSTANTIVE;
        if (question != null) {
            String key = question.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                type = QuestionType.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--question: '" + question
                        + "' is not a kind of question (expected substantive, procedural, preliminary or icj-election)");
            }
            if (procedural && type != QuestionType.PROCEDURAL) {
                throw new IllegalArgumentException("--procedural contradicts --question " + question);
            }
        } else if (procedural) {
            type = QuestionType.PROCEDURAL;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : parties) {
            codes.add(MemberState.checkCode(code.strip().toUpperCase(Locale.ROOT)));
        }
        if (!codes.isEmpty() && type != QuestionType.SUBSTANTIVE) {
            throw new IllegalArgumentException("--parties applies to substantive questions only (Art. 27(3))");
        }
        return new Question(type, codes.isEmpty() ? CharterBasis.UNSPECIFIED : CharterBasis.CHAPTER_VI, codes);
    }

    private static void add(Ballot.Builder builder, Vote vote, List<String> codes) {
        for (String code : codes) {
            String trimmed = code.strip().toUpperCase(Locale.ROOT);
            if (!trimmed.isEmpty()) {
                builder.vote(MemberState.checkCode(trimmed), vote);
            }
        }
    }
}
