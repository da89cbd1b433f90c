package io.github.unscsim.record;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Tally;
import io.github.unscsim.model.Vote;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Each member's vote as the record's sources give it: for every member of the council on the vote's date, its vote
 * or, where no source names it, nothing ({@link #unknown()}). A member whose vote is unknown is not thereby absent:
 * absent and not participating are votes the sources record ({@link Vote#ABSENT}, {@link Vote#NOT_PARTICIPATING}).
 * Where every vote is known the list is a {@link Ballot} ({@link #ballot()}). Immutable and thread-safe.
 */
public final class MemberVotes {

    /** How many ways of filling in unknown votes {@link #completions} goes through at most. */
    static final int MAX_COMPLETIONS = 1 << 14;

    private final Council council;
    private final Question question;
    private final ImmutableMap<MemberState, Vote> known;
    private final ImmutableList<MemberState> unknown;
    private final Optional<Ballot> ballot;

    private MemberVotes(Council council, Question question, Map<MemberState, Vote> known) {
        this.council = Objects.requireNonNull(council, "council");
        this.question = Objects.requireNonNull(question, "question");
        Objects.requireNonNull(known, "known");
        for (MemberState member : known.keySet()) {
            if (!council.contains(member.code()) || !council.member(member.code()).equals(member)) {
                throw new IllegalArgumentException(member.code() + " is not a member of " + council.name());
            }
        }
        if (known.size() == council.size()) {
            // every member's vote is known: the ballot's votes, in seat order, are the known votes
            Ballot.Builder builder = Ballot.builder(council, question);
            known.forEach((member, vote) -> builder.vote(member.code(), vote));
            Ballot full = builder.build();
            this.known = ImmutableMap.copyOf(full.votes());
            this.unknown = ImmutableList.of();
            this.ballot = Optional.of(full);
            return;
        }
        Map<MemberState, Vote> ordered = new LinkedHashMap<>();
        council.members().forEach(member -> {
            Vote vote = known.get(member);
            if (vote != null) {
                ordered.put(member, vote);
            }
        });
        this.known = ImmutableMap.copyOf(ordered);
        this.unknown = council.members().stream().filter(member -> !ordered.containsKey(member))
                .collect(ImmutableList.toImmutableList());
        if (unknown.isEmpty()) {
            Ballot.Builder builder = Ballot.builder(council, question);
            ordered.forEach((member, vote) -> builder.vote(member.code(), vote));
            this.ballot = Optional.of(builder.build());
        } else {
            this.ballot = Optional.empty();
        }
    }

    /**
     * Returns the council on the vote's date.
     *
     * @return the council
     */
    public Council council() {
        return council;
    }

    /**
     * Returns the question decided.
     *
     * @return the question
     */
    public Question question() {
        return question;
    }

    /**
     * Returns the votes the sources give, by member, in seat order.
     *
     * @return the known votes, immutable
     */
    public Map<MemberState, Vote> known() {
        return known;
    }

    /**
     * Returns the votes of a complete ballot.
     *
     * @param ballot the ballot, not null
     * @return every member's vote
     */
    public static MemberVotes of(Ballot ballot) {
        return new MemberVotes(ballot.council(), ballot.question(), ballot.votes());
    }

    /**
     * Returns the votes known, by member.
     *
     * @param council the council, not null
     * @param question the question, not null
     * @param known the known votes, each of a member of the council, not null
     * @return the votes
     * @throws IllegalArgumentException if a member is not on the council
     */
    public static MemberVotes ofMembers(Council council, Question question, Map<MemberState, Vote> known) {
        return new MemberVotes(council, question, known);
    }

    /**
     * Returns the votes known by code; a code named twice or not on the council is an error.
     *
     * @param council the council, not null
     * @param question the question, not null
     * @param votes the known votes by code, not null
     * @return the votes
     * @throws IllegalArgumentException if a code is not a member of the council
     */
    public static MemberVotes of(Council council, Question question, Map<String, Vote> votes) {
        Map<MemberState, Vote> known = new LinkedHashMap<>();
        votes.forEach((code, vote) -> known.put(council.member(code), Objects.requireNonNull(vote, "vote")));
        return new MemberVotes(council, question, known);
    }

    /**
     * Returns the members of the council whose vote no source gives, in seat order.
     *
     * @return the members, empty when every vote is known
     */
    public List<MemberState> unknown() {
        return unknown;
    }

    /**
     * Tells whether every member's vote is known.
     *
     * @return true if none is unknown
     */
    public boolean isComplete() {
        return unknown.isEmpty();
    }

    /**
     * Returns the ballot, where every member's vote is known.
     *
     * @return the ballot, or empty
     */
    public Optional<Ballot> ballot() {
        return ballot;
    }

    /**
     * Returns a member's vote, where known.
     *
     * @param code the alpha-3 code, not null
     * @return the vote, or empty if unknown or not a member
     */
    public Optional<Vote> vote(String code) {
        Objects.requireNonNull(code, "code");
        return council.contains(code) ? Optional.ofNullable(known.get(council.member(code))) : Optional.empty();
    }

    /**
     * Returns the members known to have cast a given vote, in seat order.
     *
     * @param vote the vote, not null
     * @return the members
     */
    public List<MemberState> members(Vote vote) {
        Objects.requireNonNull(vote, "vote");
        return known.entrySet().stream().filter(entry -> entry.getValue() == vote).map(Map.Entry::getKey)
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * Counts the known votes: a tally of the whole council when every vote is known; with unknown votes, the absent
     * and not-participating counts are unknown and the yes, no and abstain counts are those of the members known.
     *
     * @return the count
     */
    public RecordedTally count() {
        Map<Vote, Integer> counts = new EnumMap<>(Vote.class);
        known.values().forEach(vote -> counts.merge(vote, 1, Integer::sum));
        Tally tally = new Tally(counts.getOrDefault(Vote.YES, 0), counts.getOrDefault(Vote.NO, 0),
                counts.getOrDefault(Vote.ABSTAIN, 0), counts.getOrDefault(Vote.ABSENT, 0),
                counts.getOrDefault(Vote.NOT_PARTICIPATING, 0));
        return isComplete() ? RecordedTally.of(tally) : RecordedTally.of(tally.yes(), tally.no(), tally.abstain());
    }

    /**
     * Returns every ballot this list could be, the unknown votes filled in every way that agrees with a tally: with
     * a tally whose yes, no and abstain counts equal the known members', the unknown members did not vote (absent
     * or not participating); with no tally, they may have voted any way. One ballot when every vote is known.
     *
     * @param tally the recorded tally, or empty
     * @return the ballots, at least one if the tally agrees with the known votes
     * @throws IllegalArgumentException if there are more than {@value #MAX_COMPLETIONS} ways
     */
    public List<Ballot> completions(Optional<RecordedTally> tally) {
        Objects.requireNonNull(tally, "tally");
        List<MemberState> unknown = unknown();
        List<Ballot> ballots = new ArrayList<>();
        fill(new LinkedHashMap<>(known), unknown, 0, tally, ballots);
        return ImmutableList.copyOf(ballots);
    }

    private void fill(Map<MemberState, Vote> votes, List<MemberState> unknown, int next,
            Optional<RecordedTally> tally, List<Ballot> ballots) {
        if (next == unknown.size()) {
            Ballot.Builder builder = Ballot.builder(council, question);
            votes.forEach((member, vote) -> builder.vote(member.code(), vote));
            Ballot ballot = builder.build();
            if (tally.map(recorded -> recorded.agreesWith(ballot.tally())).orElse(true)) {
                if (ballots.size() == MAX_COMPLETIONS) {
                    throw new IllegalArgumentException("the unknown votes of " + unknown.size()
                            + " members can be filled in more than " + MAX_COMPLETIONS + " ways");
                }
                ballots.add(ballot);
            }
            return;
        }
        for (Vote vote : Vote.values()) {
            if (tally.isPresent() && exceeds(votes, vote, tally.get())) {
                continue;
            }
            votes.put(unknown.get(next), vote);
            fill(votes, unknown, next + 1, tally, ballots);
            votes.remove(unknown.get(next));
        }
    }

    private static boolean exceeds(Map<MemberState, Vote> votes, Vote vote, RecordedTally tally) {
        if (tally.count(vote).isEmpty()) {
            return false;
        }
        long cast = votes.values().stream().filter(other -> other == vote).count();
        return cast >= tally.count(vote).getAsInt();
    }

    /** Equal when the councils, questions and known votes are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MemberVotes that && council.equals(that.council) && question.equals(that.question)
                && known.equals(that.known);
    }

    @Override
    public int hashCode() {
        return Objects.hash(council, question, known);
    }

    /** Returns each known member's code and vote, then the unknown ones, e.g. {@code CHN=yes ... RWA=unknown}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        known.forEach((member, vote) -> text.append(member.code()).append('=').append(vote).append(' '));
        unknown.forEach(member -> text.append(member.code()).append("=unknown "));
        return text.toString().strip();
    }
}
