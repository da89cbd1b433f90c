package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.web.BoardServer;
import org.junit.jupiter.api.Test;

/** {@code serve}: its bad input is one line and exit status 2, as every command's (the server itself: web tests). */
class ServeCommandTest {

    @Test
    void aPortInUse_isOneLineAndStatus2() {
        try (BoardServer taken = BoardServer.start(0)) {
            CliRun run = CliRun.run("serve", "--port", String.valueOf(taken.port()));
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("unsc: --port: port " + taken.port() + " on 127.0.0.1 is already in use "
                    + "(choose another with --port N)\n");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aPortOutOfRange_orNotANumber_isOneLineAndStatus2() {
        CliRun high = CliRun.run("serve", "--port", "70000");
        assertThat(high.status()).isEqualTo(2);
        assertThat(high.err()).isEqualTo("unsc: --port: 70000 is not a port (expected 0 to 65535)\n");
        CliRun word = CliRun.run("serve", "--port", "eighty");
        assertThat(word.status()).isEqualTo(2);
        assertThat(word.err()).startsWith("unsc: ").contains("eighty").doesNotContain("\n\n");
    }

    @Test
    void help_namesThePortAndOpen() {
        CliRun help = CliRun.run("serve", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--port=N", "default: 8080", "--open", "127.0.0.1");
    }
}
