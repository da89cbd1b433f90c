package exercises.e3_shapley_shubik_by_hand;

import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.index.PowerProfile;
import io.github.unscsim.power.index.ShapleyShubikIndex;
import io.github.unscsim.reform.ReformModels;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Exercise 3, solution: the Shapley–Shubik index of a five-member committee (two permanent members with a veto,
 * three elected, three votes needed) counted over its 120 orderings, checked with the library; then the closed form
 * for an elected member of the Council before and after 1966, checked the same way. See README.md in this folder.
 *
 * <p>Run it after {@code mvn package}:
 * {@code java -cp target/unsc.jar examples/exercises/e3_shapley_shubik_by_hand/Solution.java}
 */
public final class Solution {

    /** The committee: P1 and P2 permanent with a veto, E1 to E3 elected. */
    public static final List<String> MEMBERS = List.of("P1", "P2", "E1", "E2", "E3");

    /** The votes needed. */
    public static final int QUOTA = 3;

    private Solution() {
    }

    /**
     * Whether a set of members voting yes adopts a draft: at least 3 of them, both permanent members among them.
     *
     * @param yes the members voting yes
     * @return true if adopted
     */
    public static boolean wins(Set<String> yes) {
        return yes.size() >= QUOTA && yes.contains("P1") && yes.contains("P2");
    }

    /**
     * Counts the orderings of the five members in which a member is pivotal: the one whose yes first makes the
     * growing coalition win.
     *
     * @param member the member, one of {@link #MEMBERS}
     * @return the number of the 120 orderings in which it is pivotal
     */
    public static long pivotalOrderings(String member) {
        long count = 0;
        for (List<String> order : orderings(MEMBERS)) {
            Set<String> yes = new java.util.HashSet<>();
            for (String next : order) {
                yes.add(next);
                if (wins(yes)) {
                    count += next.equals(member) ? 1 : 0;
                    break;
                }
            }
        }
        return count;
    }

    /**
     * The closed form for an elected member of a council where the permanent members hold the veto: it is pivotal
     * when it casts the quota-th vote after every permanent member and {@code quota - 1 - permanent} of the other
     * elected members, so its index is C(e-1, q-1-p) (q-1)! (n-q)! / n!.
     *
     * @param permanent the permanent members, p
     * @param elected the elected members, e
     * @param quota the votes needed, q
     * @return the index of one elected member
     */
    public static BigFraction electedByFormula(int permanent, int elected, int quota) {
        int n = permanent + elected;
        BigInteger orderings = binomial(elected - 1, quota - 1 - permanent).multiply(factorial(quota - 1))
                .multiply(factorial(n - quota));
        return new BigFraction(orderings, factorial(n));
    }

    /**
     * Prints the hand counts, the library's values and the closed forms.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PowerProfile committee = new ShapleyShubikIndex().compute(CouncilGame.of(MEMBERS, Set.of("P1", "P2"), QUOTA));
        for (String member : List.of("P1", "E1")) {
            System.out.printf("%s: pivotal in %d of 120 orderings = %s; library %s%n", member,
                    pivotalOrderings(member), text(new BigFraction(pivotalOrderings(member), 120L)),
                    text(committee.value(member)));
        }
        PowerProfile before = new ShapleyShubikIndex().compute(CouncilGame.of(ReformModels.council1946()));
        PowerProfile today = new ShapleyShubikIndex().compute(CouncilGame.of(ReformModels.today()));
        BigFraction elected1946 = electedByFormula(5, 6, 7);
        BigFraction electedToday = electedByFormula(5, 10, 9);
        System.out.printf("1946-1965: elected %s (formula), %s (library); permanent %s (formula), %s (library)%n",
                text(elected1946), text(before.value(before.players().size() - 1)),
                text(permanentFrom(elected1946, 5, 6)), text(before.value("USA")));
        System.out.printf("today:     elected %s (formula), %s (library); permanent %s (formula), %s (library)%n",
                text(electedToday), text(today.value(today.players().size() - 1)),
                text(permanentFrom(electedToday, 5, 10)), text(today.value("USA")));
    }

    /** The permanent members share what the elected members do not have: (1 - e x) / p. */
    public static BigFraction permanentFrom(BigFraction elected, int permanent, int electedMembers) {
        return BigFraction.ONE.subtract(elected.multiply(electedMembers)).divide(permanent);
    }

    private static String text(BigFraction value) {
        return value.getNumerator() + "/" + value.getDenominator();
    }

    private static List<List<String>> orderings(List<String> members) {
        if (members.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> result = new ArrayList<>();
        for (String first : members) {
            List<String> rest = new ArrayList<>(members);
            rest.remove(first);
            for (List<String> tail : orderings(rest)) {
                List<String> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }

    private static BigInteger factorial(int n) {
        BigInteger result = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            result = result.multiply(BigInteger.valueOf(i));
        }
        return result;
    }

    private static BigInteger binomial(int n, int k) {
        return factorial(n).divide(factorial(k).multiply(factorial(n - k)));
    }
}
