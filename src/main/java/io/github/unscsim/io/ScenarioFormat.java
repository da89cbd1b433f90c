package io.github.unscsim.io;

import io.github.unscsim.model.CharterBasis;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.QuestionType;
import io.github.unscsim.rules.Quota;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenario file's vocabulary, shared by {@link ScenarioReader} and {@link ScenarioWriter}: its keys, the kinds of
 * question and the forms of a quota, each translated both ways in one place.
 */
final class ScenarioFormat {

    static final Set<String> TOP = Set.of("draft", "council", "question", "parties", "rule", "positions",
            "probabilities", "correlation", "variants");
    static final Set<String> VARIANT = Set.of("name", "set", "council", "rule", "correlation");
    static final Set<String> CORRELATION = Set.of("blocs", "shared-factor", "trials", "seed");
    static final Set<String> RULE = Set.of("preset", "votes", "quota", "veto", "abstention-is-veto");
    static final String DEFAULT = "default";

    /** The kinds of question, in the order the messages list them. */
    private static final List<String> QUESTIONS = List.of("substantive", "procedural", "preliminary",
            "icj-election", "chapter-vi", "chapter-vii", "article-52-3");

    private static final Pattern SHARE = Pattern.compile("(more than )?(\\d{1,9})/(\\d{1,9})( present-and-voting| present)?");

    private ScenarioFormat() {
    }

    /**
     * Returns a question's name in a file.
     *
     * @throws IllegalArgumentException if the file cannot say it (a basis on a question that is not substantive,
     *     parties without Chapter VI or Art. 52(3), Chapter VI or Art. 52(3) without parties)
     */
    static String questionName(Question question) {
        String name = switch (question.type()) {
            case PROCEDURAL -> "procedural";
            case PRELIMINARY -> "preliminary";
            case ICJ_ELECTION -> "icj-election";
            default -> switch (question.basis()) {
                case CHAPTER_VI -> "chapter-vi";
                case CHAPTER_VII -> "chapter-vii";
                case ARTICLE_52_3 -> "article-52-3";
                default -> "substantive";
            };
        };
        boolean same;
        try {
            same = question(name, question.partiesToDispute()).equals(question);
        } catch (IllegalArgumentException e) {
            same = false;
        }
        if (!same) {
            throw new IllegalArgumentException("the question " + question + " has no form in a scenario file");
        }
        return name;
    }

    /**
     * Returns the question a file names, with its parties.
     *
     * @throws IllegalArgumentException if the name is unknown, or the parties do not fit the kind of question (parties
     *     without Chapter VI or Art. 52(3) here; Chapter VI or Art. 52(3) without parties in {@link Question})
     */
    static Question question(String name, Set<String> parties) {
        QuestionType type = QuestionType.SUBSTANTIVE;
        CharterBasis basis = CharterBasis.UNSPECIFIED;
        switch (name) {
            case "substantive" -> { }
            case "procedural" -> type = QuestionType.PROCEDURAL;
            case "preliminary" -> type = QuestionType.PRELIMINARY;
            case "icj-election" -> type = QuestionType.ICJ_ELECTION;
            case "chapter-vi" -> basis = CharterBasis.CHAPTER_VI;
            case "chapter-vii" -> basis = CharterBasis.CHAPTER_VII;
            case "article-52-3" -> basis = CharterBasis.ARTICLE_52_3;
            default -> throw new IllegalArgumentException("'" + name + "' is not a kind of question (expected "
                    + String.join(", ", QUESTIONS) + ")");
        }
        if (!parties.isEmpty() && !basis.requiresAbstentionOfParties()) {
            throw new IllegalArgumentException("parties to a dispute need question: chapter-vi or article-52-3");
        }
        // Question itself rejects Chapter VI or Art. 52(3) without parties
        return new Question(type, basis, parties);
    }

    /**
     * Returns a quota's text in a file, for every quota but a fixed number of votes (written {@code votes: N}).
     */
    static String quotaText(Quota quota) {
        if (!(quota instanceof Quota.Share s)) {
            throw new IllegalArgumentException("the quota '" + quota + "' is written as votes: N");
        }
        String[] words = switch (s.base()) {
            case MEMBERS -> new String[] {"majority", ""};
            case PRESENT_AND_VOTING -> new String[] {"simple-majority", " present-and-voting"};
            case PRESENT -> new String[] {"majority-present", " present"};
        };
        return s.isMajority() ? words[0]
                : (s.strict() ? "more than " : "") + s.numerator() + "/" + s.denominator() + words[1];
    }

    /**
     * Reads a quota's text: {@code majority}, {@code simple-majority}, {@code majority-present}, {@code N/D} (at
     * least that share of the members), {@code N/D present-and-voting}, {@code N/D present} (of those voting yes,
     * no or abstaining), each share also as {@code more than N/D ...}.
     *
     * @return the quota, or empty if the text is none of these forms
     * @throws IllegalArgumentException if the share is not between 0 and 1 ({@link Quota}'s message)
     */
    static Optional<Quota> quota(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.equals("majority")) {
            return Optional.of(Quota.majorityOfMembers());
        }
        if (t.equals("simple-majority")) {
            return Optional.of(Quota.majorityOfPresentAndVoting());
        }
        if (t.equals("majority-present")) {
            return Optional.of(Quota.majorityOfPresent());
        }
        Matcher m = SHARE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        boolean strict = m.group(1) != null;
        Quota.Base base = m.group(4) == null ? Quota.Base.MEMBERS
                : m.group(4).equals(" present") ? Quota.Base.PRESENT : Quota.Base.PRESENT_AND_VOTING;
        return Optional.of(new Quota.Share(n, d, strict, base));
    }

    /** What a quota's text may be, for messages. */
    static String quotaForms() {
        return "majority, simple-majority, majority-present, N/D, N/D present-and-voting, N/D present, or a share "
                + "after 'more than'";
    }
}
