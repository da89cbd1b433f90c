package io.github.unscsim.power;

import com.google.common.collect.ImmutableList;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.CountingRule;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The yes/no game of a council: a coalition of members voting yes wins when it has at least the quota of votes and
 * includes every veto holder. Today's Council is the game with 5 veto holders, 10 other members and a quota of 9,
 * the same game as the weighted game {@code [39; 7×5, 1×10]} ({@link #toWeightedGame()}).
 *
 * <p>As a yes/no game it treats every vote other than yes alike; {@link TernaryCouncilGame} keeps abstention apart.
 * Members are counted by type (veto holder or not), so every index of a council of any size is computed at once.
 * Immutable and thread-safe.
 */
public final class CouncilGame implements SimpleGame {

    private final List<String> players;
    private final boolean[] veto;
    private final int quota;
    private final int vetoHolders;

    private CouncilGame(List<String> players, boolean[] veto, int quota) {
        this.players = players;
        this.veto = veto;
        this.quota = quota;
        int count = 0;
        for (boolean v : veto) {
            count += v ? 1 : 0;
        }
        this.vetoHolders = count;
    }

    /**
     * Returns the game of members with the given codes.
     *
     * @param members the members' codes in order, distinct, at least one
     * @param vetoHolders the codes of the members who hold a veto, each a member, not null
     * @param quota the affirmative votes required, between 1 and the number of members
     * @return the game
     * @throws IllegalArgumentException if a code is repeated, a veto holder is not a member or the quota is out of
     *     range
     */
    public static CouncilGame of(List<String> members, Set<String> vetoHolders, int quota) {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(vetoHolders, "vetoHolders");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a council game needs at least one member");
        }
        if (members.stream().distinct().count() != members.size()) {
            throw new IllegalArgumentException("member codes must be distinct: " + members);
        }
        for (String code : vetoHolders) {
            if (!members.contains(code)) {
                throw new IllegalArgumentException("veto holder " + code + " is not a member of " + members);
            }
        }
        if (quota < 1 || quota > members.size()) {
            throw new IllegalArgumentException("quota " + quota + " is not between 1 and the " + members.size()
                    + " members");
        }
        boolean[] veto = new boolean[members.size()];
        for (int i = 0; i < veto.length; i++) {
            veto[i] = vetoHolders.contains(members.get(i));
        }
        return new CouncilGame(ImmutableList.copyOf(members), veto, quota);
    }

    /**
     * Returns the game of a reform model: its council under its rule.
     *
     * @param model the model, not null
     * @return the game, members in the council's seat order
     */
    public static CouncilGame of(ReformModel model) {
        return of(model.council(), model.rule());
    }

    /**
     * Returns the game of a council under a rule on a non-procedural question with no parties to a dispute: the
     * members in seat order; a coalition voting yes, the others voting no, wins exactly when the rule's compiled form
     * ({@link AdoptionRule#compile}) adopts that ballot. The veto holders are the members whose negative vote blocks,
     * the quota the number of affirmative votes the compiled rule requires.
     *
     * @param council the council, not null
     * @param rule the rule, with a quota fixed for the council (a number or a share of all members), not null
     * @return the game
     * @throws IllegalArgumentException if the rule's quota depends on how many members vote, or the rule cannot
     *     apply to the council (a quota larger than the council, a veto holder not a member of it)
     */
    public static CouncilGame of(Council council, AdoptionRule rule) {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(rule, "rule");
        CountingRule counting = rule.compile(council, Question.substantive());
        if (!counting.isQuotaFixed()) {
            throw new IllegalArgumentException("rule '" + rule.name() + "' has a quota of " + counting.quota()
                    + ", which is not a fixed number of votes: it has no yes/no game");
        }
        List<String> codes = new ArrayList<>();
        List<String> holders = new ArrayList<>();
        List<MemberState> members = council.members();
        for (int i = 0; i < members.size(); i++) {
            codes.add(members.get(i).code());
            if (counting.blocks(i, Vote.NO)) {
                holders.add(members.get(i).code());
            }
        }
        return of(codes, Set.copyOf(holders), Math.max(counting.required(0), 1));
    }

    /**
     * Returns the affirmative votes required.
     *
     * @return the quota
     */
    public int quota() {
        return quota;
    }

    /**
     * Tells whether a member holds a veto.
     *
     * @param player the member's index, from 0
     * @return true for a veto holder
     */
    public boolean holdsVeto(int player) {
        return veto[player];
    }

    /**
     * Returns the number of veto holders.
     *
     * @return the number of members who hold a veto
     */
    public int vetoHolders() {
        return vetoHolders;
    }

    /**
     * Returns the same game as a weighted game: a veto holder weighs one more than all other members together, an
     * other member 1, and the quota is every veto holder's weight plus the votes still needed. For today's Council,
     * {@code [39; 7×5, 1×10]} becomes {@code [59; 11×5, 1×10]}: the same winning coalitions.
     *
     * @return the weighted game, with the members' codes as names
     */
    public WeightedGame toWeightedGame() {
        int others = players.size() - vetoHolders;
        int heavy = others + 1;
        int[] weights = new int[players.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = veto[i] ? heavy : 1;
        }
        return WeightedGame.of(vetoHolders * heavy + Math.max(quota - vetoHolders, 0), weights, players);
    }

    @Override
    public List<String> players() {
        return players;
    }

    @Override
    public boolean isWinning(BitSet coalition) {
        if (coalition.get(0, veto.length).cardinality() < quota) {
            return false;
        }
        for (int i = 0; i < veto.length; i++) {
            if (veto[i] && !coalition.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Equal when the members, veto holders and quotas are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CouncilGame that && quota == that.quota && players.equals(that.players)
                && java.util.Arrays.equals(veto, that.veto);
    }

    @Override
    public int hashCode() {
        return Objects.hash(players, quota, java.util.Arrays.hashCode(veto));
    }

    /** Returns the members, veto holders marked with an asterisk, and the quota. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("council game, quota ").append(quota).append(":");
        for (int i = 0; i < veto.length; i++) {
            text.append(' ').append(players.get(i)).append(veto[i] ? "*" : "");
        }
        return text.toString();
    }
}
