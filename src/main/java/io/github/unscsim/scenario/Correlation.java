package io.github.unscsim.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a scenario's members vote together: {@link MonteCarloOdds}'s blocs (members that share one draw on every
 * ballot) and shared factor (the probability that a member takes the ballot's common draw), with the number of
 * simulated ballots and the seed. With no bloc and no shared factor the members are independent
 * ({@link #isIndependent()}) and a scenario's odds are exact; otherwise they are simulated. Immutable and
 * thread-safe.
 *
 * @param blocs the blocs, each of at least two alpha-3 codes, no code in two blocs, not null
 * @param sharedFactor the shared factor ρ, 0 (independent) to 1
 * @param trials the number of simulated ballots, at least 1
 * @param seed the generator's seed
 */
public record Correlation(List<Set<String>> blocs, double sharedFactor, int trials, long seed) {

    private static final Correlation NONE = new Correlation(List.of(), 0, MonteCarloOdds.DEFAULT_TRIALS,
            MonteCarloOdds.DEFAULT_SEED);

    /**
     * Validates the components and copies the blocs.
     *
     * @param blocs the blocs, each of at least two alpha-3 codes, no code in two blocs, not null
     * @param sharedFactor the shared factor, 0 to 1
     * @param trials the number of simulated ballots, at least 1
     * @param seed the seed
     */
    public Correlation {
        List<Set<String>> copy = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Set<String> bloc : blocs) {
            if (bloc.size() < 2) {
                throw new IllegalArgumentException("a bloc needs at least two members: " + bloc);
            }
            for (String code : bloc) {
                if (!seen.add(MemberState.checkCode(code))) {
                    throw new IllegalArgumentException(code + " is in two blocs");
                }
            }
            copy.add(ImmutableSet.copyOf(bloc));
        }
        blocs = ImmutableList.copyOf(copy);
        if (!(sharedFactor >= 0 && sharedFactor <= 1)) {
            throw new IllegalArgumentException("shared factor must be between 0 and 1: " + sharedFactor);
        }
        sharedFactor += 0.0; // -0.0 is 0: records compare doubles bit by bit
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1: " + trials);
        }
    }

    /**
     * Returns independence: no blocs, no shared factor, {@link MonteCarloOdds#DEFAULT_TRIALS} and
     * {@link MonteCarloOdds#DEFAULT_SEED}.
     *
     * @return the correlation
     */
    public static Correlation none() {
        return NONE;
    }

    /**
     * Returns this correlation with another bloc.
     *
     * @param codes the members' alpha-3 codes, at least two, none in another bloc
     * @return the correlation
     */
    public Correlation withBloc(String... codes) {
        List<Set<String>> more = new ArrayList<>(blocs);
        more.add(ImmutableSet.copyOf(codes));
        return new Correlation(more, sharedFactor, trials, seed);
    }

    /**
     * Returns this correlation with another shared factor.
     *
     * @param rho 0 to 1
     * @return the correlation
     */
    public Correlation withSharedFactor(double rho) {
        return new Correlation(blocs, rho, trials, seed);
    }

    /**
     * Returns this correlation with another number of simulated ballots and seed.
     *
     * @param count the number of ballots, at least 1
     * @param value the seed
     * @return the correlation
     */
    public Correlation withTrials(int count, long value) {
        return new Correlation(blocs, sharedFactor, count, value);
    }

    /**
     * Tells whether the members vote independently: no bloc and no shared factor.
     *
     * @return true if independent
     */
    public boolean isIndependent() {
        return blocs.isEmpty() && sharedFactor == 0;
    }

    /**
     * Returns this correlation on another council: the members not on it leave their blocs, and a bloc left with
     * fewer than two members is dissolved (as a variant's new council drops the positions of those who left).
     *
     * @param council the council, not null
     * @return the correlation
     */
    public Correlation on(Council council) {
        List<Set<String>> kept = new ArrayList<>();
        for (Set<String> bloc : blocs) {
            Set<String> members = bloc.stream().filter(council::contains).collect(ImmutableSet.toImmutableSet());
            if (members.size() >= 2) {
                kept.add(members);
            }
        }
        return new Correlation(kept, sharedFactor, trials, seed);
    }

    /**
     * Checks that every bloc member sits on a council.
     *
     * @param council the council, not null
     * @throws IllegalArgumentException naming the first bloc member not on the council
     */
    public void check(Council council) {
        for (Set<String> bloc : blocs) {
            // throws naming the code and the council's members
            bloc.forEach(council::member);
        }
    }

    /**
     * Returns the simulation with these settings (at {@link MonteCarloOdds#DEFAULT_CONFIDENCE}).
     *
     * @return the strategy
     */
    public MonteCarloOdds odds() {
        MonteCarloOdds.Builder builder = MonteCarloOdds.builder().trials(trials).seed(seed)
                .sharedFactor(sharedFactor);
        blocs.forEach(bloc -> builder.bloc(bloc.toArray(String[]::new)));
        return builder.build();
    }

    /**
     * Returns e.g. {@code independent} or {@code blocs [[AGO, EGY, SEN]], shared factor 0.2, 1000000 ballots, seed 1}.
     */
    @Override
    public String toString() {
        if (isIndependent()) {
            return "independent";
        }
        return (blocs.isEmpty() ? "" : "blocs " + blocs + ", ") + (sharedFactor > 0 ? "shared factor " + sharedFactor
                + ", " : "") + trials + " ballots, seed " + seed;
    }
}
