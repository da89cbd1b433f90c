package io.github.unscsim.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.unscsim.history.Councils;
import io.github.unscsim.model.CharterBasis;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.QuestionType;
import io.github.unscsim.model.Seat;
import io.github.unscsim.model.Vote;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.reform.ReformModels;
import io.github.unscsim.rules.Quota;
import io.github.unscsim.rules.VetoHolders;
import io.github.unscsim.rules.OutcomeType;
import io.github.unscsim.scenario.AdoptionOdds;
import io.github.unscsim.scenario.Correlation;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.PositionSpec;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.scenario.Scenario;
import io.github.unscsim.scenario.Variant;
import io.github.unscsim.scenario.VoteDistribution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes {@link Scenario}s as YAML or JSON (by the file's extension: {@code .json} is JSON, anything else
 * YAML). The format, documented in the README:
 *
 * <pre>
 * council: 2016                  # a year (1 January), an ISO date, a reform model (g4-veto, or {model: g4, quota: 15}),
 *                                # or {name, permanent: {CODE: name}, elected: ...}
 * question: substantive          # substantive, procedural, preliminary, icj-election, chapter-vi, chapter-vii
 * parties: [UKR, RUS]            # parties to the dispute (chapter-vi), optional
 * rule: {votes: 10}              # optional change to the rule in force: votes, quota, veto, abstention-is-veto
 * positions: {RUS: no, CHN: abstain, default: yes}
 * probabilities:
 *   RUS: {yes: 0.2, no: 0.5, abstain: 0.3}
 * correlation:                   # optional: members that vote together; the odds are then simulated
 *   blocs: [[AGO, EGY, SEN]]     # members that share one draw on every ballot
 *   shared-factor: 0.2           # the probability that a member takes the ballot's common draw, 0 to 1
 *   trials: 1000000              # simulated ballots, at least 1 (default 1000000)
 *   seed: 20161008               # the generator's seed (default 20161008)
 * variants:
 *   - name: Russia abstains
 *     set: {RUS: abstain}        # a vote, or probabilities
 *     council: 2014              # optional
 *     rule: no-veto              # optional: no-veto, simple-majority, or the object form
 *     correlation: none          # optional: replaces the base's (none: independent); else the base's is kept
 * </pre>
 *
 * Every error names the file, the line and the column and what was expected there; nothing half-read is returned.
 * Writing a scenario and reading it back gives an equal scenario. Thread-safe.
 */
public final class ScenarioFiles {

    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> TOP = Set.of("council", "question", "parties", "rule", "positions",
            "probabilities", "correlation", "variants");
    private static final Set<String> VARIANT = Set.of("name", "set", "council", "rule", "correlation");
    private static final Set<String> CORRELATION = Set.of("blocs", "shared-factor", "trials", "seed");
    private static final Set<String> RULE = Set.of("votes", "quota", "veto", "abstention-is-veto");

    private ScenarioFiles() {
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file, {@code .json} for JSON, else YAML, not null
     * @return the scenario
     * @throws ScenarioFormatException if the file is malformed or describes no valid scenario
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalStateException for YAML, if jackson-dataformat-yaml (an optional dependency) is missing
     */
    public static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString(), isJson(file));
    }

    /**
     * Reads a scenario from text.
     *
     * @param text the file's text, not null
     * @param name the file's name for messages, not null
     * @param json true for JSON, false for YAML
     * @return the scenario
     * @throws ScenarioFormatException if the text is malformed or describes no valid scenario
     * @throws IllegalStateException for YAML, if jackson-dataformat-yaml (an optional dependency) is missing
     */
    public static Scenario parse(String text, String name, boolean json) {
        ObjectMapper mapper = json ? JSON : YamlSupport.mapper();
        Map<String, JsonLocation> locations = new HashMap<>();
        JsonNode root;
        try {
            root = mapper.readTree(text);
            JsonFactory factory = mapper.getFactory();
            try (JsonParser parser = factory.createParser(text)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    if (token == JsonToken.FIELD_NAME) {
                        locations.putIfAbsent(pointer, parser.currentTokenLocation());
                    } else if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                        locations.put(pointer, parser.currentTokenLocation());
                    }
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ScenarioFormatException(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "malformed " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reader(name, locations).scenario(root);
    }

    /**
     * Writes a scenario to a file, as JSON if its name ends in {@code .json}, else as YAML.
     *
     * @param scenario the scenario, not null
     * @param file the file, not null
     * @throws UncheckedIOException if the file cannot be written
     * @throws IllegalStateException for YAML, if jackson-dataformat-yaml (an optional dependency) is missing
     */
    public static void write(Scenario scenario, Path file) {
        try {
            Files.writeString(file, write(scenario, isJson(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a scenario as text.
     *
     * @param scenario the scenario, not null
     * @param json true for JSON, false for YAML
     * @return the text
     * @throws IllegalStateException for YAML, if jackson-dataformat-yaml (an optional dependency) is missing
     */
    public static String write(Scenario scenario, boolean json) {
        try {
            return (json ? JSON : YamlSupport.mapper()).writeValueAsString(tree(scenario));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a scenario as a JSON tree in the file format.
     *
     * @param scenario the scenario, not null
     * @return the tree
     */
    public static ObjectNode tree(Scenario scenario) {
        ObjectNode node = JSON.createObjectNode();
        node.set("council", council(scenario.council()));
        Question question = scenario.question();
        node.put("question", questionText(question));
        if (!question.partiesToDispute().isEmpty()) {
            ArrayNode parties = node.putArray("parties");
            question.partiesToDispute().forEach(parties::add);
        }
        if (!scenario.rule().isUnchanged()) {
            node.set("rule", rule(scenario.rule()));
        }
        ObjectNode positions = JSON.createObjectNode();
        ObjectNode probabilities = JSON.createObjectNode();
        Map<String, VoteDistribution> all = new LinkedHashMap<>(scenario.positions().members());
        scenario.positions().defaultPosition().ifPresent(d -> all.put("default", d));
        all.forEach((code, d) -> {
            if (d.isCertain()) {
                positions.put(code, d.vote().label());
            } else {
                probabilities.set(code, distribution(d));
            }
        });
        if (!positions.isEmpty()) {
            node.set("positions", positions);
        }
        if (!probabilities.isEmpty()) {
            node.set("probabilities", probabilities);
        }
        if (!scenario.correlation().equals(Correlation.none())) {
            node.set("correlation", correlation(scenario.correlation()));
        }
        if (!scenario.variants().isEmpty()) {
            ArrayNode variants = node.putArray("variants");
            for (Variant variant : scenario.variants()) {
                ObjectNode v = variants.addObject();
                v.put("name", variant.name());
                if (!variant.set().isEmpty()) {
                    ObjectNode set = v.putObject("set");
                    variant.set().forEach((code, d) -> {
                        if (d.isCertain()) {
                            set.put(code, d.vote().label());
                        } else {
                            set.set(code, distribution(d));
                        }
                    });
                }
                variant.council().ifPresent(c -> v.set("council", council(c)));
                if (!variant.rule().isUnchanged()) {
                    v.set("rule", rule(variant.rule()));
                }
                variant.correlation().ifPresent(c -> v.set("correlation", correlation(c)));
            }
        }
        return node;
    }

    /**
     * Returns a scenario's evaluation as JSON: {@code base} and {@code variants}, each with its {@code name},
     * {@code method} ({@code exact} or {@code monte-carlo}), {@code probabilityAdopted}, {@code probabilityVetoed},
     * {@code probabilityFailed}, for a simulation the {@code interval} of each ({@code adopted}, {@code vetoed},
     * {@code failed}, each {@code {low, high}}) with its {@code confidence}, {@code trials} and {@code seed}, the
     * {@code outcome} where every position is fixed ({@link Json#outcome}), the {@code rule} and the
     * {@code changes}.
     *
     * @param result the evaluation, not null
     * @return the JSON object
     */
    public static ObjectNode result(Scenario.Result result) {
        ObjectNode node = JSON.createObjectNode();
        node.set("base", evaluation(result.base()));
        ArrayNode variants = node.putArray("variants");
        result.variants().forEach(v -> variants.add(evaluation(v)));
        return node;
    }

    private static ObjectNode evaluation(Scenario.Evaluation evaluation) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", evaluation.name());
        node.put("method", evaluation.method().label());
        AdoptionOdds.Result odds = evaluation.odds();
        node.put("probabilityAdopted", odds.adopted());
        node.put("probabilityVetoed", odds.vetoed());
        node.put("probabilityFailed", odds.failed());
        evaluation.estimate().ifPresent(estimate -> {
            ObjectNode intervals = node.putObject("interval");
            for (OutcomeType type : OutcomeType.values()) {
                MonteCarloOdds.Interval interval = estimate.interval(type);
                ObjectNode i = intervals.putObject(type.name().toLowerCase(Locale.ROOT));
                i.put("low", interval.low());
                i.put("high", interval.high());
            }
            node.put("confidence", estimate.confidence());
            node.put("trials", estimate.trials());
            node.put("seed", estimate.seed());
        });
        node.put("rule", evaluation.rule().name());
        evaluation.outcome().ifPresent(o -> node.set("outcome", Json.outcome(o)));
        ArrayNode changes = node.putArray("changes");
        for (Scenario.Difference difference : evaluation.changes()) {
            ObjectNode change = changes.addObject();
            change.put("subject", difference.subject());
            change.put("before", difference.before());
            change.put("after", difference.after());
        }
        return node;
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static JsonNode council(Council council) {
        if (council.date().isPresent()) {
            return JSON.getNodeFactory().textNode(council.date().get().toString());
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("name", council.name());
        ObjectNode permanent = node.putObject("permanent");
        ObjectNode elected = node.putObject("elected");
        for (Seat seat : council.seats()) {
            (seat.isPermanent() ? permanent : elected).put(seat.member().code(), seat.member().name());
        }
        return node;
    }

    private static String questionText(Question question) {
        switch (question.type()) {
            case PROCEDURAL:
                return "procedural";
            case PRELIMINARY:
                return "preliminary";
            case ICJ_ELECTION:
                return "icj-election";
            default:
                switch (question.basis()) {
                    case CHAPTER_VI:
                        return "chapter-vi";
                    case CHAPTER_VII:
                        return "chapter-vii";
                    case ARTICLE_52_3:
                        return "article-52-3";
                    default:
                        return "substantive";
                }
        }
    }

    private static ObjectNode distribution(VoteDistribution d) {
        ObjectNode node = JSON.createObjectNode();
        d.probabilities().forEach((vote, p) -> node.put(vote.label(), p));
        return node;
    }

    private static JsonNode correlation(Correlation correlation) {
        if (correlation.equals(Correlation.none())) {
            return JSON.getNodeFactory().textNode("none");
        }
        ObjectNode node = JSON.createObjectNode();
        if (!correlation.blocs().isEmpty()) {
            ArrayNode blocs = node.putArray("blocs");
            for (Set<String> bloc : correlation.blocs()) {
                ArrayNode codes = blocs.addArray();
                bloc.forEach(codes::add);
            }
        }
        if (correlation.sharedFactor() > 0) {
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

    private static ObjectNode rule(RuleSpec rule) {
        ObjectNode node = JSON.createObjectNode();
        rule.quota().ifPresent(q -> {
            if (q instanceof Quota.Fixed fixed) {
                node.put("votes", fixed.votes());
            } else {
                node.put("quota", quotaText(q));
            }
        });
        rule.vetoHolders().ifPresent(v -> {
            if (v instanceof VetoHolders.Named named) {
                if (named.codes().isEmpty()) {
                    node.put("veto", "none");
                } else {
                    ArrayNode codes = node.putArray("veto");
                    named.codes().forEach(codes::add);
                }
            } else {
                node.put("veto", "permanent");
            }
        });
        rule.abstentionIsVeto().ifPresent(b -> node.put("abstention-is-veto", b));
        return node;
    }

    private static String quotaText(Quota quota) {
        if (quota instanceof Quota.ShareOfMembers s) {
            if (s.strict() && s.numerator() == 1 && s.denominator() == 2) {
                return "majority";
            }
            if (!s.strict()) {
                return s.numerator() + "/" + s.denominator();
            }
        } else if (quota instanceof Quota.ShareOfPresentAndVoting s) {
            if (s.strict() && s.numerator() == 1 && s.denominator() == 2) {
                return "simple-majority";
            }
            if (!s.strict()) {
                return s.numerator() + "/" + s.denominator() + " present-and-voting";
            }
        }
        throw new IllegalArgumentException("the quota '" + quota + "' has no form in a scenario file");
    }

    /** Reads the tree, naming the location of every error. */
    private static final class Reader {

        private final String file;
        private final Map<String, JsonLocation> locations;

        Reader(String file, Map<String, JsonLocation> locations) {
            this.file = file;
            this.locations = locations;
        }

        ScenarioFormatException error(String pointer, String problem) {
            String at = pointer;
            JsonLocation location = locations.get(at);
            while (location == null && !at.isEmpty()) {
                at = at.substring(0, at.lastIndexOf('/'));
                location = locations.get(at);
            }
            int line = location == null ? 1 : location.getLineNr();
            int column = location == null ? 1 : location.getColumnNr();
            String where = pointer.isEmpty() ? "" : " (at " + pointer.substring(1).replace('/', '.') + ")";
            return new ScenarioFormatException(file, line, column, problem + where, null);
        }

        Scenario scenario(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw error("", "expected a mapping with council, question, positions and variants");
            }
            keys(root, "", TOP);
            Seating seating = council(require(root, "", "council"), "/council");
            Council council = seating.council();
            Question question = question(root);
            RuleSpec rule = (root.has("rule") ? rule(root.get("rule"), "/rule") : RuleSpec.unchanged())
                    .over(seating.rule());
            Map<String, VoteDistribution> named = new HashMap<>();
            Optional<VoteDistribution> defaultPosition = Optional.empty();
            JsonNode positions = root.get("positions");
            if (positions != null) {
                object(positions, "/positions");
                for (Map.Entry<String, JsonNode> entry : positions.properties()) {
                    String at = "/positions/" + entry.getKey();
                    VoteDistribution d = VoteDistribution.certain(vote(entry.getValue(), at));
                    if (entry.getKey().equals("default")) {
                        defaultPosition = Optional.of(d);
                    } else {
                        named.put(member(entry.getKey(), council, at), d);
                    }
                }
            }
            JsonNode probabilities = root.get("probabilities");
            if (probabilities != null) {
                object(probabilities, "/probabilities");
                for (Map.Entry<String, JsonNode> entry : probabilities.properties()) {
                    String at = "/probabilities/" + entry.getKey();
                    VoteDistribution d = distribution(entry.getValue(), entry.getKey(), at);
                    if (entry.getKey().equals("default")) {
                        defaultPosition = Optional.of(d);
                    } else {
                        // probabilities take the place of a fixed position given in positions
                        named.put(member(entry.getKey(), council, at), d);
                    }
                }
            }
            PositionSpec spec = new PositionSpec(named, defaultPosition);
            try {
                spec.resolve(council, question);
            } catch (IllegalArgumentException e) {
                throw error(positions != null ? "/positions" : "", e.getMessage());
            }
            Correlation correlation = root.has("correlation")
                    ? correlation(root.get("correlation"), "/correlation", council) : Correlation.none();
            List<Variant> variants = new ArrayList<>();
            JsonNode list = root.get("variants");
            if (list != null) {
                if (!list.isArray()) {
                    throw error("/variants", "expected a list of variants, each with a name");
                }
                Set<String> names = new TreeSet<>();
                for (int i = 0; i < list.size(); i++) {
                    Variant variant = variant(list.get(i), "/variants/" + i, council, question, spec);
                    if (!names.add(variant.name())) {
                        throw error("/variants/" + i + "/name", "two variants are named '" + variant.name() + "'");
                    }
                    variants.add(variant);
                }
            }
            Scenario scenario = new Scenario(council, question, spec, rule, variants, correlation);
            try {
                scenario.baseRule();
            } catch (IllegalArgumentException e) {
                throw error("/rule", e.getMessage());
            }
            return scenario;
        }

        private Variant variant(JsonNode node, String at, Council baseCouncil, Question question, PositionSpec base) {
            object(node, at);
            keys(node, at, VARIANT);
            JsonNode nameNode = require(node, at, "name");
            if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
                throw error(at + "/name", "expected a variant's name");
            }
            Optional<Seating> seating = node.has("council")
                    ? Optional.of(council(node.get("council"), at + "/council")) : Optional.empty();
            Optional<Council> council = seating.map(Seating::council);
            Council on = council.orElse(baseCouncil);
            Map<String, VoteDistribution> set = new HashMap<>();
            JsonNode setNode = node.get("set");
            if (setNode != null) {
                object(setNode, at + "/set");
                for (Map.Entry<String, JsonNode> entry : setNode.properties()) {
                    String where = at + "/set/" + entry.getKey();
                    String code = member(entry.getKey(), on, where);
                    set.put(code, entry.getValue().isObject() ? distribution(entry.getValue(), code, where)
                            : VoteDistribution.certain(vote(entry.getValue(), where)));
                }
            }
            RuleSpec rule = (node.has("rule") ? rule(node.get("rule"), at + "/rule") : RuleSpec.unchanged())
                    .over(seating.map(Seating::rule).orElse(RuleSpec.unchanged()));
            try {
                base.on(on).with(set).resolve(on, question);
            } catch (IllegalArgumentException e) {
                throw error(at, "variant '" + nameNode.asText() + "': " + e.getMessage());
            }
            Optional<Correlation> correlation = node.has("correlation")
                    ? Optional.of(correlation(node.get("correlation"), at + "/correlation", on)) : Optional.empty();
            return new Variant(nameNode.asText(), set, council, rule, correlation);
        }

        private Correlation correlation(JsonNode node, String at, Council council) {
            if (node.isTextual() && node.asText().equals("none")) {
                return Correlation.none();
            }
            if (!node.isObject()) {
                throw error(at, "expected none or a mapping with blocs, shared-factor, trials and seed");
            }
            keys(node, at, CORRELATION);
            List<Set<String>> blocs = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            JsonNode list = node.get("blocs");
            if (list != null) {
                if (!list.isArray()) {
                    throw error(at + "/blocs", "expected a list of blocs, each a list of alpha-3 codes, e.g. "
                            + "[[AGO, EGY, SEN]]");
                }
                for (int i = 0; i < list.size(); i++) {
                    String where = at + "/blocs/" + i;
                    JsonNode bloc = list.get(i);
                    if (!bloc.isArray()) {
                        throw error(where, "expected a bloc: a list of alpha-3 codes, e.g. [AGO, EGY, SEN]");
                    }
                    Set<String> members = new LinkedHashSet<>();
                    for (int j = 0; j < bloc.size(); j++) {
                        String code = member(bloc.get(j).asText(), council, where + "/" + j);
                        if (!members.add(code)) {
                            throw error(where + "/" + j, code + " is named twice in the bloc");
                        }
                        if (!seen.add(code)) {
                            throw error(where + "/" + j, code + " is in two blocs (a member votes with one bloc)");
                        }
                    }
                    if (members.size() < 2) {
                        throw error(where, "a bloc needs at least two members: " + bloc);
                    }
                    blocs.add(members);
                }
            }
            double sharedFactor = 0;
            JsonNode factor = node.get("shared-factor");
            if (factor != null) {
                if (!factor.isNumber() || !(factor.asDouble() >= 0 && factor.asDouble() <= 1)) {
                    throw error(at + "/shared-factor", "expected a shared factor between 0 and 1: " + factor);
                }
                sharedFactor = factor.asDouble();
            }
            int trials = MonteCarloOdds.DEFAULT_TRIALS;
            JsonNode count = node.get("trials");
            if (count != null) {
                if (!count.isIntegralNumber() || !count.canConvertToInt() || count.asInt() < 1) {
                    throw error(at + "/trials", "expected a number of simulated ballots, 1 to "
                            + Integer.MAX_VALUE + ": " + count);
                }
                trials = count.asInt();
            }
            long seed = MonteCarloOdds.DEFAULT_SEED;
            JsonNode value = node.get("seed");
            if (value != null) {
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    throw error(at + "/seed", "expected a whole number as the seed: " + value);
                }
                seed = value.asLong();
            }
            return new Correlation(blocs, sharedFactor, trials, seed);
        }

        /** A council as a file names it, and the rule change that comes with it (a reform model's). */
        private record Seating(Council council, RuleSpec rule) {
        }

        private Seating council(JsonNode node, String at) {
            if (node.isObject() && node.has("model")) {
                keys(node, at, Set.of("model", "quota"));
                JsonNode quota = node.get("quota");
                if (quota != null && !quota.canConvertToExactIntegral()) {
                    throw error(at + "/quota", "expected a whole number of affirmative votes, not " + quota);
                }
                return reform(node.get("model").asText(), quota == null ? null : quota.asInt(), at);
            }
            if (node.isObject()) {
                keys(node, at, Set.of("name", "permanent", "elected"));
                JsonNode name = require(node, at, "name");
                List<MemberState> permanent = states(node.get("permanent"), at + "/permanent");
                List<MemberState> elected = states(node.get("elected"), at + "/elected");
                try {
                    return new Seating(Council.custom(name.asText(), permanent, elected), RuleSpec.unchanged());
                } catch (IllegalArgumentException e) {
                    throw error(at, e.getMessage());
                }
            }
            if (!node.isValueNode()) {
                throw error(at, "expected a year (2016), a date (2016-10-08), a reform model ("
                        + String.join(", ", ReformModels.names()) + ") or a custom council {name, permanent, elected}");
            }
            if (ReformModels.names().contains(node.asText())) {
                return reform(node.asText(), null, at);
            }
            try {
                return new Seating(Councils.parse(node.asText()), RuleSpec.unchanged());
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage());
            }
        }

        private Seating reform(String name, Integer quota, String at) {
            try {
                ReformModel model = ReformModels.byName(name);
                model = quota == null ? model : model.withQuota(quota);
                return new Seating(model.council(), RuleSpec.of(model));
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage());
            }
        }

        private List<MemberState> states(JsonNode node, String at) {
            List<MemberState> states = new ArrayList<>();
            if (node == null) {
                return states;
            }
            object(node, at);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String where = at + "/" + entry.getKey();
                try {
                    states.add(MemberState.of(entry.getKey(), entry.getValue().asText()));
                } catch (IllegalArgumentException e) {
                    throw error(where, e.getMessage());
                }
            }
            return states;
        }

        private Question question(JsonNode root) {
            JsonNode node = root.get("question");
            String text = node == null ? "substantive" : node.asText();
            Set<String> parties = new TreeSet<>();
            JsonNode list = root.get("parties");
            if (list != null) {
                if (!list.isArray()) {
                    throw error("/parties", "expected a list of alpha-3 codes, e.g. [UKR, RUS]");
                }
                for (int i = 0; i < list.size(); i++) {
                    try {
                        parties.add(MemberState.checkCode(list.get(i).asText()));
                    } catch (IllegalArgumentException e) {
                        throw error("/parties/" + i, e.getMessage());
                    }
                }
            }
            QuestionType type = QuestionType.SUBSTANTIVE;
            CharterBasis basis = CharterBasis.UNSPECIFIED;
            switch (text) {
                case "substantive":
                    break;
                case "procedural":
                    type = QuestionType.PROCEDURAL;
                    break;
                case "preliminary":
                    type = QuestionType.PRELIMINARY;
                    break;
                case "icj-election":
                    type = QuestionType.ICJ_ELECTION;
                    break;
                case "chapter-vi":
                    basis = CharterBasis.CHAPTER_VI;
                    break;
                case "chapter-vii":
                    basis = CharterBasis.CHAPTER_VII;
                    break;
                case "article-52-3":
                    basis = CharterBasis.ARTICLE_52_3;
                    break;
                default:
                    throw error("/question", "'" + text + "' is not a kind of question (expected substantive, "
                            + "procedural, preliminary, icj-election, chapter-vi, chapter-vii or article-52-3)");
            }
            if (!parties.isEmpty() && !basis.requiresAbstentionOfParties()) {
                throw error("/parties", "parties to a dispute need question: chapter-vi or article-52-3");
            }
            return new Question(type, basis, parties);
        }

        private RuleSpec rule(JsonNode node, String at) {
            if (node.isTextual()) {
                switch (node.asText()) {
                    case "no-veto":
                        return RuleSpec.noVeto();
                    case "simple-majority":
                        return RuleSpec.simpleMajority();
                    case "unchanged":
                    case "in-force":
                        return RuleSpec.unchanged();
                    default:
                        throw error(at, "'" + node.asText() + "' is not a rule (expected no-veto, simple-majority, "
                                + "in-force, or {votes, quota, veto, abstention-is-veto})");
                }
            }
            object(node, at);
            keys(node, at, RULE);
            RuleSpec rule = RuleSpec.unchanged();
            if (node.has("votes") && node.has("quota")) {
                throw error(at + "/quota", "give votes or quota, not both");
            }
            if (node.has("votes")) {
                JsonNode votes = node.get("votes");
                if (!votes.canConvertToInt() || !votes.isIntegralNumber() || votes.asInt() < 1) {
                    throw error(at + "/votes", "expected a number of affirmative votes, at least 1: " + votes);
                }
                rule = rule.withQuota(Quota.votes(votes.asInt()));
            }
            if (node.has("quota")) {
                rule = rule.withQuota(quota(node.get("quota").asText(), at + "/quota"));
            }
            if (node.has("veto")) {
                JsonNode veto = node.get("veto");
                if (veto.isArray()) {
                    Set<String> codes = new TreeSet<>();
                    for (int i = 0; i < veto.size(); i++) {
                        try {
                            codes.add(MemberState.checkCode(veto.get(i).asText()));
                        } catch (IllegalArgumentException e) {
                            throw error(at + "/veto/" + i, e.getMessage());
                        }
                    }
                    rule = rule.withVetoHolders(VetoHolders.of(codes));
                } else if (veto.asText().equals("none")) {
                    rule = rule.withVetoHolders(VetoHolders.none());
                } else if (veto.asText().equals("permanent")) {
                    rule = rule.withVetoHolders(VetoHolders.permanentMembers());
                } else {
                    throw error(at + "/veto", "expected none, permanent or a list of alpha-3 codes: " + veto);
                }
            }
            if (node.has("abstention-is-veto")) {
                JsonNode flag = node.get("abstention-is-veto");
                if (!flag.isBoolean()) {
                    throw error(at + "/abstention-is-veto", "expected true or false: " + flag);
                }
                rule = rule.withAbstentionIsVeto(flag.asBoolean());
            }
            return rule;
        }

        private Quota quota(String text, String at) {
            String t = text.strip();
            if (t.equals("majority")) {
                return Quota.majorityOfMembers();
            }
            if (t.equals("simple-majority")) {
                return Quota.majorityOfPresentAndVoting();
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)/(\\d+)( present-and-voting)?")
                    .matcher(t);
            if (m.matches()) {
                try {
                    int n = Integer.parseInt(m.group(1));
                    int d = Integer.parseInt(m.group(2));
                    return m.group(3) == null ? Quota.ofMembers(n, d) : Quota.ofPresentAndVoting(n, d);
                } catch (IllegalArgumentException e) {
                    throw error(at, e.getMessage());
                }
            }
            throw error(at, "'" + text + "' is not a quota (expected majority, simple-majority, N/D or "
                    + "N/D present-and-voting)");
        }

        private Vote vote(JsonNode node, String at) {
            if (node.isBoolean()) {
                // YAML 1.1 reads an unquoted yes or no as a boolean
                return node.asBoolean() ? Vote.YES : Vote.NO;
            }
            if (!node.isTextual()) {
                throw error(at, "expected a vote (yes, no, abstain, absent or not-participating): " + node);
            }
            try {
                return Vote.parse(node.asText());
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage());
            }
        }

        private VoteDistribution distribution(JsonNode node, String member, String at) {
            object(node, at);
            Map<Vote, Double> map = new EnumMap<>(Vote.class);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String where = at + "/" + entry.getKey();
                Vote vote;
                try {
                    String key = entry.getKey();
                    vote = key.equals("true") ? Vote.YES : key.equals("false") ? Vote.NO : Vote.parse(key);
                } catch (IllegalArgumentException e) {
                    throw error(where, e.getMessage());
                }
                if (!entry.getValue().isNumber()) {
                    throw error(where, "expected a probability between 0 and 1: " + entry.getValue());
                }
                map.put(vote, entry.getValue().asDouble());
            }
            try {
                return VoteDistribution.of(member, map);
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage());
            }
        }

        private String member(String code, Council council, String at) {
            try {
                MemberState.checkCode(code);
            } catch (IllegalArgumentException e) {
                throw error(at, "unknown member code: " + e.getMessage());
            }
            if (!council.contains(code)) {
                throw error(at, code + " is not a member of " + council.name() + " (members: "
                        + String.join(", ", council.members().stream().map(MemberState::code).toList()) + ")");
            }
            return code;
        }

        private void object(JsonNode node, String at) {
            if (node == null || !node.isObject()) {
                throw error(at, "expected a mapping");
            }
        }

        private JsonNode require(JsonNode node, String at, String key) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                throw error(at, "missing '" + key + "'");
            }
            return value;
        }

        private void keys(JsonNode node, String at, Set<String> allowed) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (!allowed.contains(key)) {
                    throw error(at + "/" + key, "unknown key '" + key + "' (expected one of "
                            + String.join(", ", new TreeSet<>(allowed)) + ")");
                }
            }
        }
    }
}
