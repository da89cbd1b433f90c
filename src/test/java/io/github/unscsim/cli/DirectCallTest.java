package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plain call runs without picocli's model ({@link DirectCall}); anything else goes through picocli; either way a
 * call prints and returns exactly what picocli's parse gives.
 */
class DirectCallTest {

    private static final String BALLOT = "--yes EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY --no RUS,VEN "
            + "--abstain AGO,CHN";

    /** Calls that the direct path takes. */
    static Stream<String> direct() {
        return Stream.of(
                "council 2016 --json",
                "council 2016",
                "council --json 2016-10-08",
                "council 1900",
                "vote --council 2016-10-08 " + BALLOT + " --json",
                "vote --council=2016-10-08 " + BALLOT + " --rule abstention-is-veto",
                "vote --council 2016-10-08 --yes EGY,FRA --yes JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY --no RUS,VEN "
                        + "--abstain AGO,CHN",
                "vote --council 2016-10-08 --yes EGY,FRA",
                "vote --council 2016-10-08 " + BALLOT + " --parties XYZ",
                "vote --council 2016-10-08 " + BALLOT + " --procedural --question procedural",
                "power --weights 3,2,1 --quota 4",
                "power --weights 3,2,1 --quota 4 --index banzhaf --json --exact",
                "power --weights 3,2,1 --quota 010",
                "power --weights 3,2,1 --quota +4",
                "power --council 2016 --index ternary-banzhaf --json",
                "power --weights-file /nonexistent/weights --quota 3",
                "whatif --council 2016-10-08 " + BALLOT + " --set RUS=abstain --json",
                "pivots --council 2016-10-08 " + BALLOT + " --max-changes 2",
                "members 2016 --json",
                "record S/2016/846 --json",
                "scenario examples/scenarios/s2016-846.yaml --json");
    }

    /** Calls left to picocli: help, version, mistakes and forms the direct path does not read. */
    static Stream<String> picocli() {
        return Stream.of(
                "", "--version", "-V", "--help", "help council", "tally",
                "council", "council 2016 2017", "council 2016 --json --json", "council --json=true 2016",
                "council -- 2016", "council -h", "council 2016 --version", "council @args",
                "vote " + BALLOT, "vote --council 2016-10-08 " + BALLOT + " --yes",
                "vote --council 2016-10-08 " + BALLOT + " --bogus",
                "power --weights 3,2,1 --quota 4 --quota 5", "power --weights 3,2,1 --quota x",
                "power --weights 3,2,1 --quota -4", "power --weights -3,2,1 --quota 4",
                "import /nonexistent/votes.csv", "serve --port 99999", "scenario -");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("direct")
    void plainCall_runsDirectly_asPicocliWould(String call) {
        assertThat(DirectCall.parse(args(call))).as(call).isNotNull();
        assertSameAsPicocli(call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("picocli")
    void otherCall_isLeftToPicocli(String call) {
        assertThat(DirectCall.parse(args(call))).as(call).isNull();
    }

    private static void assertSameAsPicocli(String call) {
        List<String> direct = run(true, call);
        List<String> picocli = run(false, call);
        assertThat(direct).as(call).isEqualTo(picocli);
    }

    private static List<String> run(boolean direct, String call) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = UnscCommand.run(new PrintWriter(out), new PrintWriter(err), direct, args(call));
        return List.of(String.valueOf(status), out.toString(), err.toString());
    }

    private static String[] args(String call) {
        List<String> args = new ArrayList<>(List.of(call.split(" ")));
        args.removeIf(String::isEmpty);
        return args.toArray(String[]::new);
    }
}
