package io.github.unscsim.scenario;

import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.MemberValues;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A probabilistic ballot: the council, the question and, for every member exactly once, a {@link VoteDistribution}.
 * A ballot as cast is the special case where every distribution is certain ({@link #of(Ballot)}). The positions
 * are kept in the council's seat order. Immutable and thread-safe.
 */
public final class Positions extends MemberValues<VoteDistribution> {

    private Positions(Council council, Question question, Map<MemberState, VoteDistribution> distributions) {
        super(council, question, distributions);
    }

    /**
     * Returns the positions given by member code.
     *
     * @param council the council, not null
     * @param question the question, not null
     * @param distributions one distribution for every member of the council, keyed by code, not null
     * @return the positions
     * @throws IllegalArgumentException if a code is not a member or a member has no position
     */
    public static Positions of(Council council, Question question, Map<String, VoteDistribution> distributions) {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(distributions, "distributions");
        Map<MemberState, VoteDistribution> byMember = new LinkedHashMap<>();
        distributions.forEach((code, distribution) -> byMember.put(council.member(code),
                Objects.requireNonNull(distribution, code)));
        return new Positions(council, question, inSeatOrder(council, byMember,
                missing -> "no position for " + missing + " on " + council.name()));
    }

    /**
     * Returns the certain positions of a ballot as cast.
     *
     * @param ballot the ballot, not null
     * @return the positions
     */
    public static Positions of(Ballot ballot) {
        Objects.requireNonNull(ballot, "ballot");
        Map<MemberState, VoteDistribution> map = new LinkedHashMap<>();
        ballot.votes().forEach((member, vote) -> map.put(member, VoteDistribution.certain(vote)));
        return new Positions(ballot.council(), ballot.question(), map);
    }

    /**
     * Returns every member's distribution, in seat order.
     *
     * @return the distributions, immutable
     */
    public Map<MemberState, VoteDistribution> distributions() {
        return values();
    }

    /**
     * Returns one member's distribution.
     *
     * @param code the member's alpha-3 code, not null
     * @return the distribution
     * @throws IllegalArgumentException if the state is not a member
     */
    public VoteDistribution distribution(String code) {
        return value(code);
    }

    /**
     * Returns these positions with one member's distribution replaced.
     *
     * @param code the member's alpha-3 code, not null
     * @param distribution the distribution, not null
     * @return the changed positions
     */
    public Positions with(String code, VoteDistribution distribution) {
        Objects.requireNonNull(distribution, "distribution");
        return new Positions(council(), question(), valuesWith(code, distribution));
    }

    /**
     * Returns these positions with one member's vote fixed.
     *
     * @param code the member's alpha-3 code, not null
     * @param vote the vote, not null
     * @return the changed positions
     */
    public Positions with(String code, Vote vote) {
        return with(code, VoteDistribution.certain(vote));
    }

    /**
     * Tells whether every member's vote is certain.
     *
     * @return true if these positions are a ballot
     */
    public boolean isCertain() {
        return distributions().values().stream().allMatch(VoteDistribution::isCertain);
    }

    /**
     * Returns the ballot of certain positions.
     *
     * @return the ballot
     * @throws IllegalStateException if some member's vote is uncertain
     */
    public Ballot ballot() {
        Ballot.Builder builder = Ballot.builder(council(), question());
        distributions().forEach((member, distribution) -> builder.vote(member.code(), distribution.vote()));
        return builder.build();
    }
}
