package io.github.unscsim.scenario;

import io.github.unscsim.model.CharterBasis;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
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
import java.util.Set;

/** Seeded random councils, rules, positions and ballots for the property tests. */
final class Generated {

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
    static VoteDistribution distribution(Random random) {
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
}
