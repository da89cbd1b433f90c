package io.github.unscsim.power;

import io.github.unscsim.model.Council;
import io.github.unscsim.model.Vote;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.model.Question;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.CountingRule;
import java.util.List;
import java.util.Objects;

/**
 * A council's ternary voting game (Felsenthal and Machover, "Ternary voting games", International Journal of Game
 * Theory 26 (1997) 335–351): each member votes yes, abstains or votes no, and a draft is adopted when it has at least
 * the quota of yes votes and no veto holder casts a blocking vote. Under the Charter as practised only a negative
 * vote blocks, so a permanent member's abstention is not a veto; a yes/no game cannot tell an abstention from a no,
 * and so overstates the veto. Absence and non-participation count as neither yes nor a block, even when an
 * abstention blocks, as under every rule of the library ({@link CountingRule}). Immutable and thread-safe.
 *
 * @param game the council's members, veto holders and quota, not null
 * @param abstentionBlocks true if a veto holder's abstention blocks adoption as a negative vote does
 */
public record TernaryCouncilGame(CouncilGame game, boolean abstentionBlocks) {

    /**
     * Validates the game.
     *
     * @param game the council's members, veto holders and quota, not null
     * @param abstentionBlocks true if a veto holder's abstention blocks adoption
     */
    public TernaryCouncilGame {
        Objects.requireNonNull(game, "game");
    }

    /**
     * Returns the ternary game of a reform model, where a veto holder's abstention is not a veto.
     *
     * @param model the model, not null
     * @return the game
     */
    public static TernaryCouncilGame of(ReformModel model) {
        return of(model.council(), model.rule());
    }

    /**
     * Returns the ternary game of a council under a rule on a non-procedural question with no parties to a dispute,
     * read from the rule's compiled form ({@link AdoptionRule#compile}): the yes/no game
     * ({@link CouncilGame#of(Council, AdoptionRule)}), and whether a veto holder's abstention blocks.
     *
     * @param council the council, not null
     * @param rule the rule, with a quota fixed for the council, not null
     * @return the game
     * @throws IllegalArgumentException if the rule has no yes/no game, or counts a vote in a way a ternary game
     *     cannot (an absence or non-participation that blocks, an abstention that blocks for some veto holders only)
     */
    public static TernaryCouncilGame of(Council council, AdoptionRule rule) {
        CouncilGame game = CouncilGame.of(council, rule);
        CountingRule counting = rule.compile(council, Question.substantive());
        boolean abstentionBlocks = false;
        for (int i = 0; i < game.size(); i++) {
            boolean holder = game.holdsVeto(i);
            abstentionBlocks |= holder && counting.blocks(i, Vote.ABSTAIN);
            if (counting.blocks(i, Vote.ABSENT) || counting.blocks(i, Vote.NOT_PARTICIPATING)
                    || counting.blocks(i, Vote.ABSTAIN) && !holder) {
                throw new IllegalArgumentException("rule '" + rule.name() + "' lets an absence, a non-participation "
                        + "or the abstention of a member without a veto block, which a ternary game of yes, "
                        + "abstention and no cannot count");
            }
        }
        for (int i = 0; i < game.size(); i++) {
            if (game.holdsVeto(i) && counting.blocks(i, Vote.ABSTAIN) != abstentionBlocks) {
                throw new IllegalArgumentException("rule '" + rule.name() + "' makes the abstention of some veto "
                        + "holders only a veto, which a ternary game cannot count");
            }
        }
        return new TernaryCouncilGame(game, abstentionBlocks);
    }

    /**
     * Returns the members' codes in order.
     *
     * @return the codes, immutable
     */
    public List<String> players() {
        return game.players();
    }

    /**
     * Tells whether a draft is adopted when the members vote so.
     *
     * @param votes one vote per member, in player order, not null
     * @return true if adopted
     * @throws IllegalArgumentException if there is not one vote per member
     */
    public boolean isAdopted(List<Vote> votes) {
        Objects.requireNonNull(votes, "votes");
        if (votes.size() != game.size()) {
            throw new IllegalArgumentException(votes.size() + " votes for " + game.size() + " members");
        }
        int yes = 0;
        for (int i = 0; i < votes.size(); i++) {
            Vote vote = Objects.requireNonNull(votes.get(i), "vote");
            if (vote == Vote.YES) {
                yes++;
            } else if (game.holdsVeto(i) && (vote == Vote.NO || vote == Vote.ABSTAIN && abstentionBlocks)) {
                return false;
            }
        }
        return yes >= game.quota();
    }
}
