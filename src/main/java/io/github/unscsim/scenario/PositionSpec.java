package io.github.unscsim.scenario;

import com.google.common.collect.ImmutableSortedMap;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Positions by member code, with an optional default for every member not named: what a scenario file's
 * {@code positions} and {@code probabilities} say before they meet a council. Immutable and thread-safe.
 *
 * @param members the named members' positions, by alpha-3 code, not null
 * @param defaultPosition the position of every member not named, or empty if every member must be named
 */
public record PositionSpec(Map<String, VoteDistribution> members, Optional<VoteDistribution> defaultPosition) {

    /**
     * Validates the codes and copies the positions.
     *
     * @param members the named members' positions, by code, not null
     * @param defaultPosition the default position, or empty
     */
    public PositionSpec {
        Objects.requireNonNull(defaultPosition, "defaultPosition");
        members.keySet().forEach(MemberState::checkCode);
        members = ImmutableSortedMap.copyOf(members);
    }

    /**
     * Returns the positions of a ballot to be: fixed votes, and a default vote for the rest.
     *
     * @param votes the named members' votes, by code, not null
     * @param defaultVote the vote of every member not named, or null if every member must be named
     * @return the positions
     */
    public static PositionSpec of(Map<String, Vote> votes, Vote defaultVote) {
        Map<String, VoteDistribution> map = new HashMap<>();
        votes.forEach((code, vote) -> map.put(code, VoteDistribution.certain(vote)));
        return new PositionSpec(map, Optional.ofNullable(defaultVote).map(VoteDistribution::certain));
    }

    /**
     * Returns these positions with some set or replaced.
     *
     * @param changes the positions to set, by code, not null
     * @return the changed positions
     */
    public PositionSpec with(Map<String, VoteDistribution> changes) {
        Map<String, VoteDistribution> map = new HashMap<>(members);
        map.putAll(changes);
        return new PositionSpec(map, defaultPosition);
    }

    /**
     * Returns these positions without the members that do not sit on a council.
     *
     * @param council the council, not null
     * @return the positions of its members
     */
    public PositionSpec on(Council council) {
        Map<String, VoteDistribution> map = new HashMap<>(members);
        map.keySet().removeIf(code -> !council.contains(code));
        return new PositionSpec(map, defaultPosition);
    }

    /**
     * Gives every member of a council its position: the one named, or the default.
     *
     * @param council the council, not null
     * @param question the question, not null
     * @return the positions
     * @throws IllegalArgumentException if a named member does not sit on the council, or a member is not named and
     *     there is no default
     */
    public Positions resolve(Council council, Question question) {
        Objects.requireNonNull(council, "council");
        for (String code : members.keySet()) {
            if (!council.contains(code)) {
                throw new IllegalArgumentException("a position is given for " + code + ", which is not a member of "
                        + council.name());
            }
        }
        Map<String, VoteDistribution> map = new HashMap<>(members);
        for (MemberState member : council.members()) {
            if (!map.containsKey(member.code())) {
                map.put(member.code(), defaultPosition.orElseThrow(() -> new IllegalArgumentException(
                        "no position for " + member.code() + " on " + council.name() + " and no default")));
            }
        }
        return Positions.of(council, question, map);
    }
}
