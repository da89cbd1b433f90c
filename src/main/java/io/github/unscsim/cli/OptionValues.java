package io.github.unscsim.cli;

import java.util.function.Supplier;

/** Reading an option's value so that a bad value's message starts with the option (or the file it names). */
final class OptionValues {

    private OptionValues() {
    }

    /**
     * Reads an option's value.
     *
     * @param option what the message starts with: the option, perhaps with its value, or the file it names
     * @param read reads the value, throwing {@link IllegalArgumentException} for a bad one
     * @param <T> the value's type
     * @return the value
     * @throws IllegalArgumentException if the value is bad: the reader's message after the option and a colon
     */
    static <T> T read(String option, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }
}
