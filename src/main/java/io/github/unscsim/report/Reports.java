package io.github.unscsim.report;

import io.github.unscsim.history.MemberStates;
import io.github.unscsim.io.Json;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Seat;
import io.github.unscsim.model.Tally;
import io.github.unscsim.model.Vote;
import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.WeightedGame;
import io.github.unscsim.power.index.PowerProfile;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.rules.OutcomeType;
import io.github.unscsim.record.Sponsor;
import io.github.unscsim.scenario.AdoptionOdds;
import io.github.unscsim.scenario.BallotAnalysis;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.Scenario;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The JSON of every command, as plain values (maps in a fixed key order, lists, strings, numbers, booleans) for
 * {@link io.github.unscsim.io.Json#write(Object)}. Field names are the README's ("Command line"). Every probability
 * and power value is rounded to {@value #SIGNIFICANT_DIGITS} significant digits ({@link #number(double)}), so that
 * {@code 0.6579999999999999} prints as {@code 0.658}; exact values are fractions in strings. Stateless and
 * thread-safe.
 */
public final class Reports {

    /** The significant digits a probability or power value is printed with. */
    public static final int SIGNIFICANT_DIGITS = 12;

    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private Reports() {
    }

    /**
     * Returns a computed value without float noise: rounded to {@value #SIGNIFICANT_DIGITS} significant digits, in
     * its shortest decimal form ({@code 0.6579999999999999} is {@code 0.658}, {@code 1.0} is {@code 1}).
     *
     * @param value a finite number
     * @return the rounded value
     * @throws IllegalArgumentException if the value is not finite
     */
    public static BigDecimal number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal rounded = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded;
    }

    /**
     * Returns {@link #number(double)} as text, never in exponent form.
     *
     * @param value a finite number
     * @return e.g. {@code 0.658}
     */
    public static String text(double value) {
        return number(value).toPlainString();
    }

    /**
     * Returns a fraction as text: {@code 421/2145}, or {@code 1} for a whole number.
     *
     * @param value the fraction, not null
     * @return the text
     */
    public static String fraction(BigFraction value) {
        return value.getDenominator().equals(BigInteger.ONE) ? value.getNumerator().toString()
                : value.getNumerator() + "/" + value.getDenominator();
    }

    /**
     * {@code council}: {@code date} (null for a custom council), {@code name}, {@code members}, each with {@code code},
     * {@code name}, {@code permanent} (and an elected member's {@code term}).
     *
     * @param council the council, not null
     * @return the JSON value
     */
    public static Map<String, Object> council(Council council) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("date", date(council));
        node.put("name", council.name());
        List<Object> members = new ArrayList<>();
        for (Seat seat : council.seats()) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("code", seat.member().code());
            member.put("name", seat.member().name());
            member.put("permanent", seat.isPermanent());
            if (!seat.isPermanent() && !seat.term().first().equals(LocalDate.MIN)) {
                member.put("term", seat.term().toString());
            }
            members.add(member);
        }
        node.put("members", members);
        return node;
    }

    /**
     * {@code members}: the {@link #council(Council)} fields, each member also with its {@code spellings} (every code
     * and name it can be typed as, {@link MemberStates#spellings(String)}).
     *
     * @param council the council, not null
     * @return the JSON value
     */
    public static Map<String, Object> members(Council council) {
        Map<String, Object> node = council(council);
        for (Object member : (List<?>) node.get("members")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) member;
            entry.put("spellings", List.copyOf(MemberStates.spellings((String) entry.get("code"))));
        }
        return node;
    }

    /**
     * An outcome: {@code adopted}, {@code outcome}, {@code yes}, {@code no}, {@code abstain}, {@code absent},
     * {@code notParticipating}, {@code required}, {@code votesShort}, {@code vetoedBy}, {@code rule},
     * {@code explanation}.
     *
     * @param outcome the outcome, not null
     * @return the JSON value
     */
    public static Map<String, Object> outcome(Outcome outcome) {
        Tally tally = outcome.tally();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("adopted", outcome.isAdopted());
        node.put("outcome", outcome.type().name());
        node.put("yes", tally.yes());
        node.put("no", tally.no());
        node.put("abstain", tally.abstain());
        node.put("absent", tally.absent());
        node.put("notParticipating", tally.notParticipating());
        node.put("required", outcome.required());
        node.put("votesShort", outcome.votesShort());
        node.put("vetoedBy", codes(outcome.vetoingMembers()));
        node.put("rule", outcome.rule());
        node.put("explanation", outcome.explanation());
        return node;
    }

    /**
     * {@code vote}: the {@link #outcome(Outcome)} fields, then what reproduces the ballot: {@code date},
     * {@code council} (its name), {@code question} (substantive, procedural, preliminary or icj-election),
     * {@code parties} (the parties to a dispute, who must abstain) and {@code votes} (each member's vote, by code,
     * in the order of the seats).
     *
     * @param outcome the outcome, not null
     * @return the JSON value
     */
    public static Map<String, Object> vote(Outcome outcome) {
        Map<String, Object> node = outcome(outcome);
        Ballot ballot = outcome.ballot();
        node.put("date", date(ballot.council()));
        node.put("council", ballot.council().name());
        node.put("question", ballot.question().type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        node.put("parties", List.copyOf(ballot.question().partiesToDispute()));
        Map<String, Object> votes = new LinkedHashMap<>();
        for (MemberState member : ballot.council().members()) {
            votes.put(member.code(), ballot.vote(member.code()).label());
        }
        node.put("votes", votes);
        return node;
    }

    /**
     * {@code whatif}: {@code before} and {@code after} ({@link #vote(Outcome)}) and {@code changes}, each with
     * {@code code}, {@code before} and {@code after}: only the votes that changed.
     *
     * @param before the outcome before, not null
     * @param after the outcome after, not null
     * @return the JSON value
     */
    public static Map<String, Object> whatIf(Outcome before, Outcome after) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("before", vote(before));
        node.put("after", vote(after));
        List<Object> changes = new ArrayList<>();
        for (MemberState member : before.ballot().council().members()) {
            Vote was = before.ballot().vote(member.code());
            Vote now = after.ballot().vote(member.code());
            if (was != now) {
                changes.add(Json.object("code", member.code(), "before", was.label(), "after", now.label()));
            }
        }
        node.put("changes", changes);
        return node;
    }

    /**
     * {@code pivots}: {@code outcome} ({@link #vote(Outcome)}), {@code votesShort}, {@code pivotalMembers},
     * {@code pivots} (each {@code code}, {@code from}, {@code to}), {@code neverMatter},
     * {@code smallestFlippingSetSize}, {@code searchedUpTo} and {@code smallestFlippingSets}.
     *
     * @param analysis the analysis, not null
     * @param sets its smallest flipping sets, not null
     * @param neverMatter the members whose vote can never decide adoption, not null
     * @return the JSON value
     */
    public static Map<String, Object> pivots(BallotAnalysis analysis, BallotAnalysis.FlippingSets sets,
            Collection<MemberState> neverMatter) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("outcome", vote(analysis.outcome()));
        node.put("votesShort", analysis.votesShort());
        node.put("pivotalMembers", codes(analysis.pivotalMembers()));
        node.put("pivots", changes(analysis.pivots()));
        node.put("neverMatter", codes(neverMatter));
        node.put("smallestFlippingSetSize", sets.size());
        node.put("searchedUpTo", sets.searchedUpTo());
        List<Object> list = new ArrayList<>();
        sets.sets().forEach(set -> list.add(changes(set)));
        node.put("smallestFlippingSets", list);
        return node;
    }

    /**
     * {@code power} on a weighted game: {@code index}, {@code quota}, {@code weights}, {@code players},
     * {@code values} (and {@code exact}, fractions as strings).
     *
     * @param profile the index's values, not null
     * @param game the game, not null
     * @param exact whether to add the exact values
     * @return the JSON value
     */
    public static Map<String, Object> power(PowerProfile profile, WeightedGame game, boolean exact) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("index", profile.index());
        node.put("quota", game.quota());
        node.put("weights", ints(game.weights()));
        return values(node, profile, exact);
    }

    /**
     * {@code power} on a council: {@code index}, {@code model} (the council as given: a year, a date or a reform
     * model's name), {@code quota} (the affirmative votes required), {@code vetoHolders},
     * the same game as a weighted game ({@code weightedQuota} and {@code weights}: a veto holder weighs one more than
     * all other members together), {@code players}, {@code values} (and {@code exact}).
     *
     * @param profile the index's values, not null
     * @param model the council as the user named it, not null
     * @param game its game, not null
     * @param exact whether to add the exact values
     * @return the JSON value
     */
    public static Map<String, Object> power(PowerProfile profile, String model, CouncilGame game, boolean exact) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("index", profile.index());
        node.put("model", Objects.requireNonNull(model, "model"));
        node.put("quota", game.quota());
        List<Object> holders = new ArrayList<>();
        for (int i = 0; i < game.players().size(); i++) {
            if (game.holdsVeto(i)) {
                holders.add(game.players().get(i));
            }
        }
        node.put("vetoHolders", holders);
        WeightedGame weighted = game.toWeightedGame();
        node.put("weightedQuota", weighted.quota());
        node.put("weights", ints(weighted.weights()));
        return values(node, profile, exact);
    }

    private static Map<String, Object> values(Map<String, Object> node, PowerProfile profile, boolean exact) {
        node.put("players", List.copyOf(profile.players()));
        List<Object> values = new ArrayList<>();
        for (double value : profile.doubles()) {
            values.add(number(value));
        }
        node.put("values", values);
        if (exact) {
            node.put("exact", profile.values().stream().map(Reports::fraction).toList());
        }
        return node;
    }

    /**
     * {@code scenario}: the {@code draft} the scenario names (its symbol, null if none) and its {@code sponsors} from
     * the record (as in {@code votes}: codes, a group as {@code E10(...)}; empty if the record names none, null if
     * the record does not hold the draft or the scenario names none), as the HTML report shows them; then
     * {@code base} and {@code variants}, each with its {@code name}, {@code method} ({@code exact}
     * or {@code monte-carlo}), {@code probabilityAdopted}, {@code probabilityVetoed}, {@code probabilityFailed}, for
     * a simulation the {@code interval} of each ({@code adopted}, {@code vetoed}, {@code failed}, each
     * {@code {low, high}}) with its {@code confidence}, {@code trials} and {@code seed}, the {@code rule}, the
     * {@code outcome} where every position is fixed ({@link #outcome(Outcome)}) and the {@code changes} (each
     * {@code subject}, {@code before}, {@code after}).
     *
     * @param scenario the scenario evaluated, not null
     * @param result its evaluation, not null
     * @return the JSON value
     */
    public static Map<String, Object> scenario(Scenario scenario, Scenario.Result result) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("draft", scenario.draft().orElse(null));
        node.put("sponsors", RecordReports.recordedDraft(scenario).map(vote -> vote.sponsors().stream()
                .map(Sponsor::toString).map(text -> (Object) text).toList()).orElse(null));
        node.put("base", evaluation(result.base()));
        node.put("variants", result.variants().stream().map(Reports::evaluation).toList());
        return node;
    }

    private static Object evaluation(Scenario.Evaluation evaluation) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", evaluation.name());
        node.put("method", evaluation.method().label());
        AdoptionOdds.Result odds = evaluation.odds();
        node.put("probabilityAdopted", number(odds.adopted()));
        node.put("probabilityVetoed", number(odds.vetoed()));
        node.put("probabilityFailed", number(odds.failed()));
        Optional<MonteCarloOdds.Estimate> simulated = evaluation.estimate();
        simulated.ifPresent(estimate -> {
            Map<String, Object> intervals = new LinkedHashMap<>();
            for (OutcomeType type : OutcomeType.values()) {
                MonteCarloOdds.Interval interval = estimate.interval(type);
                intervals.put(type.name().toLowerCase(Locale.ROOT), Json.object("low", number(interval.low()),
                        "high", number(interval.high())));
            }
            node.put("interval", intervals);
            node.put("confidence", number(estimate.confidence()));
            node.put("trials", estimate.trials());
            node.put("seed", estimate.seed());
        });
        node.put("rule", evaluation.rule().name());
        evaluation.outcome().ifPresent(o -> node.put("outcome", outcome(o)));
        node.put("changes", differences(evaluation.changes()));
        return node;
    }

    /** What a variant or a replay changed: each {@code subject}, {@code before} and {@code after}. */
    static List<Object> differences(List<Scenario.Difference> differences) {
        List<Object> list = new ArrayList<>();
        for (Scenario.Difference difference : differences) {
            list.add(Json.object("subject", difference.subject(), "before", difference.before(), "after",
                    difference.after()));
        }
        return list;
    }

    private static List<Object> changes(List<BallotAnalysis.Change> changes) {
        List<Object> list = new ArrayList<>();
        for (BallotAnalysis.Change change : changes) {
            list.add(Json.object("code", change.member().code(), "from", change.from().label(), "to",
                    change.to().label()));
        }
        return list;
    }

    private static List<Object> codes(Collection<MemberState> members) {
        List<Object> codes = new ArrayList<>(members.size());
        for (MemberState member : members) {
            codes.add(member.code());
        }
        return codes;
    }

    private static List<Object> ints(int[] values) {
        List<Object> list = new ArrayList<>();
        for (int value : values) {
            list.add(value);
        }
        return list;
    }

    /** A council's date as text, or null for a custom council (no lambda: every council's report has one). */
    private static String date(Council council) {
        return council.date().isPresent() ? council.date().get().toString() : null;
    }
}
