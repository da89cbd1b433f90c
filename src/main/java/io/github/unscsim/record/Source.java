package io.github.unscsim.record;

import java.util.Objects;

/**
 * A source of the record, as {@code sources.csv} defines it. Immutable and thread-safe.
 *
 * @param key the key the votes name, not blank
 * @param title the title, not null
 * @param publisher the publisher, not null
 * @param url where it is, not null
 * @param version the commit or the date read, not null
 * @param licence its terms, not null
 */
public record Source(String key, String title, String publisher, String url, String version, String licence) {

    /**
     * Validates the components.
     *
     * @param key the key
     * @param title the title
     * @param publisher the publisher
     * @param url the address
     * @param version the version
     * @param licence the licence
     */
    public Source {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a source's key must not be blank");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(licence, "licence");
    }
}
