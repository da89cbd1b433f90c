package io.github.unscsim.reform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The named reform models, from the sources listed in docs/references.md (the Charter [UNC27; INTRO]; the 2005 drafts
 * [FDOC; GA10371; SAINFO; AU17]). The thresholds of the 2005 drafts are not confirmed, so each enlarged model takes its quota as a
 * parameter; the default, {@link #DEFAULT_ENLARGED_QUOTA}, is 14 of 25 or 26, the figure of the 2019
 * intergovernmental-negotiations examples for councils of 25–26 seats [SCP-10c], close to the "about 60%" of the
 * 2016 paper [SCP-10b].
 *
 * <table>
 *   <caption>The models</caption>
 *   <tr><th>model</th><th>veto holders</th><th>other permanent</th><th>elected</th><th>quota</th></tr>
 *   <tr><td>{@link #today()}</td><td>P5</td><td>0</td><td>10</td><td>9</td></tr>
 *   <tr><td>{@link #council1946()}</td><td>P5 (USSR)</td><td>0</td><td>6</td><td>7</td></tr>
 *   <tr><td>{@link #g4(boolean, int)}</td><td>P5 (+6 with veto)</td><td>6 (or 0)</td><td>14</td><td>14</td></tr>
 *   <tr><td>{@link #unitingForConsensus(int)}</td><td>P5</td><td>0</td><td>20</td><td>14</td></tr>
 *   <tr><td>{@link #ezulwini(int)}</td><td>P5 + 6</td><td>0</td><td>15</td><td>14</td></tr>
 * </table>
 */
public final class ReformModels {

    /** The default quota of a 25- or 26-seat council: 14, from the 2019 IGN examples [SCP-10c]. */
    public static final int DEFAULT_ENLARGED_QUOTA = 14;

    /** The five permanent members today. */
    public static final List<String> P5 = List.of("CHN", "FRA", "GBR", "RUS", "USA");

    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("CHN", "China"),
            Map.entry("FRA", "France"), Map.entry("GBR", "United Kingdom"), Map.entry("RUS", "Russian Federation"),
            Map.entry("USA", "United States"), Map.entry("SUN", "USSR"), Map.entry("BRA", "Brazil"),
            Map.entry("DEU", "Germany"), Map.entry("IND", "India"), Map.entry("JPN", "Japan"));

    private ReformModels() {
    }

    static String nameOf(String code) {
        return NAMES.getOrDefault(code, "permanent seat " + code);
    }

    /**
     * Returns today's Council: 5 permanent members with the veto, 10 elected, 9 votes (Charter Arts. 23 and 27 as
     * amended, in force 31 August 1965 [UNC27; INTRO; TREATY]).
     *
     * @return the model
     */
    public static ReformModel today() {
        return new ReformModel("today (since 1966)", P5, List.of(), 10, 9,
                "15 seats, 5 permanent with the veto, 10 elected; 9 affirmative votes including the concurring votes "
                        + "of the permanent members (Arts. 23, 27 as amended 1963, in force 31 Aug 1965) [UNC27; "
                        + "INTRO; TREATY]");
    }

    /**
     * Returns the Council of 1946–1965: 5 permanent members with the veto (the USSR's seat as {@code SUN}), 6
     * elected, 7 votes (the 1945 Charter [UNC27; INTRO]).
     *
     * @return the model
     */
    public static ReformModel council1946() {
        return new ReformModel("1946-1965", List.of("CHN", "FRA", "GBR", "SUN", "USA"), List.of(), 6, 7,
                "11 seats, 5 permanent with the veto, 6 elected; 7 affirmative votes (Charter of 1945, Arts. 23, 27)"
                        + " [UNC27; INTRO]");
    }

    /**
     * Returns the G4 draft A/59/L.64 of 6 July 2005: 25 seats, 6 new permanent members (reported as Brazil, Germany,
     * India, Japan and two African states, here {@code XAA} and {@code XAB}) and 4 new elected seats [FDOC; CN1;
     * CN2; DW]. The draft had new permanent members forgo the veto until a review 15 years after entry into force;
     * {@code newMembersHaveVeto} models the time after such a review extends it.
     *
     * @param newMembersHaveVeto true if the six new permanent members hold the veto
     * @param quota the affirmative votes required (the draft's threshold is unconfirmed; 14 by default)
     * @return the model
     */
    public static ReformModel g4(boolean newMembersHaveVeto, int quota) {
        List<String> newMembers = List.of("BRA", "DEU", "IND", "JPN", ReformModel.permanentCode(0),
                ReformModel.permanentCode(1));
        List<String> veto = new ArrayList<>(P5);
        if (newMembersHaveVeto) {
            veto.addAll(newMembers);
        }
        return new ReformModel("G4 2005, new members " + (newMembersHaveVeto ? "with" : "without") + " veto", veto,
                newMembersHaveVeto ? List.of() : newMembers, 14, quota,
                "A/59/L.64 (6 Jul 2005): 25 seats, +6 permanent (reported as the G4 and two African states; the "
                        + "regional split is unconfirmed), +4 elected [FDOC; CN1; CN2; DW]; " + (newMembersHaveVeto
                        ? "the six new permanent members hold the veto, as they would if the review 15 years after "
                        + "entry into force extended it to them (the draft had them forgo it until then)"
                        : "the six new permanent members forgo the veto until a review 15 years after entry into "
                        + "force, as the draft has it") + "; quota " + quota + " (the draft's threshold is "
                        + "unconfirmed; 14 of 25-26 seats in the 2019 IGN examples [SCP-10c])");
    }

    /**
     * Returns the Uniting for Consensus draft A/59/L.68 of 26 July 2005: the P5 and 20 elected members, 25 seats
     * [GA10371; CD].
     *
     * @param quota the affirmative votes required (unconfirmed; 14 by default)
     * @return the model
     */
    public static ReformModel unitingForConsensus(int quota) {
        return new ReformModel("Uniting for Consensus 2005", P5, List.of(), 20, quota,
                "A/59/L.68 (26 Jul 2005): 25 seats, the P5 and 20 elected for 2-year terms [GA10371; CD]; quota "
                        + quota + " (unconfirmed; 14 of 25-26 seats in the 2019 IGN examples [SCP-10c])");
    }

    /**
     * Returns the African Union's Ezulwini Consensus (March 2005; Sirte Declaration, July 2005): 26 seats, 6 new
     * permanent members with the veto (2 Africa, 2 Asia, 1 Latin America, 1 WEOG, unnamed: {@code XAA} to
     * {@code XAF}) and 5 new elected seats [SAINFO; AU17; SUD; GZ].
     *
     * @param quota the affirmative votes required (unconfirmed; 14 by default)
     * @return the model
     */
    public static ReformModel ezulwini(int quota) {
        List<String> veto = new ArrayList<>(P5);
        for (int i = 0; i < 6; i++) {
            veto.add(ReformModel.permanentCode(i));
        }
        return new ReformModel("Ezulwini (AU) 2005", veto, List.of(), 15, quota,
                "Ezulwini Consensus (Mar 2005), Sirte Declaration (Jul 2005): 26 seats, +6 permanent with the veto "
                        + "(2 Africa, 2 Asia, 1 Latin America, 1 WEOG), +5 elected [SAINFO; AU17; SUD; GZ]; quota "
                        + quota + " (unconfirmed; 14 of 25-26 seats in the 2019 IGN examples [SCP-10c])");
    }

    /**
     * Returns a custom model.
     *
     * @param name the model's name, not blank
     * @param vetoHolders permanent seats with the veto (placeholders XAA...), at least 0
     * @param otherPermanent permanent seats without the veto (placeholders after the veto holders'), at least 0
     * @param elected elected seats, at least 0
     * @param quota the affirmative votes required, between 1 and the number of seats
     * @return the model
     */
    public static ReformModel custom(String name, int vetoHolders, int otherPermanent, int elected, int quota) {
        Objects.requireNonNull(name, "name");
        if (vetoHolders < 0 || otherPermanent < 0 || vetoHolders + otherPermanent > 104) {
            throw new IllegalArgumentException(name + ": 0 to 104 permanent seats, not " + vetoHolders + " + "
                    + otherPermanent);
        }
        List<String> veto = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (int i = 0; i < vetoHolders + otherPermanent; i++) {
            (i < vetoHolders ? veto : other).add(ReformModel.permanentCode(i));
        }
        return new ReformModel(name, veto, other, elected, quota, "custom: " + vetoHolders + " permanent with veto, "
                + otherPermanent + " permanent without, " + elected + " elected, quota " + quota);
    }

    /**
     * Returns every named model with its default quota, in the order of {@link #names()}.
     *
     * @return the models
     */
    public static List<ReformModel> all() {
        return names().stream().map(ReformModels::byName).toList();
    }

    /**
     * Returns the names {@link #byName(String)} takes.
     *
     * @return today, 1946-1965, g4, g4-veto, ufc, ezulwini
     */
    public static List<String> names() {
        return List.of("today", "1946-1965", "g4", "g4-veto", "ufc", "ezulwini");
    }

    /**
     * Returns a named model with its default quota.
     *
     * @param name one of {@link #names()}, not null
     * @return the model
     * @throws IllegalArgumentException if the name is unknown, with the list of names
     */
    public static ReformModel byName(String name) {
        Objects.requireNonNull(name, "name");
        switch (name) {
            case "today":
                return today();
            case "1946-1965":
                return council1946();
            case "g4":
                return g4(false, DEFAULT_ENLARGED_QUOTA);
            case "g4-veto":
                return g4(true, DEFAULT_ENLARGED_QUOTA);
            case "ufc":
                return unitingForConsensus(DEFAULT_ENLARGED_QUOTA);
            case "ezulwini":
                return ezulwini(DEFAULT_ENLARGED_QUOTA);
            default:
                throw new IllegalArgumentException("unknown reform model '" + name + "' (expected one of "
                        + String.join(", ", names()) + ")");
        }
    }
}
