package io.github.unscsim.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A draft resolution put to the vote: its document symbol, the date of the vote, its title, its sponsors and the
 * kind of question it raises. Immutable and thread-safe.
 *
 * @param symbol the document symbol, {@code S/2016/846} (since 1994) or {@code S/1234} (before), optionally with a
 *     revision suffix such as {@code /Rev.1}
 * @param date the date of the vote, not null
 * @param title a short title, not null, may be empty
 * @param sponsors alpha-3 codes of the sponsors, not null
 * @param question the kind of question, not null
 */
public record DraftResolution(String symbol, LocalDate date, String title, List<String> sponsors,
        Question question) {

    private static final Pattern SYMBOL = Pattern.compile("S/(?:(19|20)\\d{2}/)?[1-9]\\d*(?:/Rev\\.[1-9]\\d*)?");

    /**
     * Validates the components and copies the sponsors.
     *
     * @param symbol the document symbol
     * @param date the date of the vote, not null
     * @param title a short title, not null
     * @param sponsors alpha-3 codes of the sponsors, not null
     * @param question the kind of question, not null
     */
    public DraftResolution {
        checkSymbol(symbol);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sponsors, "sponsors");
        sponsors.forEach(MemberState::checkCode);
        sponsors = ImmutableList.copyOf(sponsors);
        Objects.requireNonNull(question, "question");
    }

    /**
     * Checks a Security Council document symbol: {@code S/} then either a number ({@code S/1234}, the form used
     * before 1994) or a year and a number ({@code S/2016/846}), optionally followed by {@code /Rev.N}.
     *
     * @param symbol the symbol, not null
     * @return the symbol
     * @throws IllegalArgumentException if it has neither form
     */
    public static String checkSymbol(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new IllegalArgumentException("'" + symbol
                    + "' is not a Security Council document symbol (expected S/1234 or S/2016/846)");
        }
        return symbol;
    }
}
