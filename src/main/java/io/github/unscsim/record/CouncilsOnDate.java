package io.github.unscsim.record;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Council;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The councils of the record's dates, each built once ({@link Councils#onDate} is immutable data). */
final class CouncilsOnDate {

    private static final Map<LocalDate, Council> CACHE = new ConcurrentHashMap<>();

    private CouncilsOnDate() {
    }

    /** Returns {@link Councils#onDate(LocalDate)}, kept. */
    static Council get(LocalDate date) {
        Council council = CACHE.get(date);
        if (council == null) {
            council = Councils.onDate(date);
            CACHE.putIfAbsent(date, council);
        }
        return council;
    }
}
