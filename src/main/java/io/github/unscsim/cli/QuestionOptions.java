package io.github.unscsim.cli;

import io.github.unscsim.model.CharterBasis;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.QuestionType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code [--procedural | --question KIND] [--parties CODES]}: the question put to the vote, for every command that
 * counts one ballot ({@code vote}, {@code whatif}, {@code pivots} through {@link BallotOptions}, and
 * {@code rollcall}).
 */
final class QuestionOptions {

    @Option(names = "--procedural", description = "a procedural question (Art. 27(2)): no veto")
    boolean procedural;

    @Option(names = "--question", paramLabel = "KIND",
            description = "the kind of question: substantive (the default), procedural, preliminary (whether a "
                    + "matter is procedural; can be vetoed) or icj-election")
    String question;

    @Option(names = "--parties", paramLabel = "CODES",
            description = "parties to a dispute under Chapter VI: they must abstain (Art. 27(3)), and their "
                    + "votes count as abstentions")
    List<String> parties = new ArrayList<>();

    /**
     * Returns the question these options describe.
     *
     * @param on the council, whose members the parties must be
     * @return the question
     * @throws IllegalArgumentException if the kind is unknown or contradicts the other options, or a party is not a
     *     member of the council
     */
    Question question(Council on) {
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
        Set<String> codes = new LinkedHashSet<>(BallotOptions.codes(on, "--parties", parties));
        if (!codes.isEmpty() && type != QuestionType.SUBSTANTIVE) {
            throw new IllegalArgumentException("--parties applies to substantive questions only (Art. 27(3))");
        }
        return new Question(type, codes.isEmpty() ? CharterBasis.UNSPECIFIED : CharterBasis.CHAPTER_VI, codes);
    }
}
