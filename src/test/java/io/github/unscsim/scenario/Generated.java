package io.github.unscsim.scenario;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.CharterBasis;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.reform.ReformModels;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.rules.QuotaRule;
import io.github.unscsim.rules.VetoHolders;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Optional;
import java.util.Set;

/** Seeded random councils, rules, positions, ballots and scenarios for the property tests. */
public final class Generated {

    private Generated() {
    }

    static String code(int i) {
        return "A" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
    }

    /** A custom council of n members, the first {@code permanent} permanent. */
    static Council council(int n, int permanent) {
        List<MemberState> p = new ArrayList<>();
        List<MemberState> e = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (i < permanent ? p : e).add(MemberState.of(code(i), "Member " + i));
        }
        return Council.custom("generated council of " + n, p, e);
    }

    static Council council(Random random, int maxSize) {
        int n = 1 + random.nextInt(maxSize);
        return council(n, random.nextInt(n + 1));
    }

    /** A counting rule: any kind of quota, veto holders and blocking votes. */
    static QuotaRule rule(Random random, Council council) {
        int n = council.size();
        Quota quota;
        switch (random.nextInt(5)) {
            case 0:
                quota = Quota.votes(1 + random.nextInt(n));
                break;
            case 1:
                quota = Quota.majorityOfMembers();
                break;
            case 2:
                quota = Quota.majorityOfPresentAndVoting();
                break;
            case 3:
                quota = Quota.ofPresentAndVoting(2, 3);
                break;
            default:
                quota = Quota.ofMembers(3, 5);
        }
        VetoHolders holders;
        switch (random.nextInt(3)) {
            case 0:
                holders = VetoHolders.permanentMembers();
                break;
            case 1:
                holders = VetoHolders.none();
                break;
            default:
                Set<String> codes = new HashSet<>();
                council.members().forEach(m -> {
                    if (random.nextBoolean()) {
                        codes.add(m.code());
                    }
                });
                holders = VetoHolders.of(codes);
        }
        return AdoptionRules.custom("generated").quota(quota).vetoHolders(holders)
                .abstentionIsVeto(random.nextInt(4) == 0).build();
    }

    /** A question; sometimes under Chapter VI with parties. */
    static Question question(Random random, Council council) {
        if (random.nextInt(3) == 0) {
            Set<String> parties = new HashSet<>();
            for (MemberState m : council.members()) {
                if (random.nextInt(3) == 0) {
                    parties.add(m.code());
                }
            }
            // a Chapter VI question is on a dispute and names its parties
            return parties.isEmpty() ? Question.substantive()
                    : new Question(io.github.unscsim.model.QuestionType.SUBSTANTIVE, CharterBasis.CHAPTER_VI, parties);
        }
        return Question.substantive();
    }

    /** The rule, wrapped in Art. 27(3)'s obligatory abstention when the question names parties. */
    static AdoptionRule rule(Random random, Council council, Question question) {
        QuotaRule rule = rule(random, council);
        return question.partiesToDispute().isEmpty() ? rule : AdoptionRules.obligatoryAbstention(rule);
    }

    /** A distribution with one to five votes possible, sometimes certain. */
    public static VoteDistribution distribution(Random random) {
        Vote[] votes = Vote.values();
        if (random.nextInt(4) == 0) {
            return VoteDistribution.certain(votes[random.nextInt(votes.length)]);
        }
        double[] w = new double[votes.length];
        double sum = 0;
        for (int k = 0; k < votes.length; k++) {
            w[k] = random.nextInt(3) == 0 ? 0 : random.nextDouble();
            sum += w[k];
        }
        if (sum == 0) {
            return VoteDistribution.certain(Vote.YES);
        }
        Map<Vote, Double> map = new EnumMap<>(Vote.class);
        double assigned = 0;
        int last = -1;
        for (int k = 0; k < votes.length; k++) {
            if (w[k] > 0) {
                last = k;
            }
        }
        for (int k = 0; k < votes.length; k++) {
            if (w[k] > 0 && k != last) {
                map.put(votes[k], w[k] / sum);
                assigned += w[k] / sum;
            }
        }
        map.put(votes[last], Math.max(0, 1 - assigned));
        return VoteDistribution.of("generated", map);
    }

    static Positions positions(Random random, Council council, Question question) {
        Map<String, VoteDistribution> map = new HashMap<>();
        council.members().forEach(m -> map.put(m.code(), distribution(random)));
        return Positions.of(council, question, map);
    }

    static io.github.unscsim.model.Ballot ballot(Random random, Council council, Question question) {
        io.github.unscsim.model.Ballot.Builder builder = io.github.unscsim.model.Ballot.builder(council, question);
        Vote[] votes = Vote.values();
        council.members().forEach(m -> builder.vote(m.code(), votes[random.nextInt(votes.length)]));
        return builder.build();
    }

    // ---- scenarios of every kind, for the file round trip -----------------------------------------------------

    /**
     * A valid scenario of any kind: its council on a date (1946 to 2026), custom or a reform model (with its own
     * quota or not); every kind of question; named, default and probabilistic positions; any rule change (a fixed
     * quota, a share of the members or of those present and voting, strict or not, no veto, the permanent members'
     * veto, named veto holders, an abstention that blocks); correlations; and variants that set positions, replace
     * the council, change the rule and replace or keep the correlation.
     */
    public static Scenario scenario(Random random) {
        Seating base = seating(random);
        Council council = base.council();
        List<String> codes = council.members().stream().map(MemberState::code).toList();
        Question question = anyQuestion(random, codes);
        boolean parties = !question.partiesToDispute().isEmpty();
        Map<String, VoteDistribution> named = new HashMap<>();
        for (String code : codes) {
            if (random.nextInt(3) == 0) {
                named.put(code, distribution(random));
            }
        }
        boolean withDefault = random.nextInt(4) != 0;
        if (!withDefault) {
            codes.forEach(code -> named.putIfAbsent(code, distribution(random)));
        }
        PositionSpec positions = new PositionSpec(named, withDefault ? Optional.of(distribution(random))
                : Optional.empty());
        RuleSpec rule = random.nextBoolean() ? base.rule() : ruleChange(random, codes).over(base.rule());
        List<Variant> variants = new ArrayList<>();
        for (int v = random.nextInt(4); v > 0; v--) {
            // a variant keeps the council where the question names parties (they must sit on it)
            Optional<Seating> seating = !parties && random.nextBoolean() ? Optional.of(seating(random))
                    : Optional.empty();
            Council on = seating.map(Seating::council).orElse(council);
            List<String> there = on.members().stream().map(MemberState::code).toList();
            Map<String, VoteDistribution> set = new HashMap<>();
            for (String code : there) {
                boolean unnamed = !positions.members().containsKey(code) && !withDefault;
                if (unnamed || random.nextInt(5) == 0) {
                    set.put(code, distribution(random));
                }
            }
            // on another council, the base's fixed quota and named veto holders may not fit: the variant sets its own
            RuleSpec change = seating.isEmpty() ? (random.nextBoolean() ? RuleSpec.unchanged()
                    : ruleChange(random, there)) : ruleChange(random, there).over(fitting())
                    .over(seating.get().rule());
            Variant variant = new Variant("variant " + v, set, seating.map(Seating::council), change);
            variants.add(switch (random.nextInt(3)) {
                case 0 -> variant;
                case 1 -> variant.withCorrelation(Correlation.none());
                default -> variant.withCorrelation(correlation(random, there));
            });
        }
        Scenario scenario = new Scenario(council, question, positions, rule, variants,
                random.nextBoolean() ? Correlation.none() : correlation(random, codes));
        // a draft named in either form of symbol, or none
        return switch (random.nextInt(3)) {
            case 0 -> scenario.withDraft("S/" + (1994 + random.nextInt(33)) + "/" + (1 + random.nextInt(999)));
            case 1 -> scenario.withDraft("S/" + (1 + random.nextInt(12000)));
            default -> scenario;
        };
    }

    /** A council and the rule change that comes with it (a reform model's quota and veto holders). */
    private record Seating(Council council, RuleSpec rule) {
    }

    private static Seating seating(Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return new Seating(Councils.onDate(Councils.FIRST_DATE.plusDays(random.nextInt(
                        (int) (Councils.LAST_DATE.toEpochDay() - Councils.FIRST_DATE.toEpochDay()) + 1))),
                        RuleSpec.unchanged());
            case 1: {
                List<ReformModel> models = ReformModels.all();
                ReformModel model = models.get(random.nextInt(models.size()));
                if (random.nextBoolean()) {
                    model = model.withQuota(1 + random.nextInt(model.seats()));
                }
                return new Seating(model.council(), RuleSpec.of(model));
            }
            default: {
                // a custom council takes today's rule, 9 votes: a smaller one needs a quota it can reach
                int n = 1 + random.nextInt(20);
                return new Seating(council(n, random.nextInt(n + 1)), n >= 9 && random.nextBoolean()
                        ? RuleSpec.unchanged() : RuleSpec.votes(1 + random.nextInt(n)));
            }
        }
    }

    private static Question anyQuestion(Random random, List<String> codes) {
        switch (random.nextInt(7)) {
            case 0:
                return Question.procedural();
            case 1:
                return Question.preliminary();
            case 2:
                return Question.icjElection();
            case 3:
                return Question.chapterVii();
            case 4:
            case 5: {
                Set<String> parties = new HashSet<>();
                parties.add(codes.get(random.nextInt(codes.size())));
                codes.forEach(code -> {
                    if (random.nextInt(8) == 0) {
                        parties.add(code);
                    }
                });
                return new Question(io.github.unscsim.model.QuestionType.SUBSTANTIVE, random.nextBoolean()
                        ? CharterBasis.CHAPTER_VI : CharterBasis.ARTICLE_52_3, parties);
            }
            default:
                return Question.substantive();
        }
    }

    /** A change of the quota, the veto holders and whether an abstention blocks, each set or not. */
    private static RuleSpec ruleChange(Random random, List<String> codes) {
        RuleSpec rule = RuleSpec.unchanged();
        int d = 2 + random.nextInt(4);
        int n = 1 + random.nextInt(d);
        switch (random.nextInt(7)) {
            case 0, 1 -> rule = rule.withQuota(Quota.votes(1 + random.nextInt(codes.size())));
            case 2 -> rule = rule.withQuota(random.nextBoolean() ? Quota.majorityOfMembers()
                    : Quota.majorityOfPresentAndVoting());
            // more than the whole council (a strict share of d/d) cannot be reached, and is rejected
            case 3 -> rule = rule.withQuota(new Quota.Share(n, d, n < d && random.nextBoolean(), Quota.Base.MEMBERS));
            case 4 -> rule = rule.withQuota(new Quota.Share(n, d, n < d && random.nextBoolean(),
                    Quota.Base.values()[1 + random.nextInt(2)]));
            default -> { }
        }
        switch (random.nextInt(4)) {
            case 0 -> rule = rule.withVetoHolders(VetoHolders.none());
            case 1 -> rule = rule.withVetoHolders(VetoHolders.permanentMembers());
            case 2 -> {
                Set<String> holders = new HashSet<>();
                codes.forEach(code -> {
                    if (random.nextInt(4) == 0) {
                        holders.add(code);
                    }
                });
                rule = rule.withVetoHolders(VetoHolders.of(holders));
            }
            default -> { }
        }
        if (random.nextInt(3) == 0) {
            rule = rule.withAbstentionIsVeto(random.nextBoolean());
        }
        return rule;
    }

    /** A quota and veto holders that fit any council: a majority of the members, the permanent members' veto. */
    private static RuleSpec fitting() {
        return RuleSpec.unchanged().withQuota(Quota.majorityOfMembers()).withVetoHolders(
                VetoHolders.permanentMembers());
    }

    /** Up to two blocs of two or three members, and a shared factor, trials and seed, each default or random. */
    static Correlation correlation(Random random, List<String> codes) {
        List<String> shuffled = new ArrayList<>(codes);
        java.util.Collections.shuffle(shuffled, random);
        Correlation correlation = Correlation.none();
        int from = 0;
        for (int b = random.nextInt(3); b > 0; b--) {
            int size = 2 + random.nextInt(2);
            if (from + size <= shuffled.size()) {
                correlation = correlation.withBloc(shuffled.subList(from, from + size).toArray(String[]::new));
                from += size;
            }
        }
        if (random.nextBoolean()) {
            correlation = correlation.withSharedFactor(random.nextBoolean() ? 1 : random.nextDouble());
        }
        return correlation.withTrials(random.nextBoolean() ? MonteCarloOdds.DEFAULT_TRIALS
                : 1 + random.nextInt(2_000_000), random.nextBoolean() ? MonteCarloOdds.DEFAULT_SEED : random.nextLong());
    }
}
