package io.github.unscsim.cli;

import io.github.unscsim.record.Query;
import picocli.CommandLine.Option;

/** {@code --from} and {@code --to}: the dates a query over the record keeps, each a year or an ISO date. */
final class PeriodOptions {

    @Option(names = "--from", paramLabel = "YEAR|DATE", description = "votes on or after this date (a year: 1 January)")
    String from;

    @Option(names = "--to", paramLabel = "YEAR|DATE", description = "votes on or before this date (a year: 31 December)")
    String to;

    /**
     * Narrows a query to the period given ({@link Period}); without either option, returns it as it is.
     *
     * @param query the query, not null
     * @return the query, kept to the period
     * @throws IllegalArgumentException if a date is neither a year nor an ISO date
     */
    Query within(Query query) {
        Query result = query;
        if (from != null) {
            result = result.from(Period.from("--from", from));
        }
        if (to != null) {
            result = result.to(Period.to("--to", to));
        }
        return result;
    }
}
