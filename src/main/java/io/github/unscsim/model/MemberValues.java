package io.github.unscsim.model;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a ballot and a probabilistic ballot share: the council, the question and exactly one value for every member
 * of the council, kept in the council's seat order. Subclasses say what the values are (a {@link Ballot}'s votes);
 * they are immutable and thread-safe when their values are.
 *
 * @param <V> the value each member holds
 */
public abstract class MemberValues<V> {

    private final Council council;
    private final Question question;
    private final ImmutableMap<MemberState, V> values;

    /**
     * Copies the values, which must be those of {@link #inSeatOrder}.
     *
     * @param council the council, not null
     * @param question the question, not null
     * @param values one non-null value for every member, in seat order, not null
     */
    protected MemberValues(Council council, Question question, Map<MemberState, V> values) {
        this.council = Objects.requireNonNull(council, "council");
        this.question = Objects.requireNonNull(question, "question");
        this.values = ImmutableMap.copyOf(values);
    }

    /**
     * Puts values given for members into the council's seat order, checking that every member has one.
     *
     * @param <V> the value each member holds
     * @param council the council, not null
     * @param values the values by member, not null
     * @param missing the error message for the codes (comma-separated) of the members without a value
     * @return the values in seat order
     * @throws IllegalArgumentException if a member of the council has no value
     */
    protected static <V> Map<MemberState, V> inSeatOrder(Council council, Map<MemberState, V> values,
            Function<String, String> missing) {
        // the copy the constructor keeps, built once (ImmutableMap.copyOf of it is free)
        ImmutableMap.Builder<MemberState, V> ordered = ImmutableMap.builderWithExpectedSize(council.size());
        List<String> without = new ArrayList<>();
        for (MemberState member : council.members()) {
            V value = values.get(member);
            if (value == null) {
                without.add(member.code());
            } else {
                ordered.put(member, value);
            }
        }
        if (!without.isEmpty()) {
            throw new IllegalArgumentException(missing.apply(String.join(", ", without)));
        }
        return ordered.build();
    }

    /**
     * Returns the council.
     *
     * @return the council
     */
    public Council council() {
        return council;
    }

    /**
     * Returns the question.
     *
     * @return the question
     */
    public Question question() {
        return question;
    }

    /**
     * Returns every member's value, in seat order.
     *
     * @return the values, immutable
     */
    protected final Map<MemberState, V> values() {
        return values;
    }

    /**
     * Returns a member's value.
     *
     * @param code the member's alpha-3 code, not null
     * @return the value
     * @throws IllegalArgumentException if the state is not a member of the council
     */
    protected final V value(String code) {
        return values.get(council.member(code));
    }

    /**
     * Returns the values with one member's replaced.
     *
     * @param code the member's alpha-3 code, not null
     * @param value the new value, not null
     * @return the changed values, in seat order
     * @throws IllegalArgumentException if the state is not a member of the council
     */
    protected final Map<MemberState, V> valuesWith(String code, V value) {
        MemberState member = council.member(code);
        Map<MemberState, V> changed = new LinkedHashMap<>(values);
        changed.put(member, value);
        return changed;
    }

    /** Equal when the classes, councils, questions and values are equal. */
    @Override
    public final boolean equals(Object other) {
        return other instanceof MemberValues<?> that && that.getClass() == getClass() && council.equals(that.council)
                && question.equals(that.question) && values.equals(that.values);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(council, question, values);
    }

    /** Returns each member's code and value, e.g. {@code CHN=abstain FRA=yes ...}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        values.forEach((member, value) -> text.append(member.code()).append('=').append(value).append(' '));
        return text.toString().strip();
    }
}
