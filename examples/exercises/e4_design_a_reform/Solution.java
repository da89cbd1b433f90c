package exercises.e4_design_a_reform;

import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.index.BanzhafIndex;
import io.github.unscsim.power.index.PowerIndex;
import io.github.unscsim.power.index.PowerProfile;
import io.github.unscsim.power.index.ShapleyShubikIndex;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.reform.ReformModels;
import java.util.List;

/**
 * Exercise 4, solution: a reform designed by seats, veto holders and quota, and the power of each kind of member
 * against today's Council, under the Shapley–Shubik and the normalised Banzhaf index. The worked design is the
 * worksheet's: 25 seats as in the G4 draft A/59/L.64 (the five permanent members, six new permanent members, fourteen
 * elected), a quota of 15, first without and then with a veto for the new permanent members. See README.md in this
 * folder.
 *
 * <p>Run it after {@code mvn package}:
 * {@code java -cp target/unsc.jar examples/exercises/e4_design_a_reform/Solution.java}
 */
public final class Solution {

    private Solution() {
    }

    /**
     * The designs compared with today's Council.
     *
     * @return today's Council first, then the designs
     */
    public static List<ReformModel> designs() {
        return List.of(ReformModels.today(),
                ReformModels.custom("25 seats, quota 15, no new veto", 5, 6, 14, 15),
                ReformModels.custom("25 seats, quota 15, 11 vetoes", 11, 0, 14, 15));
    }

    /**
     * The index of the first permanent member with the veto, of the first permanent member without it (if any), and
     * of the first elected member, in that order.
     *
     * @param model the design, not null
     * @param index the power index, not null
     * @return three values; NaN where the design has no such member
     */
    public static double[] powerBySeat(ReformModel model, PowerIndex index) {
        PowerProfile profile = index.compute(CouncilGame.of(model));
        double otherPermanent = model.otherPermanent().isEmpty() ? Double.NaN
                : PowerProfile.toDouble(profile.value(model.otherPermanent().get(0)));
        return new double[] {PowerProfile.toDouble(profile.value(model.vetoHolders().get(0))), otherPermanent,
            PowerProfile.toDouble(profile.value(ReformModel.electedCode(0)))};
    }

    /**
     * Prints each design's power by seat, and each against today's.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        List<ReformModel> designs = designs();
        for (PowerIndex index : List.of(new ShapleyShubikIndex(), BanzhafIndex.normalised())) {
            System.out.println(index.name());
            double[] today = powerBySeat(designs.get(0), index);
            System.out.printf("  %-34s %12s %12s %12s%n", "design", "veto", "no veto", "elected");
            for (ReformModel model : designs) {
                double[] power = powerBySeat(model, index);
                System.out.printf("  %-34s %12.6f %12s %12.6f   (elected x%.3f of today's)%n", model.name(),
                        power[0], Double.isNaN(power[1]) ? "-" : String.format("%.6f", power[1]), power[2],
                        power[2] / today[2]);
            }
        }
    }
}
