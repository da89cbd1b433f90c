package io.github.unscsim;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

/** Runs the example programs in {@code examples/} (compiled with the tests, in the default package). */
public final class Examples {

    private Examples() {
    }

    /**
     * Runs an example's main method and returns what it printed.
     *
     * @param className the example's class name, e.g. "Aleppo2016"
     * @param args its arguments
     * @return its standard output
     */
    public static synchronized String run(String className, String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            Class.forName(className).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
