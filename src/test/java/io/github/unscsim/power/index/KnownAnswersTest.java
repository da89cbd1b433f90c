package io.github.unscsim.power.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.power.CoalitionGame;
import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.SimpleGame;
import io.github.unscsim.power.WeightedGame;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Power indices of games whose values are published, each cross-checked by enumeration. */
class KnownAnswersTest {

    /** Today's Council as a weighted game, [39; 7×5, 1×10]. */
    static WeightedGame today() {
        int[] weights = new int[15];
        for (int i = 0; i < 15; i++) {
            weights[i] = i < 5 ? 7 : 1;
        }
        return WeightedGame.of(39, weights);
    }

    static CouncilGame council(int permanent, int elected, int quota) {
        List<String> codes = new ArrayList<>();
        List<String> veto = new ArrayList<>();
        for (int i = 0; i < permanent + elected; i++) {
            String code = "X" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
            codes.add(code);
            if (i < permanent) {
                veto.add(code);
            }
        }
        return CouncilGame.of(codes, Set.copyOf(veto), quota);
    }

    // Source: 4/2145 for a non-permanent member, from 84·6!·8!/15!, and about 19.6% for each permanent member:
    // gonitsora.com, "Is it me, or is 'Veto' starting to sound really good"; the weighted form [39; 7×5, 1×10]:
    // M. Brodie, "Power Voting Systems Like the United Nations Security Council", Wolfram Demonstrations Project.
    // 421/2145 = (1 − 10·4/2145)/5.
    @Test
    void shapleyShubik_todaysCouncil_is421And4Over2145() {
        for (PowerProfile profile : List.of(new ShapleyShubikIndex().compute(today()),
                new ShapleyShubikIndex().compute(council(5, 10, 9)),
                new ShapleyShubikIndex().compute(today(), CoalitionCounters.generatingFunctions()),
                new ShapleyShubikIndex().compute(today(), CoalitionCounters.enumeration()))) {
            assertThat(profile.value(0)).isEqualTo(new BigFraction(421, 2145));
            assertThat(profile.value(14)).isEqualTo(new BigFraction(4, 2145));
            assertThat(profile.sum()).isEqualTo(BigFraction.ONE);
        }
    }

    // Source: the known answers (Banzhaf swings 848 and 84 for a permanent and an elected member); not
    // found in a publication here, so also derived: 84 is C(9,3), the ways an elected member completes 9 votes with
    // the five permanent members and 3 of the other 9 elected; 848 is the number of winning coalitions,
    // Σ_{k=4..10} C(10,k), each of which every permanent member can break.
    @Test
    void banzhaf_todaysCouncil_has848And84Swings() {
        for (CoalitionCounter counter : List.of(CoalitionCounters.automatic(), CoalitionCounters.generatingFunctions(),
                CoalitionCounters.typeCounting(), CoalitionCounters.enumeration())) {
            PowerProfile profile = BanzhafIndex.normalised().compute(today(), counter);
            assertThat(profile.counts().get(0)).isEqualTo(BigInteger.valueOf(848));
            assertThat(profile.counts().get(14)).isEqualTo(BigInteger.valueOf(84));
            assertThat(profile.value(0)).isEqualTo(new BigFraction(848, 5 * 848 + 10 * 84));
        }
        assertThat(ColemanIndex.powerToAct(today())).isEqualTo(new BigFraction(848, 1 << 15));
        assertThat(BanzhafIndex.absolute().compute(council(5, 10, 9)).value(0))
                .isEqualTo(new BigFraction(848, 1 << 14));
    }

    // The 1946–65 Council [27; 5×5, 1×6] (five permanent members with 5 votes, six elected with 1, 7 of 11 needed).
    // No publication of its values was found to cite; they are checked by enumeration and against the closed forms:
    // an elected member is pivotal when it casts the 7th vote after all five permanent members and one of the other
    // five elected: C(5,1)·6!·4!/11! = 1/462; a permanent member gets (1 − 6/462)/5 = 76/385.
    @Test
    void shapleyShubik_council1946_matchesTheClosedForm() {
        int[] weights = {5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 1};
        WeightedGame game = WeightedGame.of(27, weights);
        PowerProfile exact = new ShapleyShubikIndex().compute(game);
        PowerProfile oracle = new ShapleyShubikIndex().compute(game, CoalitionCounters.enumeration());
        assertThat(exact.values()).isEqualTo(oracle.values());
        assertThat(exact.value(10)).isEqualTo(new BigFraction(1, 462));
        assertThat(exact.value(0)).isEqualTo(new BigFraction(76, 385));
        assertThat(new ShapleyShubikIndex().compute(council(5, 6, 7)).values()).isEqualTo(exact.values());
        // Banzhaf swings: an elected member completes 7 with 1 of the other 5 elected: 5; a permanent member breaks
        // every winning coalition: Σ_{k=2..6} C(6,k) = 57.
        PowerProfile banzhaf = BanzhafIndex.normalised().compute(game, CoalitionCounters.generatingFunctions());
        assertThat(banzhaf.counts().get(0)).isEqualTo(BigInteger.valueOf(57));
        assertThat(banzhaf.counts().get(10)).isEqualTo(BigInteger.valueOf(5));
    }

    // The EEC Council of Ministers 1958–72 on a Commission proposal, [12; 4, 4, 4, 2, 2, 1]: weights and the 12
    // votes from EEC Treaty Art. 148(2) (Italian text, Gazzetta Ufficiale 23 Dec 1957). Luxembourg is a null
    // player with zero Shapley–Shubik and Penrose–Banzhaf power ("Luxembourg in the early days of the EEC: null
    // player or not?", Games 9(2) 29 (2018), mdpi.com/2073-4336/9/2/29). The others' values are not cited from a
    // publication: they are checked by enumeration; Shapley–Shubik 7/30 and 3/20 are unconfirmed against print.
    @Test
    void everyIndex_eec1958_luxembourgIsADummy() {
        WeightedGame eec = WeightedGame.of(12, new int[] {4, 4, 4, 2, 2, 1},
                List.of("DEU", "FRA", "ITA", "BEL", "NLD", "LUX"));
        for (String name : PowerIndices.NAMES) {
            PowerProfile profile = PowerIndices.byName(name).compute(eec);
            assertThat(profile.value("LUX")).as(name).isEqualTo(BigFraction.ZERO);
            assertThat(profile.value("DEU")).as(name).isGreaterThanOrEqualTo(profile.value("BEL"));
            assertThat(profile.values()).as(name)
                    .isEqualTo(oracle(name, CoalitionGame.from(eec)).values());
        }
        // the four minimal winning coalitions are {DEU, FRA, ITA} and each pair of the big three with BEL and NLD:
        // every member but LUX is in three, so Holler's index gives DEU no more than BEL (its non-monotonicity)
        assertThat(new HollerIndex().compute(eec).value("DEU")).isEqualTo(new BigFraction(1, 5));
        assertThat(new HollerIndex().compute(eec).value("BEL")).isEqualTo(new BigFraction(1, 5));
        PowerProfile shapley = new ShapleyShubikIndex().compute(eec);
        assertThat(shapley.value("DEU")).isEqualTo(new BigFraction(7, 30));
        assertThat(shapley.value("BEL")).isEqualTo(new BigFraction(3, 20));
    }

    @Test
    void holler_todaysCouncil_countsMinimalWinningCoalitions() {
        PowerProfile holler = new HollerIndex().compute(council(5, 10, 9));
        // a minimal winning coalition is the five permanent members and exactly 4 elected: C(10,4) = 210 of them
        assertThat(holler.counts().get(0)).isEqualTo(BigInteger.valueOf(210));
        assertThat(holler.counts().get(5)).isEqualTo(BigInteger.valueOf(84));
        PowerProfile deeganPackel = new DeeganPackelIndex().compute(council(5, 10, 9));
        assertThat(deeganPackel.value(0)).isEqualTo(new BigFraction(1, 9));
        assertThat(deeganPackel.value(5)).isEqualTo(new BigFraction(4, 90));
        assertThat(new JohnstonIndex().compute(council(5, 10, 9)).values())
                .isEqualTo(new JohnstonIndex().compute(today(), CoalitionCounters.enumeration()).values());
    }

    @Test
    void byName_unknownIndex_namesTheChoices() {
        assertThatThrownBy(() -> PowerIndices.byName("penrose")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown index 'penrose'").hasMessageContaining("deegan-packel");
    }

    @Test
    void johnston_largeGameWithManyWeights_isRefusedWithTheReasonButHollerAndDeeganPackelAreCounted() {
        int[] weights = new int[60];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i + 1;
        }
        WeightedGame game = WeightedGame.of(1000, weights);
        assertThatThrownBy(() -> new JohnstonIndex().compute(game)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("60 players");
        PowerProfile holler = new HollerIndex().compute(game);
        assertThat(holler.sum()).isEqualTo(BigFraction.ONE);
        assertThat(holler.counts().get(59)).isGreaterThan(holler.counts().get(0));
        PowerProfile deeganPackel = new DeeganPackelIndex().compute(game);
        assertThat(deeganPackel.sum()).isEqualTo(BigFraction.ONE);
        assertThat(deeganPackel.counts()).isEqualTo(holler.counts());
    }

    /** The index named, counted by enumeration: the oracle the faster algorithms are checked against. */
    static PowerProfile oracle(String name, SimpleGame game) {
        return PowerIndices.byName(name).compute(game, CoalitionCounters.enumeration());
    }
}
