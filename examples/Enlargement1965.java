import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Council;
import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.index.BanzhafIndex;
import io.github.unscsim.power.index.PowerIndex;
import io.github.unscsim.power.index.PowerProfile;
import io.github.unscsim.power.index.ShapleyShubikIndex;
import io.github.unscsim.rules.AdoptionRules;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * "How much power did the elected members gain when the Council was enlarged?" The amendments to Arts. 23 and 27
 * (General Assembly resolution 1991 A (XVIII), in force 31 August 1965) raised the Council from 11 to 15 members,
 * the elected seats from 6 to 10 and the votes required from 7 to 9. The program compares the last 11-member Council
 * (1965) with the first 15-member one (1966) under the Shapley–Shubik and Banzhaf indices, as exact fractions.
 *
 * <p>The answer depends on the index: each elected member's Shapley–Shubik index fell (1/462 to 4/2145) while the
 * elected members together gained (1/77 to 8/429); under Banzhaf each elected member gained a little.
 *
 * <p>Run it after {@code mvn package}: {@code java -cp target/unsc.jar examples/Enlargement1965.java}
 */
public final class Enlargement1965 {

    private Enlargement1965() {
    }

    /**
     * Prints the indices before and after.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Council before = Councils.ofYear(1965);
        Council after = Councils.ofYear(1966);
        System.out.println("before: " + before);
        System.out.println("after:  " + after);
        System.out.println();
        compare("Shapley-Shubik", new ShapleyShubikIndex(), before, after, true);
        compare("Banzhaf (normalised)", BanzhafIndex.normalised(), before, after, true);
        // the absolute index is each member's probability of being decisive; it is not a share, so no total
        compare("Banzhaf (absolute)", BanzhafIndex.absolute(), before, after, false);
    }

    private static void compare(String label, PowerIndex index, Council before, Council after, boolean shares) {
        PowerProfile old = index.compute(CouncilGame.of(before, AdoptionRules.charter1946()));
        PowerProfile now = index.compute(CouncilGame.of(after, AdoptionRules.charter()));
        System.out.println(label);
        row("  a permanent member", permanent(before, old), permanent(after, now));
        row("  an elected member", elected(before, old), elected(after, now));
        if (shares) {
            row("  all elected members", elected(before, old).multiply(before.electedMembers().size()),
                    elected(after, now).multiply(after.electedMembers().size()));
        }
        System.out.println();
    }

    private static BigFraction permanent(Council council, PowerProfile profile) {
        return profile.value(council.permanentMembers().get(0).code());
    }

    private static BigFraction elected(Council council, PowerProfile profile) {
        return profile.value(council.electedMembers().get(0).code());
    }

    private static void row(String label, BigFraction before, BigFraction after) {
        double change = after.doubleValue() / before.doubleValue() - 1;
        System.out.printf("%-22s %12s = %.6f   ->  %12s = %.6f   (%+.1f %%)%n", label, text(before),
                before.doubleValue(), text(after), after.doubleValue(), 100 * change);
    }

    private static String text(BigFraction value) {
        return value.getNumerator() + "/" + value.getDenominator();
    }
}
