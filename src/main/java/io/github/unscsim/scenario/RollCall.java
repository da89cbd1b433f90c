package io.github.unscsim.scenario;

import com.google.common.collect.ImmutableList;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.CountingRule;
import io.github.unscsim.rules.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * A roll-call vote as Model UN conferences run it [MUN-RC]: the members are called in the English alphabetical order
 * of their names, beginning with a member drawn by lot (as the United Nations' own rules of procedure word it,
 * "beginning with the member whose name is drawn by lot by the President" [UN-ROLLCALL]), and each answers yes, no, abstain, pass, or yes or no "with rights". A member that passes is
 * called again in a second round, after everyone else, in the same order, and must then vote yes or no. A yes or no
 * with rights is recorded as the vote and a request to explain it after the vote.
 *
 * <p>This class is the call: the council, the question and the order. Answers are taken by a {@link Clerk}
 * ({@link #clerk()}), which checks each one as it is given, and the finished call is a {@link Result} whose
 * {@link Result#ballot() ballot} is counted by any {@link AdoptionRule}, the same rule as for any other ballot.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * RollCall call = RollCall.startingWith(council, Question.substantive(), "RUS");
 * AdoptionRule rule = AdoptionRules.inForce(council, Question.substantive());
 * RollCall.Clerk clerk = call.clerk(rule);   // refuses at once an answer the rule does not allow
 * clerk.answer("RUS", RollCallAnswer.PASS);
 * ... // every other member, in call.order()
 * clerk.answer("RUS", RollCallAnswer.NO_WITH_RIGHTS);
 * Outcome outcome = clerk.result().outcome(rule);
 * }</pre>
 */
public final class RollCall {

    private final Council council;
    private final Question question;
    private final List<MemberState> order;

    private RollCall(Council council, Question question, List<MemberState> order) {
        this.council = council;
        this.question = question;
        this.order = order;
    }

    /**
     * Returns the roll call that begins with a given member and goes on in alphabetical order, wrapping round.
     *
     * @param council the council, not null
     * @param question the question put to the vote, not null
     * @param start the code of the member called first, not null
     * @return the roll call
     * @throws IllegalArgumentException if {@code start} is not a member of the council
     */
    public static RollCall startingWith(Council council, Question question, String start) {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(start, "start");
        List<MemberState> alphabetical = alphabetical(council);
        int first = -1;
        for (int i = 0; i < alphabetical.size(); i++) {
            if (alphabetical.get(i).code().equalsIgnoreCase(start.strip())) {
                first = i;
            }
        }
        if (first < 0) {
            throw new IllegalArgumentException("start: " + start + " is not a member of " + council.name());
        }
        ImmutableList.Builder<MemberState> order = ImmutableList.builder();
        for (int i = 0; i < alphabetical.size(); i++) {
            order.add(alphabetical.get((first + i) % alphabetical.size()));
        }
        return new RollCall(council, question, order.build());
    }

    /**
     * Returns the roll call that begins with a member drawn by lot: each member equally likely.
     *
     * @param council the council, not null
     * @param question the question put to the vote, not null
     * @param random the lot, not null (a seeded generator repeats the draw)
     * @return the roll call
     */
    public static RollCall drawn(Council council, Question question, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        List<MemberState> alphabetical = alphabetical(council);
        return startingWith(council, question, alphabetical.get(random.nextInt(alphabetical.size())).code());
    }

    /**
     * Returns a council's members in the English alphabetical order of their names (ignoring case), the order of a
     * roll call and of the presidency's rotation.
     *
     * @param council the council, not null
     * @return the members, immutable
     */
    public static List<MemberState> alphabetical(Council council) {
        return council.members().stream()
                .sorted(Comparator.comparing((MemberState m) -> m.name().toLowerCase(Locale.ROOT))
                        .thenComparing(MemberState::code))
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the council.
     *
     * @return the council
     */
    public Council council() {
        return council;
    }

    /**
     * Returns the question put to the vote.
     *
     * @return the question
     */
    public Question question() {
        return question;
    }

    /**
     * Returns the order in which the members are called in the first round.
     *
     * @return every member once, immutable
     */
    public List<MemberState> order() {
        return order;
    }

    /**
     * Returns a new clerk to take the answers of this roll call.
     *
     * @return a clerk with no answer yet
     */
    public Clerk clerk() {
        return new Clerk(this, null);
    }

    /**
     * Returns a new clerk that also refuses, as it is given, an answer the rule the vote is counted under does not
     * allow: an abstention under a rule that allows none ({@link CountingRule#checkAllowed(int, Vote)}, the check
     * {@link AdoptionRule#evaluate(Ballot)} makes), such as the preset {@code procedural-mun}.
     *
     * @param rule the rule the roll call is counted under, not null
     * @return a clerk with no answer yet
     * @throws IllegalArgumentException if the rule does not fit the council (see {@link AdoptionRule#compile})
     */
    public Clerk clerk(AdoptionRule rule) {
        return new Clerk(this, Objects.requireNonNull(rule, "rule").compile(council, question));
    }

    /**
     * One answer in one round.
     *
     * @param member the member, not null
     * @param answer its answer, not null
     */
    public record Entry(MemberState member, RollCallAnswer answer) {
        /**
         * Checks the parts.
         *
         * @param member the member, not null
         * @param answer its answer, not null
         */
        public Entry {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(answer, "answer");
        }

        @Override
        public String toString() {
            return member.code() + " " + answer.label();
        }
    }

    /**
     * Takes the answers of a roll call in order and checks each as it comes: a member not on the council, one
     * called out of turn, one answering twice in a round, an abstention or a pass in the second round, or (for a
     * clerk given the rule, {@link #clerk(AdoptionRule)}) an abstention the rule does not allow is an
     * {@link IllegalArgumentException} saying why, and the answer is not taken. Not thread-safe.
     */
    public static final class Clerk {

        private final RollCall call;
        private final List<Entry> first = new ArrayList<>();
        private final List<Entry> second = new ArrayList<>();
        private final List<MemberState> passed = new ArrayList<>();
        private final CountingRule rule;

        private Clerk(RollCall call, CountingRule rule) {
            this.call = call;
            this.rule = rule;
        }

        /**
         * Returns the round being called: 1, or 2 once every member has answered once and some passed.
         *
         * @return 1 or 2
         */
        public int round() {
            return first.size() < call.order.size() ? 1 : 2;
        }

        /**
         * Returns the member called next.
         *
         * @return the member, empty when the roll call is complete
         */
        public Optional<MemberState> next() {
            if (first.size() < call.order.size()) {
                return Optional.of(call.order.get(first.size()));
            }
            return second.size() < passed.size() ? Optional.of(passed.get(second.size())) : Optional.empty();
        }

        /**
         * Tells whether every member has voted.
         *
         * @return true if no one is left to call
         */
        public boolean isComplete() {
            return next().isEmpty();
        }

        /**
         * Takes one answer.
         *
         * @param code the member's alpha-3 code, not null
         * @param answer its answer, not null
         * @return this clerk
         * @throws IllegalArgumentException if the state is not a member, is not the member called now, has already
         *     answered in this round, answers abstain or pass in the second round, or abstains under a rule given to
         *     {@link #clerk(AdoptionRule)} that allows no abstention
         */
        public Clerk answer(String code, RollCallAnswer answer) {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(answer, "answer");
            if (!call.council.contains(code)) {
                throw new IllegalArgumentException(code + " is not a member of " + call.council.name());
            }
            MemberState member = call.council.member(code);
            Optional<MemberState> expected = next();
            if (expected.isEmpty()) {
                throw new IllegalArgumentException(member.code() + " answers after the roll call has ended");
            }
            int round = round();
            List<Entry> current = round == 1 ? first : second;
            Optional<Entry> earlier = current.stream().filter(e -> e.member().equals(member)).findFirst();
            if (earlier.isPresent()) {
                throw new IllegalArgumentException(member.code() + " answers twice in round " + round
                        + " (it answered " + earlier.get().answer().label() + "; " + expected.get().code()
                        + " is called now)");
            }
            if (round == 2 && !passed.contains(member)) {
                throw new IllegalArgumentException(member.code() + " did not pass in round 1, so it is not called "
                        + "in round 2 (" + expected.get().code() + " is called now)");
            }
            if (!member.equals(expected.get())) {
                throw new IllegalArgumentException(member.code() + " answers out of order: round " + round
                        + " calls " + expected.get().code() + " now");
            }
            if (round == 2 && (answer == RollCallAnswer.PASS || answer == RollCallAnswer.ABSTAIN)) {
                throw new IllegalArgumentException(member.code() + " passed in round 1 and must now vote yes or no: "
                        + (answer == RollCallAnswer.PASS ? "a second pass" : "an abstention after a pass")
                        + " is not allowed");
            }
            if (rule != null) {
                int seat = call.council.members().indexOf(member);
                answer.vote().ifPresent(vote -> rule.checkAllowed(seat, vote));
            }
            current.add(new Entry(member, answer));
            if (round == 1 && answer == RollCallAnswer.PASS) {
                passed.add(member);
            }
            return this;
        }

        /**
         * Returns the finished roll call.
         *
         * @return the result
         * @throws IllegalStateException if the roll call is not complete, naming the members not yet heard
         */
        public Result result() {
            if (!isComplete()) {
                List<MemberState> missing = new ArrayList<>();
                if (round() == 1) {
                    missing.addAll(call.order.subList(first.size(), call.order.size()));
                    missing.addAll(passed);
                } else {
                    missing.addAll(passed.subList(second.size(), passed.size()));
                }
                throw new IllegalStateException("the roll call is not complete: no "
                        + (round() == 1 ? "" : "round 2 ") + "answer from "
                        + missing.stream().map(MemberState::code).collect(Collectors.joining(", ")));
            }
            return new Result(call, List.copyOf(first), List.copyOf(second));
        }
    }

    /**
     * A finished roll call: its rounds, who asked to explain, and the ballot. Immutable and thread-safe.
     *
     * @param call the roll call, not null
     * @param firstRound every member's answer in the order called, not null
     * @param secondRound the answers of the members that passed, not null
     */
    public record Result(RollCall call, List<Entry> firstRound, List<Entry> secondRound) {

        /**
         * Checks and copies the parts.
         *
         * @param call the roll call, not null
         * @param firstRound every member's answer in the order called, not null
         * @param secondRound the answers of the members that passed, not null
         */
        public Result {
            Objects.requireNonNull(call, "call");
            firstRound = List.copyOf(firstRound);
            secondRound = List.copyOf(secondRound);
        }

        /**
         * Returns the members that asked to explain their vote (answered "with rights"), in the order they asked.
         *
         * @return the members, immutable
         */
        public List<MemberState> explanationsRequested() {
            List<MemberState> members = new ArrayList<>();
            for (List<Entry> round : List.of(firstRound, secondRound)) {
                round.stream().filter(e -> e.answer().isWithRights()).forEach(e -> members.add(e.member()));
            }
            return List.copyOf(members);
        }

        /**
         * Returns the ballot the roll call cast: each member's vote in the first round, or in the second if it
         * passed.
         *
         * @return the ballot
         */
        public Ballot ballot() {
            Map<String, Vote> votes = new LinkedHashMap<>();
            for (List<Entry> round : List.of(firstRound, secondRound)) {
                for (Entry entry : round) {
                    entry.answer().vote().ifPresent(vote -> votes.put(entry.member().code(), vote));
                }
            }
            return Ballot.of(call.council(), call.question(), votes);
        }

        /**
         * Counts the ballot under a rule: exactly {@code rule.evaluate(ballot())}.
         *
         * @param rule the rule, not null
         * @return the outcome
         */
        public Outcome outcome(AdoptionRule rule) {
            return Objects.requireNonNull(rule, "rule").evaluate(ballot());
        }
    }
}
