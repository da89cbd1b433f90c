package io.github.unscsim.cli;

import picocli.CommandLine.Option;

/** {@code --json}, for the commands whose JSON needs no more said in their help than "print JSON". */
final class JsonOption {

    @Option(names = "--json", description = "print JSON")
    boolean json;

    /**
     * Returns whether {@code --json} was given.
     *
     * @return true to print JSON in place of text
     */
    boolean requested() {
        return json;
    }
}
