package io.github.unscsim.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Seat;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.rules.VetoHolders;
import io.github.unscsim.scenario.Correlation;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.scenario.Scenario;
import io.github.unscsim.scenario.Variant;
import io.github.unscsim.scenario.VoteDistribution;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Scenario} in the file format that {@link ScenarioReader} reads: first as plain maps and lists, then
 * as JSON ({@link Json}) or YAML.
 */
final class ScenarioWriter {

    private ScenarioWriter() {
    }

    static String write(Scenario scenario, boolean json) {
        Map<String, Object> value = scenario(scenario);
        if (json) {
            return Json.write(value) + "\n";
        }
        try {
            return YamlSupport.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> scenario(Scenario scenario) {
        Map<String, Object> node = new LinkedHashMap<>();
        scenario.draft().ifPresent(symbol -> node.put("draft", symbol));
        node.put("council", council(scenario.council()));
        Question question = scenario.question();
        node.put("question", ScenarioFormat.questionName(question));
        if (!question.partiesToDispute().isEmpty()) {
            node.put("parties", List.copyOf(question.partiesToDispute()));
        }
        if (!scenario.rule().isUnchanged()) {
            node.put("rule", rule(scenario.rule()));
        }
        Map<String, Object> positions = new LinkedHashMap<>();
        Map<String, Object> probabilities = new LinkedHashMap<>();
        Map<String, VoteDistribution> all = new LinkedHashMap<>(scenario.positions().members());
        scenario.positions().defaultPosition().ifPresent(d -> all.put(ScenarioFormat.DEFAULT, d));
        all.forEach((code, d) -> (d.isCertain() ? positions : probabilities).put(code, position(d)));
        if (!positions.isEmpty()) {
            node.put("positions", positions);
        }
        if (!probabilities.isEmpty()) {
            node.put("probabilities", probabilities);
        }
        if (!scenario.correlation().equals(Correlation.none())) {
            node.put("correlation", correlation(scenario.correlation()));
        }
        if (!scenario.variants().isEmpty()) {
            List<Object> variants = new ArrayList<>();
            scenario.variants().forEach(variant -> variants.add(variant(variant)));
            node.put("variants", variants);
        }
        return node;
    }

    private static Map<String, Object> variant(Variant variant) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", variant.name());
        if (!variant.set().isEmpty()) {
            Map<String, Object> set = new LinkedHashMap<>();
            variant.set().forEach((code, d) -> set.put(code, position(d)));
            v.put("set", set);
        }
        variant.council().ifPresent(c -> v.put("council", council(c)));
        if (!variant.rule().isUnchanged()) {
            v.put("rule", rule(variant.rule()));
        }
        variant.correlation().ifPresent(c -> v.put("correlation", correlation(c)));
        return v;
    }

    /** A fixed position as its vote's label, a probabilistic one as {vote: probability}. */
    private static Object position(VoteDistribution d) {
        if (d.isCertain()) {
            return d.vote().label();
        }
        Map<String, Object> node = new LinkedHashMap<>();
        d.probabilities().forEach((vote, p) -> node.put(vote.label(), p));
        return node;
    }

    /** A council on a date as its date; any other (custom, a reform model's) as its name and seats. */
    private static Object council(Council council) {
        if (council.date().isPresent()) {
            return council.date().get().toString();
        }
        Map<String, Object> node = new LinkedHashMap<>();
        Map<String, Object> permanent = new LinkedHashMap<>();
        Map<String, Object> elected = new LinkedHashMap<>();
        for (Seat seat : council.seats()) {
            (seat.isPermanent() ? permanent : elected).put(seat.member().code(), seat.member().name());
        }
        node.put("name", council.name());
        node.put("permanent", permanent);
        node.put("elected", elected);
        return node;
    }

    private static Object correlation(Correlation correlation) {
        if (correlation.equals(Correlation.none())) {
            return "none";
        }
        Map<String, Object> node = new LinkedHashMap<>();
        if (!correlation.blocs().isEmpty()) {
            List<Object> blocs = new ArrayList<>();
            correlation.blocs().forEach(bloc -> blocs.add(List.copyOf(bloc)));
            node.put("blocs", blocs);
        }
        // every setting that differs from the reader's default, so that none is lost
        if (Double.doubleToLongBits(correlation.sharedFactor()) != Double.doubleToLongBits(0.0)) {
            node.put("shared-factor", correlation.sharedFactor());
        }
        if (correlation.trials() != MonteCarloOdds.DEFAULT_TRIALS) {
            node.put("trials", correlation.trials());
        }
        if (correlation.seed() != MonteCarloOdds.DEFAULT_SEED) {
            node.put("seed", correlation.seed());
        }
        return node;
    }

    private static Object rule(RuleSpec rule) {
        Map<String, Object> node = new LinkedHashMap<>();
        rule.preset().ifPresent(p -> node.put("preset", p.name()));
        if (node.size() == 1 && rule.equals(RuleSpec.of(rule.preset().get()))) {
            // a named rule alone is written by its name
            return rule.preset().get().name();
        }
        rule.quota().ifPresent(q -> {
            if (q instanceof Quota.Fixed fixed) {
                node.put("votes", fixed.votes());
            } else {
                node.put("quota", ScenarioFormat.quotaText(q));
            }
        });
        rule.vetoHolders().ifPresent(v -> {
            if (v instanceof VetoHolders.Named named) {
                node.put("veto", named.codes().isEmpty() ? "none" : List.copyOf(named.codes()));
            } else if (v == VetoHolders.allMembers()) {
                node.put("veto", "all");
            } else {
                node.put("veto", "permanent");
            }
        });
        rule.abstentionIsVeto().ifPresent(b -> node.put("abstention-is-veto", b));
        return node;
    }
}
