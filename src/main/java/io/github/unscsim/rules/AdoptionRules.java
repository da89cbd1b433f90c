package io.github.unscsim.rules;

import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The Council's adoption rules, and a configurable rule for teaching and reform scenarios.
 *
 * <ul>
 *   <li>{@link #charter()}: non-procedural questions since 1966, Art. 27(3) as practised: 9 affirmative votes and no
 *       negative vote of a permanent member. A permanent member's abstention, absence or non-participation is not a
 *       veto (settled practice since 1947; the ICJ's Namibia opinion of 21 June 1971).</li>
 *   <li>{@link #charter1946()}: the same with 7 of the 11 members of 1946–1965.</li>
 *   <li>{@link #procedural()} and {@link #procedural1946()}: Art. 27(2), 9 (7) affirmative votes, no veto.</li>
 *   <li>{@link #preliminaryQuestion(LocalDate)}: the vote on whether a matter is procedural, treated as
 *       non-procedural, so it can be vetoed (the "double veto", e.g. 24 May 1948 on Czechoslovakia).</li>
 *   <li>{@link #icjElection()}: an absolute majority of all members (8 of 15), no veto (ICJ Statute Art. 10).</li>
 *   <li>{@link #obligatoryAbstention(AdoptionRule)}: Art. 27(3)'s proviso, a party to a dispute under Chapter VI
 *       or Art. 52(3) abstains.</li>
 *   <li>{@link #custom(String)}: any quota, any veto holders, any blocking votes, abstention allowed or not.</li>
 *   <li>{@link #preset(String)}: the named rules of Model UN and the classroom, with their sources
 *       ({@link RulePresets}).</li>
 * </ul>
 *
 * <p>With no rule named, {@link #inForce(Ballot)} picks the rule in force on the ballot's date for its question.
 * The Charter amendments enlarging the Council entered into force on 31 August 1965, but the Council kept its 11
 * members until 31 December 1965; which threshold applied in between is not confirmed, and this library applies 7
 * until the 15-member Council first sat on 1 January 1966 ({@link #ENLARGEMENT}).
 */
public final class AdoptionRules {

    /** The first day of the 15-member Council, from which 9 affirmative votes are required. */
    public static final LocalDate ENLARGEMENT = LocalDate.of(1966, 1, 1);

    private static final QuotaRule CHARTER = QuotaRule.builder("Charter Art. 27(3), as practised since 1966")
            .votes(9).build();
    private static final QuotaRule CHARTER_1946 = QuotaRule.builder("Charter Art. 27(3), as practised 1946-1965")
            .votes(7).build();
    private static final QuotaRule PROCEDURAL = QuotaRule.builder("Charter Art. 27(2), procedural, since 1966")
            .votes(9).vetoHolders(VetoHolders.none()).build();
    private static final QuotaRule PROCEDURAL_1946 = QuotaRule.builder("Charter Art. 27(2), procedural, 1946-1965")
            .votes(7).vetoHolders(VetoHolders.none()).build();
    private static final QuotaRule PRELIMINARY = QuotaRule.builder(
            "preliminary question, non-procedural (double veto), since 1966").votes(9).build();
    private static final QuotaRule PRELIMINARY_1946 = QuotaRule.builder(
            "preliminary question, non-procedural (double veto), 1946-1965").votes(7).build();
    private static final QuotaRule ICJ = QuotaRule.builder("ICJ Statute Art. 10, absolute majority")
            .quota(Quota.majorityOfMembers()).vetoHolders(VetoHolders.none()).build();
    private static final QuotaRule SIMPLE_MAJORITY = QuotaRule.builder(
            "simple majority of the members present and voting, no veto")
            .quota(Quota.majorityOfPresentAndVoting()).vetoHolders(VetoHolders.none()).build();

    private AdoptionRules() {
    }

    /**
     * Returns the rule for non-procedural questions since 1966: 9 affirmative votes, including the concurring votes
     * of the permanent members, where only a permanent member's negative vote is a veto.
     *
     * @return the rule
     */
    public static QuotaRule charter() {
        return CHARTER;
    }

    /**
     * Returns the rule for non-procedural questions on the 11-member council, 1946–1965: 7 affirmative votes, the
     * same veto.
     *
     * @return the rule
     */
    public static QuotaRule charter1946() {
        return CHARTER_1946;
    }

    /**
     * Returns the rule for procedural questions since 1966: 9 affirmative votes of any members, no veto.
     *
     * @return the rule
     */
    public static QuotaRule procedural() {
        return PROCEDURAL;
    }

    /**
     * Returns the rule for procedural questions 1946–1965: 7 affirmative votes of any members, no veto.
     *
     * @return the rule
     */
    public static QuotaRule procedural1946() {
        return PROCEDURAL_1946;
    }

    /**
     * Returns the rule for the preliminary question whether a matter is procedural on a date: treated as
     * non-procedural, so a permanent member's negative vote is a veto; 9 (7 before 1966) affirmative votes. A veto
     * here means the matter is treated as non-procedural, and can then be vetoed itself: the double veto.
     *
     * @param date the date of the vote, not null
     * @return the rule
     */
    public static QuotaRule preliminaryQuestion(LocalDate date) {
        return isEnlarged(date) ? PRELIMINARY : PRELIMINARY_1946;
    }

    /**
     * Returns the rule for electing judges of the International Court of Justice: an absolute majority of all
     * members of the Council (8 of 15), with no distinction between permanent and elected members.
     *
     * @return the rule
     */
    public static QuotaRule icjElection() {
        return ICJ;
    }

    /**
     * Returns a teaching rule: more affirmative than negative votes, no veto, as many Model UN councils vote on
     * procedural motions.
     *
     * @return the rule
     */
    public static QuotaRule simpleMajority() {
        return SIMPLE_MAJORITY;
    }

    /**
     * Returns a named rule that Model UN conferences and teachers use ({@link RulePresets}): {@code charter},
     * {@code nine-no-veto}, {@code simple-majority}, {@code two-thirds}, {@code majority-present},
     * {@code consensus}, {@code procedural-mun}.
     *
     * @param name the preset's name, in any case, not null
     * @return the rule
     * @throws IllegalArgumentException naming the unknown name and listing the names
     */
    public static QuotaRule preset(String name) {
        return RulePresets.named(name).rule();
    }

    /**
     * Returns a rule applying Art. 27(3)'s proviso on top of another: in decisions under Chapter VI or Art. 52(3), a
     * party to a dispute abstains; its affirmative or negative vote is counted as an abstention.
     *
     * @param rule the rule that counts the votes, not null
     * @return the rule
     */
    public static AdoptionRule obligatoryAbstention(AdoptionRule rule) {
        return new ObligatoryAbstention(rule);
    }

    /**
     * Starts a configurable rule: any quota (a number, a share of the members, or a share of those present and
     * voting), any veto holders, and whether an abstention blocks.
     *
     * @param name the rule's name, not blank
     * @return a builder, set by default to the Charter's 9 votes and permanent members' veto
     */
    public static QuotaRule.Builder custom(String name) {
        return QuotaRule.builder(name);
    }

    /**
     * Returns the rule in force on a date for a question.
     *
     * @param date the date of the vote, not null
     * @param question the question, not null
     * @return the rule: procedural, non-procedural, preliminary or ICJ election, of the 11- or 15-member council, with
     *     Art. 27(3)'s obligatory abstention where the question names parties to a dispute under Chapter VI or
     *     Art. 52(3)
     */
    public static AdoptionRule inForce(LocalDate date, Question question) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(question, "question");
        boolean enlarged = isEnlarged(date);
        switch (question.type()) {
            case PROCEDURAL:
                return enlarged ? PROCEDURAL : PROCEDURAL_1946;
            case PRELIMINARY:
                return preliminaryQuestion(date);
            case ICJ_ELECTION:
                return ICJ;
            default:
                AdoptionRule rule = enlarged ? CHARTER : CHARTER_1946;
                return question.basis().requiresAbstentionOfParties() ? obligatoryAbstention(rule) : rule;
        }
    }

    /**
     * Returns the rule in force for a ballot: for a historical council, on its date; for a custom council, which
     * has no date, the rule in force today.
     *
     * @param ballot the ballot, not null
     * @return the rule
     */
    public static AdoptionRule inForce(Ballot ballot) {
        Objects.requireNonNull(ballot, "ballot");
        return inForce(ballot.council(), ballot.question());
    }

    /**
     * Returns the rule in force for a council and a question: for a historical council, on its date; for a custom
     * council, which has no date, the rule in force today.
     *
     * @param council the council, not null
     * @param question the question, not null
     * @return the rule
     */
    public static AdoptionRule inForce(Council council, Question question) {
        Objects.requireNonNull(council, "council");
        return inForce(council.date().orElse(ENLARGEMENT), question);
    }

    /**
     * Evaluates a ballot under the rule in force for it.
     *
     * @param ballot the ballot, not null
     * @return the outcome
     */
    public static Outcome evaluate(Ballot ballot) {
        return inForce(ballot).evaluate(ballot);
    }

    private static boolean isEnlarged(LocalDate date) {
        return !Objects.requireNonNull(date, "date").isBefore(ENLARGEMENT);
    }
}
