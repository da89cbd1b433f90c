package io.github.unscsim.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The named rules that Model UN conferences and teachers use, each with its source. The sources:
 *
 * <ul>
 *   <li>[CHARTER] the Charter of the United Nations: Art. 18(2) and (3) (the General Assembly: two-thirds of the
 *       members present and voting on important questions, a majority on others), Art. 27(2) and (3) (the Council:
 *       9 affirmative votes; on non-procedural matters including the concurring votes of the permanent
 *       members).</li>
 *   <li>[NAMIBIA] ICJ, Legal Consequences for States of the Continued Presence of South Africa in Namibia, advisory
 *       opinion of 21 June 1971, para. 22: a permanent member's abstention is not a bar to adoption.</li>
 *   <li>[GA-RULES] Rules of Procedure of the General Assembly, A/520/Rev.17: rule 83 (two-thirds of the members
 *       present and voting), rule 85 (a majority of the members present and voting), rule 86 ("members present and
 *       voting" means members casting an affirmative or negative vote; members which abstain are considered as not
 *       voting).</li>
 *   <li>[COBIS] COBIS MUN Rules of Procedure (published at issuu.com/fibsb/docs/cobis_mun_-_rules_of_procedure):
 *       a simple majority "requires the positive votes of at least 50% + 1 of the delegates present"; delegates who
 *       answered the roll "present and voting" may not abstain.</li>
 *   <li>[UNCLOS] United Nations Convention on the Law of the Sea, Art. 161(8)(e): "consensus" means the absence of
 *       any formal objection.</li>
 * </ul>
 *
 * <p>A preset defined here is named by its preset name ({@code two-thirds}), as outcomes and errors show it; the
 * Council's rule and the simple majority are {@link AdoptionRules#charter()} and
 * {@link AdoptionRules#simpleMajority()}, with their names. Where a source leaves a point open, the preset's source says what this library decides. Immutable and
 * thread-safe.
 */
public final class RulePresets {

    private static final QuotaRule TWO_THIRDS = QuotaRule.builder("two-thirds")
            .quota(Quota.ofPresentAndVoting(2, 3)).vetoHolders(VetoHolders.none()).build();
    private static final QuotaRule MAJORITY_PRESENT = QuotaRule.builder("majority-present")
            .quota(Quota.majorityOfPresent()).vetoHolders(VetoHolders.none()).build();
    private static final QuotaRule NINE_NO_VETO = QuotaRule.builder("nine-no-veto")
            .votes(9).vetoHolders(VetoHolders.none()).build();
    private static final QuotaRule CONSENSUS = QuotaRule.builder("consensus")
            .votes(1).vetoHolders(VetoHolders.allMembers()).build();
    private static final QuotaRule PROCEDURAL_MUN = QuotaRule.builder("procedural-mun")
            .quota(Quota.majorityOfPresent()).vetoHolders(VetoHolders.none())
            .noAbstention("procedural votes take yes or no only").build();

    private static final List<RulePreset> ALL = ImmutableList.of(
            new RulePreset("charter", "9 affirmative votes and no negative vote of a permanent member (the Council "
                    + "on non-procedural matters)", "[CHARTER] Art. 27(3); a permanent member's abstention is no "
                    + "veto [NAMIBIA]", AdoptionRules.charter()),
            new RulePreset("nine-no-veto", "9 affirmative votes of any members, no veto (the Council on procedural "
                    + "matters)", "[CHARTER] Art. 27(2)", NINE_NO_VETO),
            new RulePreset("simple-majority", "more affirmative than negative votes, no veto; abstentions do not "
                    + "count", "[CHARTER] Art. 18(3); [GA-RULES] rules 85 and 86", AdoptionRules.simpleMajority()),
            new RulePreset("two-thirds", "at least two-thirds of the members present and voting, no veto; "
                    + "abstentions do not count", "[CHARTER] Art. 18(2); [GA-RULES] rules 83 and 86", TWO_THIRDS),
            new RulePreset("majority-present", "more than half of the members present (yes, no or abstaining), no "
                    + "veto: an abstention weighs as a negative vote", "[COBIS] simple majority; read as more than "
                    + "half of those present (for an odd number present, whether \"50% + 1\" means more than half "
                    + "or half rounded up plus one is not confirmed)", MAJORITY_PRESENT),
            new RulePreset("consensus", "no member votes against, and at least one votes in favour; an abstention "
                    + "is no objection", "[UNCLOS] Art. 161(8)(e): the absence of any formal objection; that an "
                    + "abstention is no objection follows from it; the one affirmative vote is this library's "
                    + "requirement, so that a draft nobody supports is not adopted", CONSENSUS),
            new RulePreset("procedural-mun", "more than half of the members present, no veto, no abstention: a Model "
                    + "UN procedural vote, yes or no only", "[COBIS]: delegates present and voting may not abstain; "
                    + "the majority as for majority-present", PROCEDURAL_MUN));

    private RulePresets() {
    }

    /**
     * Returns every preset, in the order the README's table lists them.
     *
     * @return the presets, immutable
     */
    public static List<RulePreset> all() {
        return ALL;
    }

    /**
     * Returns the presets' names.
     *
     * @return the names, in order, immutable
     */
    public static List<String> names() {
        return ALL.stream().map(RulePreset::name).collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the preset with a name.
     *
     * @param name the name, in any case, not null
     * @return the preset
     * @throws IllegalArgumentException naming the unknown name and listing the names
     */
    public static RulePreset named(String name) {
        Objects.requireNonNull(name, "name");
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (RulePreset preset : ALL) {
            if (preset.name().equals(key)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a rule (expected one of "
                + ALL.stream().map(RulePreset::name).collect(Collectors.joining(", ")) + ")");
    }
}
