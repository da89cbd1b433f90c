package io.github.unscsim.rules;

import java.util.Objects;

/**
 * A named rule that Model UN conferences and teachers use, with a one-line description and the source it follows
 * ({@link RulePresets}). Immutable and thread-safe.
 *
 * @param name the name, as scenario files and the command line write it, e.g. {@code two-thirds}; lower case,
 *     digits and hyphens
 * @param description what the rule requires, in one line
 * @param source where the rule is published, and what of it is this library's reading
 * @param rule the rule
 */
public record RulePreset(String name, String description, String source, QuotaRule rule) {

    /**
     * Validates the components.
     *
     * @param name the name, lower case, digits and hyphens
     * @param description the description, not blank
     * @param source the source, not blank
     * @param rule the rule, not null
     */
    public RulePreset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rule, "rule");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a preset's name is lower case, digits and hyphens: '" + name + "'");
        }
        if (description.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("preset " + name + " needs a description and a source");
        }
    }

    /** Returns the name. */
    @Override
    public String toString() {
        return name;
    }
}
