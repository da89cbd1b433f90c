package io.github.unscsim.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.unscsim.history.Councils;
import io.github.unscsim.history.MemberStates;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.DraftResolution;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.reform.ReformModels;
import io.github.unscsim.rules.RulePresets;
import io.github.unscsim.rules.VetoHolders;
import io.github.unscsim.scenario.Correlation;
import io.github.unscsim.scenario.MonteCarloOdds;
import io.github.unscsim.scenario.PositionSpec;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.scenario.Scenario;
import io.github.unscsim.scenario.Variant;
import io.github.unscsim.scenario.VoteDistribution;
import io.github.unscsim.rules.Quota;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads a scenario file's text: parses it once into a tree whose every node keeps its line and column, then builds
 * the {@link Scenario}. The values check themselves where they are built ({@link PositionSpec}, {@link Correlation},
 * {@link VoteDistribution}, {@link RuleSpec}, {@link Scenario}); this reader only converts the file's nodes to their
 * types and puts the file, line and column on the values' messages. Member codes are read in any case.
 */
final class ScenarioReader {

    private static final JsonFactory JSON = new JsonFactory();

    private final String file;
    /** The location of every node, by its path from the root ({@code /variants/0/set/RUS}). */
    private final Map<String, JsonLocation> locations = new HashMap<>();

    private ScenarioReader(String file) {
        this.file = file;
    }

    static Scenario read(String text, String file, boolean json) {
        ScenarioReader reader = new ScenarioReader(file);
        return reader.scenario(reader.tree(text, json));
    }

    // ---- the tree, in one pass ------------------------------------------------------------------------------------

    /** An open mapping or list, for the message when the file ends inside it. */
    private record Open(boolean mapping, JsonLocation at) {
    }

    private JsonNode tree(String text, boolean json) {
        Deque<Open> open = new ArrayDeque<>();
        String format = json ? "JSON" : "YAML";
        try (JsonParser parser = (json ? JSON : YamlSupport.mapper().getFactory()).createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw error("", "the file is empty: expected a mapping with council, question, positions and "
                        + "variants");
            }
            JsonNode root = node(parser, token, "", open);
            if (parser.nextToken() != null) {
                throw at(parser.currentTokenLocation(), "expected the end of the file after the scenario");
            }
            return root;
        } catch (JsonEOFException e) {
            Open last = open.peek();
            String inside = last == null ? "" : " inside the " + (last.mapping() ? "mapping" : "list")
                    + " opened at line " + last.at().getLineNr() + ", column " + last.at().getColumnNr();
            throw new ScenarioFormatException(file, line(e.getLocation()), column(e.getLocation()),
                    "malformed " + format + ": the file ends" + inside + ": expected "
                            + (last == null ? "a value" : last.mapping() ? "'}'" : "']'"), e);
        } catch (JsonProcessingException e) {
            if (!json) {
                YamlSupport.SyntaxError yaml = YamlSupport.syntaxError(e);
                if (yaml != null) {
                    throw new ScenarioFormatException(file, yaml.line(), yaml.column(), "malformed YAML: "
                            + yaml.message(), e);
                }
            }
            JsonLocation where = e.getLocation();
            throw new ScenarioFormatException(file, line(where), column(where), "malformed " + format + ": "
                    + withoutSource(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode node(JsonParser parser, JsonToken token, String path, Deque<Open> open) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        locations.put(path, at);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                children(parser, new Open(true, at), open, next -> {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    if (object.has(key)) {
                        throw at(keyAt, "'" + key + "' is given twice in the same mapping");
                    }
                    object.set(key, node(parser, parser.nextToken(), path + "/" + key, open));
                });
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                children(parser, new Open(false, at), open,
                        next -> array.add(node(parser, next, path + "/" + array.size(), open)));
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return nodes.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw at(at, "expected a mapping, a list or a value, not " + token);
        }
    }

    /** Reads one child of a mapping or list, from its first token. */
    private interface Child {
        void read(JsonToken first) throws IOException;
    }

    /** Reads the children of a mapping or list to its end, each by {@code child}, the container open meanwhile. */
    private static void children(JsonParser parser, Open container, Deque<Open> open, Child child) throws IOException {
        JsonToken end = container.mapping() ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
        open.push(container);
        JsonToken next;
        while ((next = parser.nextToken()) != end) {
            if (next == null) {
                throw new JsonEOFException(parser, null, "end of input in a " + (container.mapping() ? "mapping"
                        : "list"));
            }
            child.read(next);
        }
        open.pop();
    }

    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?\\s*(start marker at )?\\[Source:.*$",
            Pattern.DOTALL);

    private static String withoutSource(String message) {
        return message == null ? "unreadable" : SOURCE.matcher(message).replaceAll("");
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static int column(JsonLocation location) {
        return location == null ? 0 : location.getColumnNr();
    }

    private ScenarioFormatException at(JsonLocation location, String problem) {
        return new ScenarioFormatException(file, line(location), column(location), problem, null);
    }

    // ---- errors at a node -----------------------------------------------------------------------------------------

    /** An error at the node of a path (or its nearest ancestor that has a location), naming the path. */
    private ScenarioFormatException error(String path, String problem) {
        String at = path;
        JsonLocation location = locations.get(at);
        while (location == null && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
            location = locations.get(at);
        }
        String where = path.isEmpty() ? "" : " (at " + path.substring(1).replace('/', '.') + ")";
        return new ScenarioFormatException(file, location == null ? 1 : line(location),
                location == null ? 1 : column(location), problem + where, null);
    }

    /**
     * Builds or checks a value; its {@link IllegalArgumentException} becomes an error at the node it names: of the
     * candidates (a code or a number, each by its path), the one whose text the message names first, the last
     * candidate if several hold that text; else at {@code path}. Text in quotes is not searched (a rule's quoted
     * name lists its veto holders). The message is the value's own, with the file, line and column, and the path,
     * put on it.
     */
    private <T> T check(String path, Map<String, String> candidates, String prefix, Supplier<T> value) {
        try {
            return value.get();
        } catch (ScenarioFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            // a quoted part names a whole value (a rule's name lists its veto holders): no node is found in it
            String unquoted = QUOTED.matcher(message).replaceAll("''");
            String best = path;
            int first = Integer.MAX_VALUE;
            for (Map.Entry<String, String> candidate : candidates.entrySet()) {
                var m = Pattern.compile("(?<![A-Za-z0-9.])" + Pattern.quote(candidate.getValue())
                        + "(?![A-Za-z0-9])").matcher(unquoted);
                if (m.find() && m.start() <= first) {
                    first = m.start();
                    best = candidate.getKey();
                }
            }
            throw error(best, prefix + message);
        }
    }

    private static final Pattern QUOTED = Pattern.compile("(?<![A-Za-z])'[^']*'(?![A-Za-z])");

    private <T> T check(String path, Supplier<T> value) {
        return check(path, Map.of(), "", value);
    }

    // ---- the scenario ---------------------------------------------------------------------------------------------

    /** The council whose members the codes being read name: the base's, or a variant's. */
    private Council on;

    /** The texts of the nodes a message may name (codes, names, numbers), by path, in the file's order. */
    private final Map<String, String> named = new LinkedHashMap<>();

    private Scenario scenario(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw error("", "expected a mapping with council, question, positions and variants");
        }
        keys(root, "", ScenarioFormat.TOP);
        Seating seating = council(require(root, "", "council"), "/council");
        Council council = seating.council();
        on = council;
        Question question = question(root);
        RuleSpec rule = (root.has("rule") ? rule(root.get("rule"), "/rule") : RuleSpec.unchanged())
                .over(seating.rule());
        Map<String, VoteDistribution> members = new HashMap<>();
        Optional<VoteDistribution> defaultPosition = Optional.empty();
        for (String key : List.of("positions", "probabilities")) {
            JsonNode positions = root.get(key);
            if (positions == null) {
                continue;
            }
            object(positions, "/" + key);
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, JsonNode> entry : positions.properties()) {
                String at = "/" + key + "/" + entry.getKey();
                boolean isDefault = entry.getKey().equalsIgnoreCase(ScenarioFormat.DEFAULT);
                String code = isDefault ? ScenarioFormat.DEFAULT : code(entry.getKey(), at);
                if (!seen.add(code)) {
                    throw error(at, code + " is given twice in " + key);
                }
                VoteDistribution d = key.equals("positions") ? VoteDistribution.certain(vote(entry.getValue(), at))
                        : distribution(entry.getValue(), code, at);
                if (isDefault) {
                    defaultPosition = Optional.of(d);
                } else {
                    // probabilities take the place of a fixed position given in positions
                    members.put(code, d);
                }
            }
        }
        Optional<VoteDistribution> fallback = defaultPosition;
        PositionSpec spec = check("", named, "", () -> new PositionSpec(members, fallback));
        Correlation correlation = root.has("correlation")
                ? correlation(root.get("correlation"), "/correlation") : Correlation.none();
        Optional<String> draft = root.has("draft") ? Optional.of(draft(root.get("draft"))) : Optional.empty();
        Scenario base = new Scenario(council, question, spec, rule, List.of(), correlation);
        checkBase(base, "", root.has("positions") ? "/positions" : "", "");
        List<Variant> variants = new ArrayList<>();
        JsonNode list = list(root, "variants", "/variants", "expected a list of variants, each with a name");
        for (int i = 0; i < list.size(); i++) {
            String at = "/variants/" + i;
            Variant variant = variant(list.get(i), at);
            List<Variant> so = new ArrayList<>(variants);
            so.add(variant);
            check(at + "/name", () -> new Scenario(council, question, spec, rule, so, correlation));
            // the variant as the base of a scenario of its own: its positions, rule and correlation checked
            // as the scenario's evaluation will take them
            Council seated = variant.council().orElse(council);
            checkBase(new Scenario(seated, question, spec.on(seated).with(variant.set()),
                    variant.rule().over(rule), List.of(), variant.correlation().orElse(correlation.on(seated))), at,
                    variant.set().isEmpty() ? at : at + "/set", "variant '" + variant.name() + "': ");
            variants.add(variant);
        }
        return new Scenario(council, question, spec, rule, variants, correlation, draft);
    }

    /** Checks a scenario's base: its positions on its council, its rule, its correlation. */
    private void checkBase(Scenario scenario, String at, String positionsAt, String prefix) {
        check(positionsAt, scoped(at), prefix, scenario::basePositions);
        // a rule that does not fit is the file's rule's error, or else its council's (which brings today's rule)
        String ruleAt = locations.containsKey(at + "/rule") || !locations.containsKey(at + "/council")
                ? at + "/rule" : at + "/council";
        // compiling the rule on its council checks its fixed quota and named veto holders (CountingRule)
        check(ruleAt, scoped(at), prefix, () -> scenario.baseRule().compile(scenario.council(), scenario.question()));
        check(at.isEmpty() ? "/correlation" : at + "/correlation", scoped(at), prefix, () -> {
            scenario.correlation().check(scenario.council());
            return null;
        });
    }

    /**
     * The named nodes a message about the base (at {@code ""}) or a variant may name: the base's, then the
     * variant's own, which {@link #check} prefers when both hold the same text.
     */
    private Map<String, String> scoped(String at) {
        Map<String, String> result = new LinkedHashMap<>();
        named.forEach((path, text) -> {
            if (!path.startsWith("/variants/")) {
                result.put(path, text);
            }
        });
        if (!at.isEmpty()) {
            named.forEach((path, text) -> {
                if (path.startsWith(at + "/")) {
                    result.put(path, text);
                }
            });
        }
        return result;
    }

    private Variant variant(JsonNode node, String at) {
        object(node, at);
        keys(node, at, ScenarioFormat.VARIANT);
        JsonNode nameNode = require(node, at, "name");
        if (!nameNode.isTextual()) {
            throw error(at + "/name", "expected a variant's name: " + nameNode);
        }
        Optional<Seating> seating = node.has("council")
                ? Optional.of(council(node.get("council"), at + "/council")) : Optional.empty();
        Council base = on;
        on = seating.map(Seating::council).orElse(base);
        try {
            return variant(node, at, nameNode, seating);
        } finally {
            on = base;
        }
    }

    /** A variant's positions, rule and correlation, read on its council ({@link #on}). */
    private Variant variant(JsonNode node, String at, JsonNode nameNode, Optional<Seating> seating) {
        Map<String, VoteDistribution> set = new HashMap<>();
        JsonNode setNode = node.get("set");
        if (setNode != null) {
            object(setNode, at + "/set");
            for (Map.Entry<String, JsonNode> entry : setNode.properties()) {
                String where = at + "/set/" + entry.getKey();
                String code = code(entry.getKey(), where);
                if (set.containsKey(code)) {
                    throw error(where, code + " is set twice");
                }
                set.put(code, entry.getValue().isObject() ? distribution(entry.getValue(), code, where)
                        : VoteDistribution.certain(vote(entry.getValue(), where)));
            }
        }
        RuleSpec rule = (node.has("rule") ? rule(node.get("rule"), at + "/rule") : RuleSpec.unchanged())
                .over(seating.map(Seating::rule).orElse(RuleSpec.unchanged()));
        Optional<Correlation> correlation = node.has("correlation")
                ? Optional.of(correlation(node.get("correlation"), at + "/correlation")) : Optional.empty();
        return check(at + "/name", () -> new Variant(nameNode.asText(), set, seating.map(Seating::council), rule,
                correlation));
    }

    /** The symbol of the draft voted on: a text, checked as a Security Council document symbol. */
    private String draft(JsonNode node) {
        if (!node.isTextual()) {
            throw error("/draft", "expected the draft's symbol, e.g. S/2016/846");
        }
        return check("/draft", () -> DraftResolution.checkSymbol(node.asText().strip()));
    }

    private Correlation correlation(JsonNode node, String at) {
        if (node.isTextual() && node.asText().equals("none")) {
            return Correlation.none();
        }
        if (!node.isObject()) {
            throw error(at, "expected none or a mapping with blocs, shared-factor, trials and seed");
        }
        keys(node, at, ScenarioFormat.CORRELATION);
        double sharedFactor = 0;
        JsonNode factor = node.get("shared-factor");
        if (factor != null) {
            if (!factor.isNumber()) {
                throw error(at + "/shared-factor", "expected a shared factor between 0 and 1: " + factor);
            }
            sharedFactor = factor.asDouble();
        }
        int trials = MonteCarloOdds.DEFAULT_TRIALS;
        JsonNode count = node.get("trials");
        if (count != null) {
            if (!count.isIntegralNumber() || !count.canConvertToInt()) {
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
        double rho = sharedFactor;
        int ballots = trials;
        long from = seed;
        Correlation independent = check(at + "/shared-factor", () -> Correlation.none().withSharedFactor(rho));
        Correlation correlation = check(at + "/trials", () -> independent.withTrials(ballots, from));
        JsonNode list = list(node, "blocs", at + "/blocs",
                "expected a list of blocs, each a list of alpha-3 codes, e.g. [[AGO, EGY, SEN]]");
        for (int i = 0; i < list.size(); i++) {
            String where = at + "/blocs/" + i;
            JsonNode bloc = list.get(i);
            if (!bloc.isArray()) {
                throw error(where, "expected a bloc: a list of alpha-3 codes, e.g. [AGO, EGY, SEN]");
            }
            Set<String> members = new LinkedHashSet<>();
            Map<String, String> here = new LinkedHashMap<>();
            for (int j = 0; j < bloc.size(); j++) {
                String code = code(text(bloc.get(j), where + "/" + j), where + "/" + j);
                if (!members.add(code)) {
                    throw error(where + "/" + j, code + " is named twice in the bloc");
                }
                here.put(where + "/" + j, code);
            }
            Correlation so = correlation;
            correlation = check(where, here, "", () -> so.withBloc(members.toArray(String[]::new)));
        }
        return correlation;
    }

    /** A council as a file names it, and the rule change that comes with it (a reform model's). */
    private record Seating(Council council, RuleSpec rule) {
    }

    private Seating council(JsonNode node, String at) {
        if (node.isObject() && node.has("model")) {
            keys(node, at, Set.of("model", "quota"));
            JsonNode quota = node.get("quota");
            if (quota != null && !(quota.isIntegralNumber() && quota.canConvertToInt())) {
                throw error(at + "/quota", "expected a whole number of affirmative votes, not " + quota);
            }
            return reform(node.get("model").asText(), quota == null ? null : quota.asInt(), at);
        }
        if (node.isObject()) {
            keys(node, at, Set.of("name", "permanent", "elected"));
            JsonNode name = require(node, at, "name");
            List<MemberState> permanent = states(node.get("permanent"), at + "/permanent");
            List<MemberState> elected = states(node.get("elected"), at + "/elected");
            return check(at, named, "", () -> new Seating(Council.custom(name.asText(), permanent, elected),
                    RuleSpec.unchanged()));
        }
        if (!node.isValueNode() || node.isNull()) {
            throw error(at, "expected a year (2016), a date (2016-10-08), a reform model ("
                    + String.join(", ", ReformModels.names()) + ") or a custom council {name, permanent, elected}");
        }
        if (ReformModels.names().contains(node.asText())) {
            return reform(node.asText(), null, at);
        }
        return check(at, () -> new Seating(Councils.parse(node.asText()), RuleSpec.unchanged()));
    }

    private Seating reform(String name, Integer quota, String at) {
        return check(at, () -> {
            ReformModel model = ReformModels.byName(name);
            model = quota == null ? model : model.withQuota(quota);
            return new Seating(model.council(), RuleSpec.of(model));
        });
    }

    private List<MemberState> states(JsonNode node, String at) {
        List<MemberState> states = new ArrayList<>();
        if (node == null) {
            return states;
        }
        object(node, at);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String where = at + "/" + entry.getKey();
            String code = newCode(entry.getKey(), where);
            states.add(check(where, () -> MemberState.of(code, text(entry.getValue(), where))));
        }
        return states;
    }

    private Question question(JsonNode root) {
        JsonNode node = root.get("question");
        String text = node == null ? "substantive" : text(node, "/question");
        Set<String> parties = new TreeSet<>();
        JsonNode list = list(root, "parties", "/parties", "expected a list of alpha-3 codes, e.g. [UKR, RUS]");
        for (int i = 0; i < list.size(); i++) {
            parties.add(code(text(list.get(i), "/parties/" + i), "/parties/" + i));
        }
        // an unknown kind, or Chapter VI without parties, is the question's error; parties that do not fit, theirs
        return check(parties.isEmpty() ? "/question" : "/parties", Map.of("/question", text), "",
                () -> ScenarioFormat.question(text, parties));
    }

    private RuleSpec rule(JsonNode node, String at) {
        if (node.isTextual()) {
            switch (node.asText()) {
                case "no-veto":
                    return RuleSpec.noVeto();
                case "unchanged":
                case "in-force":
                    return RuleSpec.unchanged();
                default:
                    return preset(node.asText(), at, "no-veto, in-force, ", ", or {preset, votes, quota, veto, "
                            + "abstention-is-veto}");
            }
        }
        object(node, at);
        keys(node, at, ScenarioFormat.RULE);
        RuleSpec rule = RuleSpec.unchanged();
        if (node.has("preset")) {
            rule = preset(text(node.get("preset"), at + "/preset"), at + "/preset", "", "");
        }
        if (node.has("votes") && node.has("quota")) {
            throw error(at + "/quota", "give votes or quota, not both");
        }
        if (node.has("votes")) {
            JsonNode votes = node.get("votes");
            if (!votes.isIntegralNumber() || !votes.canConvertToInt()) {
                throw error(at + "/votes", "expected a number of affirmative votes, at least 1: " + votes);
            }
            named.put(at + "/votes", votes.asText());
            RuleSpec preceding = rule;
            rule = check(at + "/votes", () -> preceding.withQuota(Quota.votes(votes.asInt())));
        }
        if (node.has("quota")) {
            String text = text(node.get("quota"), at + "/quota");
            Quota quota = check(at + "/quota", () -> ScenarioFormat.quota(text)).orElseThrow(() -> error(
                    at + "/quota", "'" + text + "' is not a quota (expected " + ScenarioFormat.quotaForms() + ")"));
            rule = rule.withQuota(quota);
        }
        if (node.has("veto")) {
            JsonNode veto = node.get("veto");
            if (veto.isArray()) {
                Set<String> codes = new TreeSet<>();
                for (int i = 0; i < veto.size(); i++) {
                    codes.add(code(text(veto.get(i), at + "/veto/" + i), at + "/veto/" + i));
                }
                rule = rule.withVetoHolders(check(at + "/veto", named, "", () -> VetoHolders.of(codes)));
            } else if (veto.asText().equals("none")) {
                rule = rule.withVetoHolders(VetoHolders.none());
            } else if (veto.asText().equals("permanent")) {
                rule = rule.withVetoHolders(VetoHolders.permanentMembers());
            } else if (veto.asText().equals("all")) {
                rule = rule.withVetoHolders(VetoHolders.allMembers());
            } else {
                throw error(at + "/veto", "expected none, permanent, all or a list of alpha-3 codes: " + veto);
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

    /** A named rule ({@link RulePresets}), or an error at {@code at} listing the names between two texts. */
    private RuleSpec preset(String name, String at, String before, String after) {
        if (!RulePresets.names().contains(name)) {
            throw error(at, "'" + name + "' is not a rule (expected " + before
                    + String.join(", ", RulePresets.names()) + after + ")");
        }
        return RuleSpec.preset(name);
    }

    private Vote vote(JsonNode node, String at) {
        if (node.isBoolean()) {
            // YAML 1.1 reads an unquoted yes or no as a boolean
            return node.asBoolean() ? Vote.YES : Vote.NO;
        }
        if (!node.isTextual()) {
            throw error(at, "expected a vote (yes, no, abstain, absent or not-participating): " + node);
        }
        return check(at, () -> Vote.parse(node.asText()));
    }

    private VoteDistribution distribution(JsonNode node, String member, String at) {
        object(node, at);
        Map<Vote, Double> map = new EnumMap<>(Vote.class);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String where = at + "/" + entry.getKey();
            String key = entry.getKey();
            Vote vote = key.equals("true") ? Vote.YES : key.equals("false") ? Vote.NO
                    : check(where, () -> Vote.parse(key));
            if (!entry.getValue().isNumber()) {
                throw error(where, "expected a probability between 0 and 1: " + entry.getValue());
            }
            if (map.put(vote, entry.getValue().asDouble()) != null) {
                throw error(where, "the probability of " + vote.label() + " is given twice");
            }
        }
        return check(at, () -> VoteDistribution.of(member, map));
    }

    /**
     * A member of the council being read, as the file names it: as on the command line, its code in any case, a name
     * or an alias ({@link MemberStates#memberCode}); remembered so that messages naming it find its node.
     */
    private String code(String text, String at) {
        String code = check(at, () -> MemberStates.memberCode(on, text));
        named.put(at, code);
        return code;
    }

    /** A code that a custom council defines: in any case. */
    private String newCode(String text, String at) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        check(at, () -> MemberState.checkCode(code));
        named.put(at, code);
        return code;
    }

    /** Returns the list under a key, or an empty list where the key is absent; anything else is an error. */
    private JsonNode list(JsonNode parent, String key, String at, String expected) {
        JsonNode list = parent.get(key);
        if (list == null) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!list.isArray()) {
            throw error(at, expected);
        }
        return list;
    }

    private String text(JsonNode node, String at) {
        if (!node.isValueNode() || node.isNull()) {
            throw error(at, "expected a value, not " + (node.isNull() ? "nothing" : node.isArray() ? "a list"
                    : "a mapping"));
        }
        return node.asText();
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
