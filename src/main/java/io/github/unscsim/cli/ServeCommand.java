package io.github.unscsim.cli;

import io.github.unscsim.web.BoardServer;
import java.awt.Desktop;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve [--port N] [--open]}: the classroom board, a live Council in the browser, on 127.0.0.1. */
@Command(name = "serve", description = "Serves the classroom board on 127.0.0.1: a live Council in the browser, counted by this "
                + "library (click a seat to change its vote). Ctrl-C stops it.")
final class ServeCommand extends Subcommand {

    @Option(names = "--port", paramLabel = "N", description = "the port, 1 to 65535, or 0 for any free one "
            + "(default: ${DEFAULT-VALUE})")
    int port = BoardServer.DEFAULT_PORT;

    @Option(names = "--open", description = "also open the page in the default browser")
    boolean open;

    @Override
    public Integer call() throws InterruptedException {
        BoardServer server = BoardServer.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "unsc-serve-stop"));
        PrintWriter out = out();
        out.println("The classroom board is at " + server.address() + " (Ctrl-C stops it)");
        out.flush();
        if (open) {
            open(server, spec.commandLine().getErr());
        }
        stopped.await();
        return 0;
    }

    /** Opens the page in the default browser, or says why it cannot; the server runs on either way. */
    private static void open(BoardServer server, PrintWriter err) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(server.address());
                return;
            }
        } catch (Exception | LinkageError e) {
            err.println("unsc: --open: cannot open a browser (" + e.getMessage() + "); open " + server.address());
            return;
        }
        err.println("unsc: --open: this system has no default browser to open; open " + server.address());
    }
}
