package io.github.unscsim.model;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Set;

/**
 * The kind of question put to the vote: procedural or not, the part of the Charter it falls under, and the members
 * that are parties to the dispute. Immutable and thread-safe.
 *
 * @param type the kind of question, not null
 * @param basis the part of the Charter, not null
 * @param partiesToDispute alpha-3 codes of the parties to the dispute, not null; not empty under Chapter VI or Art. 52(3)
 */
public record Question(QuestionType type, CharterBasis basis, Set<String> partiesToDispute) {

    /**
     * Validates the components and copies the parties.
     *
     * @param type the kind of question, not null
     * @param basis the part of the Charter, not null
     * @param partiesToDispute alpha-3 codes of the parties to the dispute, not null; not empty under Chapter VI or
     *     Art. 52(3)
     * @throws IllegalArgumentException if the basis is Chapter VI or Art. 52(3) and no party is named
     */
    public Question {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(partiesToDispute, "partiesToDispute");
        partiesToDispute.forEach(MemberState::checkCode);
        partiesToDispute = ImmutableSortedSet.copyOf(partiesToDispute);
        if (basis.requiresAbstentionOfParties() && partiesToDispute.isEmpty()) {
            throw new IllegalArgumentException("a question under " + (basis == CharterBasis.CHAPTER_VI
                    ? "Chapter VI" : "Art. 52(3)") + " is a decision on a dispute and must name its parties");
        }
    }

    /**
     * Returns a non-procedural question with no stated basis and no parties.
     *
     * @return the question
     */
    public static Question substantive() {
        return new Question(QuestionType.SUBSTANTIVE, CharterBasis.UNSPECIFIED, Set.of());
    }

    /**
     * Returns a procedural question.
     *
     * @return the question
     */
    public static Question procedural() {
        return new Question(QuestionType.PROCEDURAL, CharterBasis.UNSPECIFIED, Set.of());
    }

    /**
     * Returns the preliminary question whether a matter is procedural.
     *
     * @return the question
     */
    public static Question preliminary() {
        return new Question(QuestionType.PRELIMINARY, CharterBasis.UNSPECIFIED, Set.of());
    }

    /**
     * Returns the election of a judge of the International Court of Justice.
     *
     * @return the question
     */
    public static Question icjElection() {
        return new Question(QuestionType.ICJ_ELECTION, CharterBasis.UNSPECIFIED, Set.of());
    }

    /**
     * Returns a non-procedural decision under Chapter VI on a dispute between the given parties.
     *
     * @param parties alpha-3 codes of the parties to the dispute, at least one
     * @return the question
     * @throws IllegalArgumentException if no party is named
     */
    public static Question chapterVi(String... parties) {
        return new Question(QuestionType.SUBSTANTIVE, CharterBasis.CHAPTER_VI, Set.of(parties));
    }

    /**
     * Returns a non-procedural decision under Chapter VII.
     *
     * @return the question
     */
    public static Question chapterVii() {
        return new Question(QuestionType.SUBSTANTIVE, CharterBasis.CHAPTER_VII, Set.of());
    }

    /**
     * Tells whether a member must abstain under Art. 27(3): the decision is non-procedural, falls under Chapter VI
     * or Art. 52(3), and the member is a party to the dispute.
     *
     * @param code the member's alpha-3 code, not null
     * @return true if the member must abstain
     */
    public boolean requiresAbstention(String code) {
        Objects.requireNonNull(code, "code");
        return type == QuestionType.SUBSTANTIVE && basis.requiresAbstentionOfParties()
                && partiesToDispute.contains(code);
    }
}
