package io.github.unscsim.record;

import com.google.common.collect.ImmutableList;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.CountingRule;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.scenario.PositionSpec;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.scenario.Scenario;
import io.github.unscsim.scenario.Variant;
import io.github.unscsim.scenario.VoteDistribution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A recorded vote evaluated again: under the rule in force on its date ({@link #inForce}), or counterfactually
 * under another rule, on another council or with changed positions; the recorded outcome beside the replayed one.
 * Immutable and thread-safe.
 *
 * <p>Counterfactual councils go through the scenario engine ({@link Scenario}, {@link Variant}): a member of the
 * recorded ballot that is not on the new council is dropped; a member only on the new council votes as the caller
 * says ({@code newMembers}), and with no such vote the replay fails naming the members. The USSR's seat passed to
 * the Russian Federation (24 December 1991), so on a council with {@code RUS} and without {@code SUN} the USSR's
 * recorded vote is cast by {@code RUS}.
 *
 * <pre>{@code
 * RecordedVote vote = VotingRecord.bundled().get("S/2016/846");
 * Replay.inForce(vote).matches();                              // true: vetoed by RUS, as recorded
 * Replay.withoutVeto(vote).outcome().type();                   // ADOPTED
 * Replay.onReform(vote, ReformModels.g4(false, 14), Vote.ABSTAIN);
 * }</pre>
 *
 * @param vote the recorded vote, not null
 * @param label what was replayed: {@code the rule in force}, or the counterfactual's name, not null
 * @param outcome the replayed outcome, not null
 * @param changes what the counterfactual changed from the recorded ballot (members' positions, the council, the
 *     rule), empty for a replay under the rule in force
 */
public record Replay(RecordedVote vote, String label, Outcome outcome, List<Scenario.Difference> changes) {

    /** The label of a replay under the rule in force. */
    public static final String IN_FORCE = "the rule in force";

    /**
     * Validates the components and copies the changes.
     *
     * @param vote the recorded vote
     * @param label what was replayed
     * @param outcome the replayed outcome
     * @param changes what changed
     */
    public Replay {
        Objects.requireNonNull(vote, "vote");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(outcome, "outcome");
        changes = ImmutableList.copyOf(changes);
    }

    /**
     * Replays a vote under the rule in force on its date for its kind of question
     * ({@link AdoptionRules#evaluate(Ballot)}). Where some members' votes are unknown
     * ({@link MemberVotes#unknown()}), every way of filling them in that agrees with the recorded tally is
     * evaluated ({@link MemberVotes#completions}); the replay stands only if all give the same outcome class and
     * vetoing members, and its label then names the unknown members.
     *
     * @param vote a vote with per-member votes, not null
     * @return the replay
     * @throws IllegalArgumentException if the vote has no per-member votes, or the outcome depends on the unknown
     *     votes
     */
    public static Replay inForce(RecordedVote vote) {
        Objects.requireNonNull(vote, "vote");
        MemberVotes votes = vote.memberVotes().orElseThrow(() -> new IllegalArgumentException(vote.id()
                + " has no per-member votes in the record (only a tally), so it cannot be replayed"));
        if (votes.isComplete()) {
            return new Replay(vote, IN_FORCE, evaluate(votes.ballot().orElseThrow()), List.of());
        }
        List<Ballot> ballots = votes.completions(vote.tally());
        if (ballots.isEmpty()) {
            throw new IllegalArgumentException(vote.id() + ": the known votes do not agree with the tally "
                    + vote.tally().map(Object::toString).orElse(""));
        }
        Outcome first = evaluate(ballots.get(0));
        for (Ballot ballot : ballots.subList(1, ballots.size())) {
            Outcome other = evaluate(ballot);
            if (other.type() != first.type() || !codes(other).equals(codes(first))) {
                throw new IllegalArgumentException(vote.id() + ": the outcome depends on the unknown votes of "
                        + unknown(votes) + " (" + RecordedVote.label(first.type()) + " with " + ballots.get(0)
                        + ", " + RecordedVote.label(other.type()) + " with " + ballot + ")");
            }
        }
        return new Replay(vote, IN_FORCE + ", whatever the unknown votes of " + unknown(votes) + " ("
                + ballots.size() + " ways agree with the tally)", first, List.of());
    }

    /** The rule in force compiled once per council and question (the record's councils repeat by the thousand). */
    private static final Map<List<Object>, CountingRule> COMPILED = new ConcurrentHashMap<>();

    /** {@link AdoptionRules#evaluate(Ballot)}, with the compiled rule kept. */
    private static Outcome evaluate(Ballot ballot) {
        List<Object> key = List.of(ballot.council(), ballot.question());
        CountingRule rule = COMPILED.get(key);
        if (rule == null) {
            rule = AdoptionRules.inForce(ballot).compile(ballot.council(), ballot.question());
            COMPILED.putIfAbsent(key, rule);
        }
        return rule.evaluate(ballot);
    }

    private static String unknown(MemberVotes votes) {
        return String.join(" ", votes.unknown().stream().map(MemberState::code).toList());
    }

    private static TreeSet<String> codes(Outcome outcome) {
        TreeSet<String> codes = new TreeSet<>();
        outcome.vetoingMembers().stream().map(MemberState::code).forEach(codes::add);
        return codes;
    }

    /**
     * Tells whether this is a replay under the rule in force (of {@link #inForce}), with every vote known or not.
     *
     * @return true for a replay under the rule in force
     */
    public boolean isInForce() {
        return label.startsWith(IN_FORCE);
    }

    /**
     * Replays a vote under another rule, on its own council.
     *
     * @param vote a vote with per-member votes, not null
     * @param rule the rule, not null (e.g. {@link AdoptionRules#simpleMajority()}, a reform model's rule)
     * @return the replay
     * @throws IllegalArgumentException if the vote has no per-member votes
     */
    public static Replay under(RecordedVote vote, AdoptionRule rule) {
        Objects.requireNonNull(rule, "rule");
        return new Replay(vote, rule.name(), rule.evaluate(ballot(vote)), List.of());
    }

    /**
     * Replays a vote with some members' votes changed, under the rule in force.
     *
     * @param vote a vote with per-member votes, not null
     * @param changes the changed votes by code, not null
     * @return the replay
     * @throws IllegalArgumentException if the vote has no per-member votes or a code is not on its council
     */
    public static Replay withVotes(RecordedVote vote, Map<String, Vote> changes) {
        Map<String, VoteDistribution> set = new HashMap<>();
        changes.forEach((code, changed) -> set.put(code, VoteDistribution.certain(changed)));
        return variant(vote, Variant.setting("changed votes", set), null);
    }

    /**
     * Replays a vote with the veto removed (no member's negative vote blocks), on its own council.
     *
     * @param vote a vote with per-member votes, not null
     * @return the replay
     */
    public static Replay withoutVeto(RecordedVote vote) {
        return variant(vote, new Variant("no veto", Map.of(), Optional.empty(), RuleSpec.noVeto()), null);
    }

    /**
     * Replays a vote on another council (another date's, or a custom one) under the rule in force for that council.
     *
     * @param vote a vote with per-member votes, not null
     * @param council the council, not null
     * @param newMembers how the members not on the recorded council vote, or null if there must be none
     * @return the replay
     * @throws IllegalArgumentException if the council has members not on the recorded one and no vote is given
     */
    public static Replay onCouncil(RecordedVote vote, Council council, Vote newMembers) {
        return variant(vote, Variant.setting("on " + council.name(), Map.of()).withCouncil(council), newMembers);
    }

    /**
     * Replays a vote on a reform model's council under the model's rule.
     *
     * @param vote a vote with per-member votes, not null
     * @param model the model, not null
     * @param newMembers how the members not on the recorded council vote, or null if there must be none
     * @return the replay
     */
    public static Replay onReform(RecordedVote vote, ReformModel model, Vote newMembers) {
        return variant(vote, Variant.setting(model.name(), Map.of()).withReform(model), newMembers);
    }

    /**
     * Replays a vote through the scenario engine: the recorded ballot is the base, the variant changes positions,
     * the council or the rule.
     *
     * @param vote a vote with per-member votes, not null
     * @param variant the change, with certain positions only, not null
     * @param newMembers how the members not on the recorded council vote, or null if the variant must set them
     * @return the replay
     * @throws IllegalArgumentException if the variant leaves a member without a position or sets an uncertain one
     */
    public static Replay variant(RecordedVote vote, Variant variant, Vote newMembers) {
        Objects.requireNonNull(variant, "variant");
        Ballot ballot = ballot(vote);
        Map<String, Vote> recorded = new HashMap<>();
        ballot.votes().forEach((member, cast) -> recorded.put(member.code(), cast));
        Variant moved = successor(variant, ballot);
        Scenario scenario = new Scenario(ballot.council(), ballot.question(), PositionSpec.of(recorded, newMembers),
                RuleSpec.unchanged(), List.of(moved));
        Scenario.Evaluation evaluation = scenario.evaluate().variants().get(0);
        Outcome outcome = evaluation.outcome().orElseThrow(() -> new IllegalArgumentException("variant '"
                + variant.name() + "' sets uncertain positions: a replay needs a vote for every member (use "
                + "Scenario for odds)"));
        return new Replay(vote, variant.name(), outcome, evaluation.changes());
    }

    private static Variant successor(Variant variant, Ballot ballot) {
        Optional<Council> council = variant.council();
        if (council.isEmpty() || !ballot.council().contains("SUN") || council.get().contains("SUN")
                || !council.get().contains("RUS") || variant.set().containsKey("RUS")) {
            return variant;
        }
        Map<String, VoteDistribution> set = new HashMap<>(variant.set());
        set.put("RUS", VoteDistribution.certain(ballot.vote("SUN")));
        return new Variant(variant.name(), set, variant.council(), variant.rule(), variant.correlation());
    }

    private static Ballot ballot(RecordedVote vote) {
        Objects.requireNonNull(vote, "vote");
        return vote.ballot().orElseThrow(() -> new IllegalArgumentException(vote.id()
                + (vote.memberVotes().isPresent() ? " has members whose vote is unknown ("
                + unknown(vote.memberVotes().get()) + "), so it can be replayed only under the rule in force"
                : " has no per-member votes in the record (only a tally), so it cannot be replayed")));
    }

    /**
     * Tells whether the replay gives the recorded outcome class and the recorded vetoing members.
     *
     * @return true if both agree
     */
    public boolean matches() {
        if (outcome.type() != vote.outcome()) {
            return false;
        }
        if (outcome.vetoingMembers().isEmpty() || vote.vetoingMembers().isEmpty()) {
            return outcome.vetoingMembers().isEmpty() && vote.vetoingMembers().isEmpty();
        }
        return replayedVetoes().equals(new TreeSet<>(vote.vetoingMembers()));
    }

    /**
     * Says how the replay compares with the record, e.g. {@code recorded vetoed (RUS), replayed adopted}.
     *
     * @return one line
     */
    public String reason() {
        String recorded = describe(RecordedVote.label(vote.outcome()), new TreeSet<>(vote.vetoingMembers()));
        String replayed = describe(RecordedVote.label(outcome.type()), replayedVetoes());
        return (matches() ? "as recorded: " + recorded : "recorded " + recorded + ", replayed " + replayed)
                + " under " + outcome.rule() + (label.equals(IN_FORCE) ? "" : " (" + label + ")");
    }

    private TreeSet<String> replayedVetoes() {
        return codes(outcome);
    }

    private static String describe(String type, TreeSet<String> vetoers) {
        return type + (vetoers.isEmpty() ? "" : " (" + String.join(" ", vetoers) + ")");
    }
}
