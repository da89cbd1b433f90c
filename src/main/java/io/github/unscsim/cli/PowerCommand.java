package io.github.unscsim.cli;

import io.github.unscsim.history.Councils;
import io.github.unscsim.io.Json;
import io.github.unscsim.report.Reports;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.TernaryCouncilGame;
import io.github.unscsim.power.WeightedGame;
import io.github.unscsim.power.index.PowerIndices;
import io.github.unscsim.power.index.PowerProfile;
import io.github.unscsim.power.index.TernaryIndices;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.reform.ReformModels;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code power (--weights W,W,... | --weights-file FILE) --quota Q | --council YEAR|DATE|MODEL [--index NAME]
 * [--exact] [--json]}: every player's power under one index.
 */
@Command(name = "power", description = "Computes every player's voting power in a weighted game or a council under one "
        + "index.")
final class PowerCommand extends Subcommand {

    private static final List<String> TERNARY = List.of("ternary-shapley-shubik", "ternary-banzhaf",
            "ternary-banzhaf-absolute");

    @Option(names = "--weights", paramLabel = "W,W,...", description = "the players' weights, comma-separated")
    String weights;

    @Option(names = "--weights-file", paramLabel = "FILE",
            description = "a file of weights: one per line; # starts a comment, blank lines are skipped")
    Path weightsFile;

    @Option(names = "--quota", paramLabel = "Q",
            description = "the quota of a weighted game; with a reform MODEL, the votes required")
    Integer quota;

    @Option(names = "--council", paramLabel = "YEAR|DATE|MODEL",
            description = "a council on a date (1946 to 2026, substantive questions) or a reform model: "
                    + "today, 1946-1965, g4, g4-veto, ufc, ezulwini")
    String council;

    @Option(names = "--index", paramLabel = "NAME", defaultValue = "shapley-shubik",
            description = "shapley-shubik (default), banzhaf, banzhaf-absolute, coleman-prevent, coleman-initiate, "
                    + "johnston, deegan-packel, holler; for a council also ternary-shapley-shubik, ternary-banzhaf, "
                    + "ternary-banzhaf-absolute (abstention as a third choice)")
    String index;

    @Option(names = "--exact", description = "print exact fractions too")
    boolean exact;

    @Option(names = "--json", description = "print JSON: index, quota, weights (and the model), players, values (and exact with --exact)")
    boolean json;

    @Override
    public Integer call() {
        int sources = (weights != null ? 1 : 0) + (weightsFile != null ? 1 : 0) + (council != null ? 1 : 0);
        if (sources != 1) {
            throw new IllegalArgumentException("give exactly one of --weights, --weights-file or --council");
        }
        boolean ternary = TERNARY.contains(index);
        if (!ternary && !PowerIndices.NAMES.contains(index)) {
            throw new IllegalArgumentException("--index: unknown index '" + index + "' (expected one of "
                    + String.join(", ", PowerIndices.NAMES) + ", " + String.join(", ", TERNARY) + ")");
        }
        String description;
        PowerProfile profile;
        Map<String, Object> report;
        if (council != null) {
            CouncilGame game = councilGame();
            description = council;
            profile = ternary ? ternary(new TernaryCouncilGame(game, false)) : PowerIndices.byName(index).compute(game);
            report = json ? Reports.power(profile, council.strip(), game, exact) : null;
        } else {
            if (ternary) {
                throw new IllegalArgumentException("--index " + index + " needs --council: ternary games are "
                        + "councils' games");
            }
            if (quota == null) {
                throw new IllegalArgumentException("--quota is required with --weights and --weights-file");
            }
            int[] parsed = weights != null ? parseWeights(weights) : readWeights(weightsFile);
            WeightedGame game = WeightedGame.of(quota, parsed);
            description = parsed.length + " players, quota " + quota;
            profile = PowerIndices.byName(index).compute(game);
            report = json ? Reports.power(profile, game, exact) : null;
        }
        print(out(), description, profile, report);
        return 0;
    }

    private PowerProfile ternary(TernaryCouncilGame game) {
        switch (index) {
            case "ternary-shapley-shubik":
                return TernaryIndices.shapleyShubik(game);
            case "ternary-banzhaf":
                return TernaryIndices.banzhaf(game);
            default:
                return TernaryIndices.banzhafAbsolute(game);
        }
    }

    private CouncilGame councilGame() {
        String text = council.strip();
        if (text.matches("\\d{4}|\\d{4}-\\d{2}-\\d{2}")) {
            if (quota != null) {
                throw new IllegalArgumentException("--quota cannot change the quota of the council of " + text
                        + "; use a reform model or --weights");
            }
            Council onDate = Councils.parse(text);
            AdoptionRule rule = AdoptionRules.inForce(onDate.date().orElseThrow(), Question.substantive());
            return CouncilGame.of(onDate, rule);
        }
        if (!ReformModels.names().contains(text)) {
            throw new IllegalArgumentException("--council: '" + council + "' is neither a year (2016), a date "
                    + "(2016-10-08) nor a reform model (" + String.join(", ", ReformModels.names()) + ")");
        }
        ReformModel model = ReformModels.byName(text);
        return CouncilGame.of(quota == null ? model : model.withQuota(quota));
    }

    static int[] parseWeights(String text) {
        String[] items = text.split(",", -1);
        int[] result = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            result[i] = parseWeight(items[i], "--weights: item " + (i + 1));
        }
        return result;
    }

    /**
     * Reads a weights file: one weight per line; a {@code #} starts a comment that runs to the end of the line; blank
     * lines and comment lines are skipped. Anything else is an error naming the file and the line.
     */
    static int[] readWeights(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--weights-file: " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("--weights-file: cannot read " + file + " (" + (Files.isDirectory(file)
                    ? "it is a directory" : e instanceof CharacterCodingException ? "not UTF-8 text"
                    : e.getMessage()) + ")");
        }
        List<Integer> result = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++) {
            String text = lines.get(line);
            int comment = text.indexOf('#');
            String value = comment < 0 ? text : text.substring(0, comment);
            if (!value.isBlank()) {
                result.add(parseWeight(value, file + ":" + (line + 1)));
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("--weights-file: " + file + " has no weights");
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A weight: a whole number from 0 to the game's largest total weight; the total is checked by the game. */
    private static int parseWeight(String text, String where) {
        String value = text.strip();
        if (!digits(value) || Long.parseLong(value) > WeightedGame.MAX_TOTAL_WEIGHT) {
            throw new IllegalArgumentException(where + ": '" + text.strip() + "' is not a weight (a whole number from 0"
                    + " to " + WeightedGame.MAX_TOTAL_WEIGHT + "; all the weights together at most "
                    + WeightedGame.MAX_TOTAL_WEIGHT + ")");
        }
        return Integer.parseInt(value);
    }

    /** One to nine ASCII digits (a loop, not a regular expression: a game may have thousands of weights). */
    private static boolean digits(String value) {
        if (value.isEmpty() || value.length() > 9) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Prints the values: the JSON report (built only for --json), or a line a player. */
    private void print(PrintWriter out, String description, PowerProfile profile, Map<String, Object> report) {
        if (json) {
            out.println(Json.write(report));
            return;
        }
        double[] values = profile.doubles();
        StringBuilder text = new StringBuilder(64 * values.length);
        text.append(profile.index()).append(", ").append(description).append(':').append(System.lineSeparator());
        for (int i = 0; i < values.length; i++) {
            String player = profile.players().get(i);
            text.append("  ").append(player).append(" ".repeat(Math.max(0, 6 - player.length()))).append(' ')
                    .append(tenPlaces(values[i]));
            if (exact) {
                text.append("  ").append(Reports.fraction(profile.value(i)));
            }
            text.append(System.lineSeparator());
        }
        out.print(text);
    }

    /**
     * A value with ten decimal places, as {@code %.10f} writes it (its shortest decimal form rounded half up), without
     * setting up a {@link java.util.Formatter} for each line.
     */
    static String tenPlaces(double value) {
        return new BigDecimal(Double.toString(value)).setScale(10, RoundingMode.HALF_UP).toPlainString();
    }
}
