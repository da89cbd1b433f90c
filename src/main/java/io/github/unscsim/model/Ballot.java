package io.github.unscsim.model;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One vote of the Council: the question and exactly one {@link Vote} for every member of the council. The votes are
 * kept in the council's seat order, whatever order they were given in. Immutable and thread-safe.
 *
 * <pre>{@code
 * Ballot ballot = Ballot.builder(council, Question.substantive())
 *         .yes("FRA", "GBR", "USA").no("RUS").abstain("CHN")
 *         .rest(Vote.YES)
 *         .build();
 * }</pre>
 */
public final class Ballot extends MemberValues<Vote> {

    private Ballot(Council council, Question question, Map<MemberState, Vote> votes) {
        super(council, question, votes);
    }

    /**
     * Returns the ballot with the given votes, keyed by alpha-3 code.
     *
     * @param council the council, not null
     * @param question the question put to the vote, not null
     * @param votes one vote per member of the council, keyed by code, not null
     * @return the ballot
     * @throws IllegalArgumentException if a code is not a member of the council or a member has no vote
     */
    public static Ballot of(Council council, Question question, Map<String, Vote> votes) {
        Objects.requireNonNull(votes, "votes");
        Builder builder = builder(council, question);
        votes.forEach(builder::vote);
        return builder.build();
    }

    /**
     * Starts a ballot of the given council on the given question.
     *
     * @param council the council, not null
     * @param question the question put to the vote, not null
     * @return a builder
     */
    public static Builder builder(Council council, Question question) {
        return new Builder(council, question);
    }

    /**
     * Returns every member's vote, in seat order.
     *
     * @return the votes, immutable
     */
    public Map<MemberState, Vote> votes() {
        return values();
    }

    /**
     * Returns a member's vote.
     *
     * @param code the member's alpha-3 code, not null
     * @return the vote
     * @throws IllegalArgumentException if the state is not a member of the council
     */
    public Vote vote(String code) {
        return value(code);
    }

    /**
     * Returns the members that cast a given vote, in seat order.
     *
     * @param vote the kind of vote, not null
     * @return the members, immutable
     */
    public List<MemberState> members(Vote vote) {
        Objects.requireNonNull(vote, "vote");
        return votes().entrySet().stream().filter(entry -> entry.getValue() == vote).map(Map.Entry::getKey)
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * Counts the votes of each kind.
     *
     * @return the tally
     */
    public Tally tally() {
        Map<Vote, Integer> counts = new EnumMap<>(Vote.class);
        votes().values().forEach(vote -> counts.merge(vote, 1, Integer::sum));
        return new Tally(counts.getOrDefault(Vote.YES, 0), counts.getOrDefault(Vote.NO, 0),
                counts.getOrDefault(Vote.ABSTAIN, 0), counts.getOrDefault(Vote.ABSENT, 0),
                counts.getOrDefault(Vote.NOT_PARTICIPATING, 0));
    }

    /**
     * Returns a copy of this ballot with one member's vote changed.
     *
     * @param code the member's alpha-3 code, not null
     * @param vote the new vote, not null
     * @return the changed ballot
     * @throws IllegalArgumentException if the state is not a member of the council
     */
    public Ballot with(String code, Vote vote) {
        Objects.requireNonNull(vote, "vote");
        return new Ballot(council(), question(), valuesWith(code, vote));
    }

    /**
     * Returns a copy of this ballot on another question.
     *
     * @param other the question, not null
     * @return the ballot with the same votes on {@code other}
     */
    public Ballot withQuestion(Question other) {
        return new Ballot(council(), Objects.requireNonNull(other, "question"), votes());
    }

    /**
     * Collects the votes of a ballot and checks, on {@link #build()}, that every member votes exactly once. Not
     * thread-safe.
     */
    public static final class Builder {

        private final Council council;
        private final Question question;
        private final Map<MemberState, Vote> votes = new LinkedHashMap<>();

        private Builder(Council council, Question question) {
            this.council = Objects.requireNonNull(council, "council");
            this.question = Objects.requireNonNull(question, "question");
        }

        /**
         * Records one member's vote.
         *
         * @param code the member's alpha-3 code, not null
         * @param vote the vote, not null
         * @return this builder
         * @throws IllegalArgumentException if the state is not a member of the council or already has a vote
         */
        public Builder vote(String code, Vote vote) {
            Objects.requireNonNull(vote, "vote");
            MemberState member = council.member(code);
            Vote previous = votes.putIfAbsent(member, vote);
            if (previous != null) {
                throw new IllegalArgumentException(code + " is named twice on the ballot of " + council.name()
                        + " (" + previous + " and " + vote + ")");
            }
            return this;
        }

        /**
         * Records the same vote for several members.
         *
         * @param vote the vote, not null
         * @param codes the members' alpha-3 codes
         * @return this builder
         */
        public Builder votes(Vote vote, String... codes) {
            for (String code : codes) {
                vote(code, vote);
            }
            return this;
        }

        /**
         * Records affirmative votes.
         *
         * @param codes the members' alpha-3 codes
         * @return this builder
         */
        public Builder yes(String... codes) {
            return votes(Vote.YES, codes);
        }

        /**
         * Records negative votes.
         *
         * @param codes the members' alpha-3 codes
         * @return this builder
         */
        public Builder no(String... codes) {
            return votes(Vote.NO, codes);
        }

        /**
         * Records abstentions.
         *
         * @param codes the members' alpha-3 codes
         * @return this builder
         */
        public Builder abstain(String... codes) {
            return votes(Vote.ABSTAIN, codes);
        }

        /**
         * Records absences.
         *
         * @param codes the members' alpha-3 codes
         * @return this builder
         */
        public Builder absent(String... codes) {
            return votes(Vote.ABSENT, codes);
        }

        /**
         * Records members present but not participating.
         *
         * @param codes the members' alpha-3 codes
         * @return this builder
         */
        public Builder notParticipating(String... codes) {
            return votes(Vote.NOT_PARTICIPATING, codes);
        }

        /**
         * Gives every member not yet named the same vote.
         *
         * @param vote the vote, not null
         * @return this builder
         */
        public Builder rest(Vote vote) {
            Objects.requireNonNull(vote, "vote");
            council.members().forEach(member -> votes.putIfAbsent(member, vote));
            return this;
        }

        /**
         * Builds the ballot.
         *
         * @return the ballot, its votes in seat order
         * @throws IllegalArgumentException if a member of the council has no vote
         */
        public Ballot build() {
            return new Ballot(council, question, inSeatOrder(council, votes,
                    missing -> "ballot for " + council.name() + " has no vote for " + missing));
        }
    }
}
