package io.github.unscsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What one run of the command line printed, and its exit status.
 *
 * @param status the exit status
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CliRun(int status, String out, String err) {

    /** Runs the command line in this process, as {@code java -jar target/unsc.jar ARGS} would. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = UnscCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /** Reads standard output as JSON. */
    JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }
}
