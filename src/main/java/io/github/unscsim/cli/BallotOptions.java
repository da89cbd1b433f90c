package io.github.unscsim.cli;

import io.github.unscsim.history.MemberStates;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.RulePresets;
import io.github.unscsim.scenario.RuleSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that describe one ballot, shared by every command that evaluates one: the council, each member's vote,
 * the kind of question, and the rule it is counted under.
 */
final class BallotOptions {

    @Option(names = "--rule", paramLabel = "NAME", completionCandidates = RuleNames.class,
            description = "count under a named rule instead of the rule in force: ${COMPLETION-CANDIDATES} "
                    + "(see the README's table of rules and their sources)")
    String rule;

    @Mixin
    CouncilOption council;

    @Option(names = "--yes", paramLabel = "CODES",
            description = "members voting in favour. CODES: comma-separated codes (any case) or names, as the "
                    + "members command lists them")
    List<String> yes = new ArrayList<>();

    @Option(names = "--no", paramLabel = "CODES", description = "members voting against")
    List<String> no = new ArrayList<>();

    @Option(names = "--abstain", paramLabel = "CODES", description = "members abstaining")
    List<String> abstain = new ArrayList<>();

    @Option(names = "--absent", paramLabel = "CODES", description = "members absent")
    List<String> absent = new ArrayList<>();

    @Option(names = "--not-participating", paramLabel = "CODES",
            description = "members present but not participating")
    List<String> notParticipating = new ArrayList<>();

    @Mixin
    QuestionOptions questionOptions;

    /**
     * Builds the ballot these options describe. CODES are comma-separated; each is a member's code in any case, a
     * name or an alias ({@link MemberStates#memberCode(Council, String)}); an empty item is an error.
     *
     * @return the ballot
     * @throws IllegalArgumentException if {@code --rule} names no rule, a code is not a member, a member is named
     *     twice or not at all, an item is empty, or a party is not a member
     */
    Ballot ballot() {
        // a rule that is not one is reported before the votes
        ruleSpec(rule);
        Council on = council.council();
        Ballot.Builder builder = Ballot.builder(on, questionOptions.question(on));
        add(builder, on, Vote.YES, "--yes", yes);
        add(builder, on, Vote.NO, "--no", no);
        add(builder, on, Vote.ABSTAIN, "--abstain", abstain);
        add(builder, on, Vote.ABSENT, "--absent", absent);
        add(builder, on, Vote.NOT_PARTICIPATING, "--not-participating", notParticipating);
        return builder.build();
    }

    /**
     * Returns the rule these options name for a ballot: the rule in force for it, or the named rule
     * ({@link RuleSpec#preset(String)}) applied to the rule in force, which keeps Art. 27(3)'s obligatory abstention
     * of the parties.
     *
     * @param on the ballot, not null
     * @return the rule
     * @throws IllegalArgumentException if the name is not a rule's, with the names
     */
    AdoptionRule rule(Ballot on) {
        return ruleSpec(rule).apply(AdoptionRules.inForce(on));
    }

    /**
     * Returns the change {@code --rule} names ({@link RuleSpec#preset(String)}), or none.
     *
     * @param rule the option's value, or null without it
     * @return the change
     * @throws IllegalArgumentException if the name is not a rule's, the message starting {@code --rule:}
     */
    static RuleSpec ruleSpec(String rule) {
        if (rule == null) {
            return RuleSpec.unchanged();
        }
        return OptionValues.read("--rule", () -> RuleSpec.preset(rule));
    }

    /** The names {@code --rule} takes, for its help. */
    static final class RuleNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return RulePresets.names().iterator();
        }
    }

    private static void add(Ballot.Builder builder, Council on, Vote vote, String option, List<String> values) {
        for (String code : codes(on, option, values)) {
            builder.vote(code, vote);
        }
    }

    /** The members that an option's values name, in order: each value is split at commas, no item may be empty. */
    static List<String> codes(Council on, String option, List<String> values) {
        List<String> codes = new ArrayList<>();
        for (String value : values) {
            String[] items = value.split(",", -1);
            for (int i = 0; i < items.length; i++) {
                if (items[i].isBlank()) {
                    throw new IllegalArgumentException(option + " " + value + ": item " + (i + 1) + " of "
                            + items.length + " is empty (expected comma-separated codes, e.g. FRA,GBR)");
                }
                String item = items[i];
                codes.add(OptionValues.read(option, () -> MemberStates.memberCode(on, item)));
            }
        }
        return codes;
    }
}
