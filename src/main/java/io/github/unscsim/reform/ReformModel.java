package io.github.unscsim.reform;

import com.google.common.collect.ImmutableList;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.rules.QuotaRule;
import io.github.unscsim.rules.VetoHolders;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A council as a reform proposal would compose it: permanent members with the veto, permanent members without it,
 * a number of elected seats, and the affirmative votes required on a non-procedural question. A model gives the
 * {@link Council} ({@link #council()}), its adoption rule ({@link #rule()}, a negative vote of a veto holder blocks,
 * an abstention does not) for the power indices ({@code power.CouncilGame.of(model.council(), model.rule())}) and the
 * scenarios. Seats the proposal does not assign to a named state get placeholder codes
 * from the ISO 3166-1 user-assigned range: {@code XAA}–{@code XDZ} for new permanent seats and {@code XEA}–{@code XZZ}
 * for elected seats. Immutable and thread-safe; {@link ReformModels} has the named proposals.
 *
 * @param name the model's name, e.g. "G4 2005 (A/59/L.64), new members without veto", not blank
 * @param vetoHolders the codes of the permanent members with the veto, in order
 * @param otherPermanent the codes of the permanent members without the veto, in order
 * @param elected the number of elected seats, at least 0
 * @param quota the affirmative votes required on a non-procedural question, between 1 and the number of seats
 * @param assumptions what the model assumes, with the source of each fact
 */
public record ReformModel(String name, List<String> vetoHolders, List<String> otherPermanent, int elected, int quota,
        String assumptions) {

    /** The most elected seats a model may have (the placeholder codes XEA to XZZ). */
    public static final int MAX_ELECTED = 22 * 26;

    /**
     * Validates the model.
     *
     * @param name the model's name, not blank
     * @param vetoHolders the codes of the permanent members with the veto, not null
     * @param otherPermanent the codes of the permanent members without the veto, not null
     * @param elected the number of elected seats, 0 to {@link #MAX_ELECTED}
     * @param quota the affirmative votes required, between 1 and the number of seats
     * @param assumptions what the model assumes, with sources, not null
     */
    public ReformModel {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a reform model needs a name");
        }
        vetoHolders = ImmutableList.copyOf(vetoHolders);
        otherPermanent = ImmutableList.copyOf(otherPermanent);
        Objects.requireNonNull(assumptions, "assumptions");
        vetoHolders.forEach(MemberState::checkCode);
        otherPermanent.forEach(MemberState::checkCode);
        Set<String> codes = new LinkedHashSet<>(vetoHolders);
        codes.addAll(otherPermanent);
        if (codes.size() != vetoHolders.size() + otherPermanent.size()) {
            throw new IllegalArgumentException(name + " names a permanent member twice: " + vetoHolders + " "
                    + otherPermanent);
        }
        if (elected < 0 || elected > MAX_ELECTED) {
            throw new IllegalArgumentException(name + ": elected seats must be 0 to " + MAX_ELECTED + ", not "
                    + elected);
        }
        int seats = codes.size() + elected;
        if (quota < 1 || quota > seats) {
            throw new IllegalArgumentException(name + ": quota " + quota + " is not between 1 and the " + seats
                    + " seats");
        }
    }

    /**
     * Returns the number of seats.
     *
     * @return permanent and elected seats together
     */
    public int seats() {
        return vetoHolders.size() + otherPermanent.size() + elected;
    }

    /**
     * Returns a copy with another quota, for a proposal whose threshold is not confirmed.
     *
     * @param votes the affirmative votes required, between 1 and the number of seats
     * @return the model
     */
    public ReformModel withQuota(int votes) {
        return new ReformModel(name, vetoHolders, otherPermanent, elected, votes, assumptions);
    }

    /**
     * Returns the placeholder code of an elected seat.
     *
     * @param seat the seat's index, from 0 to {@link #MAX_ELECTED} − 1
     * @return {@code XEA}, {@code XEB}, ...
     */
    public static String electedCode(int seat) {
        return "X" + (char) ('E' + seat / 26) + (char) ('A' + seat % 26);
    }

    /**
     * Returns the placeholder code of an unnamed new permanent seat.
     *
     * @param seat the seat's index, from 0 to 103
     * @return {@code XAA}, {@code XAB}, ...
     */
    public static String permanentCode(int seat) {
        if (seat < 0 || seat >= 4 * 26) {
            throw new IllegalArgumentException("placeholder permanent seats are numbered 0 to 103, not " + seat);
        }
        return "X" + (char) ('A' + seat / 26) + (char) ('A' + seat % 26);
    }

    /**
     * Returns the council: the permanent members (named where the code is a known member, otherwise "permanent seat
     * XAA"), then the elected seats ("elected seat XEA", ...).
     *
     * @return the custom council named after the model
     */
    public Council council() {
        List<MemberState> permanent = new ArrayList<>();
        for (String code : vetoHolders) {
            permanent.add(MemberState.of(code, ReformModels.nameOf(code)));
        }
        for (String code : otherPermanent) {
            permanent.add(MemberState.of(code, ReformModels.nameOf(code)));
        }
        List<MemberState> seats = new ArrayList<>();
        for (int i = 0; i < elected; i++) {
            seats.add(MemberState.of(electedCode(i), "elected seat " + electedCode(i)));
        }
        return Council.custom(name, permanent, seats);
    }

    /**
     * Returns the adoption rule on a non-procedural question: the quota, and a veto for {@link #vetoHolders()} cast
     * by a negative vote only.
     *
     * @return the rule
     */
    public QuotaRule rule() {
        return QuotaRule.builder(name + ", non-procedural").quota(Quota.votes(quota))
                .vetoHolders(VetoHolders.of(Set.copyOf(vetoHolders))).build();
    }
}
