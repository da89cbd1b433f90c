import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.TernaryCouncilGame;
import io.github.unscsim.power.index.BanzhafIndex;
import io.github.unscsim.power.index.PowerProfile;
import io.github.unscsim.power.index.ShapleyShubikIndex;
import io.github.unscsim.power.index.TernaryIndices;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.reform.ReformModels;
import io.github.unscsim.report.Charts;
import io.github.unscsim.report.Pictures;
import java.nio.file.Path;
import java.util.List;

/**
 * Each member's voting power under today's Council and each reform proposal of 2005, side by side: the
 * Shapley–Shubik index, the normalised Banzhaf index, and the ternary Shapley–Shubik index, where an abstention is a
 * third choice and not a veto. One row per kind of seat; every member of a kind has the same power.
 *
 * <p>Run it after {@code mvn package}: {@code java -cp target/unsc.jar examples/PowerOfReforms.java}; with a file
 * name after it ({@code ... examples/PowerOfReforms.java power.svg}) it also draws the Shapley–Shubik column as a bar
 * chart, one group per kind of member and one bar per model, into that SVG file.
 */
public final class PowerOfReforms {

    private PowerOfReforms() {
    }

    /**
     * Prints the table.
     *
     * @param args nothing, or the SVG file to draw the chart into
     */
    public static void main(String[] args) {
        List<ReformModel> models = ReformModels.all();
        System.out.printf("%-52s", "seat (index)");
        for (ReformModel model : models) {
            System.out.printf(" %12s", ReformModels.names().get(models.indexOf(model)));
        }
        System.out.println();
        String[] kinds = {"permanent, veto (e.g. USA)", "new permanent, veto", "new permanent, no veto",
            "elected"};
        String[] indices = {"shapley-shubik", "banzhaf", "ternary-shapley-shubik"};
        for (String kind : kinds) {
            for (String index : indices) {
                StringBuilder line = new StringBuilder(String.format("%-52s", kind + " (" + index + ")"));
                for (ReformModel model : models) {
                    String code = member(model, kind);
                    line.append(code == null ? String.format(" %12s", "-")
                            : String.format(" %12.6f", value(model, index, code)));
                }
                System.out.println(line);
            }
        }
        System.out.println();
        for (ReformModel model : models) {
            // the assumptions state the seats, the veto holders and the quota, with their sources
            System.out.printf("%-10s %s: %s%n", ReformModels.names().get(models.indexOf(model)), model.name(),
                    model.assumptions());
        }
        if (args.length > 0) {
            Pictures.write(Path.of(args[0]), Charts.powerByReform(Charts.shapleyShubikByReform(models)));
            System.out.println();
            System.out.println("The chart is in " + args[0]);
        }
    }

    private static String member(ReformModel model, String kind) {
        if (kind.startsWith("permanent")) {
            return "USA";
        }
        if (kind.equals("new permanent, veto")) {
            return model.vetoHolders().stream().filter(code -> !ReformModels.P5.contains(code) && !code.equals("SUN"))
                    .findFirst().orElse(null);
        }
        if (kind.equals("new permanent, no veto")) {
            return model.otherPermanent().isEmpty() ? null : model.otherPermanent().get(0);
        }
        return ReformModel.electedCode(0);
    }

    private static double value(ReformModel model, String index, String code) {
        CouncilGame game = CouncilGame.of(model);
        PowerProfile profile;
        switch (index) {
            case "shapley-shubik":
                profile = new ShapleyShubikIndex().compute(game);
                break;
            case "banzhaf":
                profile = BanzhafIndex.normalised().compute(game);
                break;
            default:
                profile = TernaryIndices.shapleyShubik(TernaryCouncilGame.of(model));
        }
        return PowerProfile.toDouble(profile.value(code));
    }
}
