package io.github.unscsim.cli;

import io.github.unscsim.history.MemberStates;
import io.github.unscsim.model.Question;
import io.github.unscsim.rules.AdoptionRule;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.io.Json;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.report.Reports;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.scenario.RollCall;
import io.github.unscsim.scenario.RollCallAnswer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rollcall --council YEAR|DATE [--procedural | --question KIND] [--parties CODES] FILE|-}: a Model UN
 * roll-call vote read from a file of answers, on the question {@code vote} takes ({@link QuestionOptions}).
 */
@Command(name = "rollcall", description = "A roll-call vote as Model UN runs it: the answers (one line each, CODE "
        + "ANSWER; ANSWER is yes, no, abstain, pass, yes-with-rights or no-with-rights; # starts a comment) in the "
        + "order called, alphabetical from the member drawn; a pass is called again in a second round.")
final class RollCallCommand extends Subcommand {

    @Mixin
    CouncilOption councilOption;

    @Option(names = "--rule", paramLabel = "NAME", completionCandidates = BallotOptions.RuleNames.class,
            description = "count under a named rule instead of the rule in force: ${COMPLETION-CANDIDATES}")
    String rule;

    @Mixin
    QuestionOptions questionOptions;

    @Option(names = "--start", paramLabel = "CODE", description = "the member called first")
    String start;

    @Option(names = "--seed", paramLabel = "N", description = "draw the member called first with this seed")
    Long seed;

    @Mixin
    JsonOption json;

    @Mixin
    SvgOption svg;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "the answers; - reads standard input")
    String file;

    @Override
    public Integer call() throws IOException {
        RuleSpec change = BallotOptions.ruleSpec(rule);
        Council council = councilOption.council();
        Question question = questionOptions.question(council);
        AdoptionRule counted = change.apply(AdoptionRules.inForce(council, question));
        if (start != null && seed != null) {
            throw new IllegalArgumentException("--start and --seed exclude each other");
        }
        long drawSeed = seed != null ? seed : new Random().nextLong();
        RollCall call = start != null
                ? RollCall.startingWith(council, question, code(council, start, "--start"))
                : RollCall.drawn(council, question, new Random(drawSeed));
        String shown = file.equals("-") ? "<stdin>" : file;
        List<String> lines = read(shown);
        RollCall.Clerk clerk = call.clerk(counted);
        int lineNumber = 0;
        for (String raw : lines) {
            lineNumber++;
            String text = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            text = text.strip();
            if (text.isEmpty()) {
                continue;
            }
            int space = text.lastIndexOf(' ') < 0 ? text.lastIndexOf('\t') : text.lastIndexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException(shown + ":" + lineNumber + ": '" + text
                        + "' is not CODE ANSWER (e.g. FRA yes)");
            }
            try {
                String code = MemberStates.memberCode(council, text.substring(0, space).strip());
                clerk.answer(code, RollCallAnswer.parse(text.substring(space + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(shown + ":" + lineNumber + ": " + e.getMessage(), e);
            }
        }
        RollCall.Result result;
        try {
            result = clerk.result();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(shown + ":" + lineNumber + ": " + e.getMessage(), e);
        }
        Outcome outcome = result.outcome(counted);
        svg.draw(outcome);
        PrintWriter out = out();
        if (json.requested()) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("start", call.order().get(0).code());
            report.put("seed", start != null ? null : drawSeed);
            report.put("order", codes(call.order()));
            report.put("firstRound", entries(result.firstRound()));
            report.put("secondRound", entries(result.secondRound()));
            report.put("explanationsRequested", codes(result.explanationsRequested()));
            report.put("outcome", Reports.vote(outcome));
            out.println(Json.write(report));
            return 0;
        }
        MemberState first = call.order().get(0);
        out.println("Roll call on " + council.name() + ", beginning with " + first.name() + " (" + first.code() + ")"
                + (start != null ? "" : ", drawn with seed " + drawSeed));
        out.println("  order              " + String.join(", ", codes(call.order())));
        out.println("  round 1            " + line(result.firstRound()));
        out.println("  round 2            " + (result.secondRound().isEmpty() ? "-" : line(result.secondRound())));
        out.println("  to explain         " + (result.explanationsRequested().isEmpty() ? "-"
                : String.join(", ", codes(result.explanationsRequested()))));
        VoteCommand.print(out, outcome);
        return 0;
    }

    private List<String> read(String shown) throws IOException {
        if (file.equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(shown + ": is a directory, not a file of answers");
        }
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(shown + ": no such file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(shown + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    private static String code(Council council, String text, String option) {
        try {
            return MemberStates.memberCode(council, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    private static List<String> codes(List<MemberState> members) {
        return members.stream().map(MemberState::code).collect(Collectors.toList());
    }

    private static List<Map<String, Object>> entries(List<RollCall.Entry> round) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (RollCall.Entry entry : round) {
            list.add(Json.object("code", entry.member().code(), "answer", entry.answer().label()));
        }
        return list;
    }

    private static String line(List<RollCall.Entry> round) {
        return round.stream().map(RollCall.Entry::toString).collect(Collectors.joining(", "));
    }
}
