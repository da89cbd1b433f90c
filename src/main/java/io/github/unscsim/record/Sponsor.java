package io.github.unscsim.record;

import com.google.common.collect.ImmutableList;
import io.github.unscsim.model.MemberState;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sponsor of a draft: a state ({@code FRA}) or a sponsoring group named as such with its members on the draft's
 * date ({@code A3(DZA MOZ SLE)}). Immutable and thread-safe.
 *
 * @param name the state's alpha-3 code, or the group's name (letters and digits, e.g. {@code A3}, {@code E10})
 * @param members the states: the code itself for a state, the group's members for a group; not empty
 */
public record Sponsor(String name, List<String> members) {

    private static final Pattern GROUP = Pattern.compile("([A-Za-z0-9+-]+)\\(([^()]*)\\)");

    /**
     * Validates the name and the members' codes.
     *
     * @param name the code or the group's name
     * @param members the states, not empty
     */
    public Sponsor {
        Objects.requireNonNull(name, "name");
        if (!isName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a sponsor's name (a code or a group's name)");
        }
        members = ImmutableList.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("sponsoring group " + name + " has no members");
        }
        members.forEach(MemberState::checkCode);
        if (members.size() > 1 && members.size() != Set.copyOf(members).size()) {
            throw new IllegalArgumentException("sponsoring group " + name + " names a member twice: " + members);
        }
    }

    /** Tells whether a text is a sponsor's name: letters, digits, '+' and '-' (a loop: every record row has one). */
    private static boolean isName(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a state as a sponsor.
     *
     * @param code the alpha-3 code
     * @return the sponsor
     */
    public static Sponsor state(String code) {
        return new Sponsor(MemberState.checkCode(code), List.of(code));
    }

    /**
     * Tells whether this sponsor is a group.
     *
     * @return true for a group such as {@code A3(DZA MOZ SLE)}
     */
    public boolean isGroup() {
        return !(members.size() == 1 && members.get(0).equals(name));
    }

    /**
     * Reads the sponsors field of the record: space-separated codes and groups, e.g. {@code FRA ESP} or
     * {@code A3(DZA MOZ SLE) GUY}.
     *
     * @param text the field, not null, may be blank
     * @return the sponsors, in order
     * @throws IllegalArgumentException if a code or a group is malformed
     */
    public static List<Sponsor> parseAll(String text) {
        Objects.requireNonNull(text, "text");
        ImmutableList.Builder<Sponsor> sponsors = ImmutableList.builder();
        if (text.isBlank()) {
            return List.of();
        }
        for (String token : tokens(text)) {
            Matcher matcher = token.indexOf('(') < 0 ? null : GROUP.matcher(token);
            if (matcher != null && matcher.matches()) {
                sponsors.add(new Sponsor(matcher.group(1), List.of(matcher.group(2).strip().split("\\s+"))));
            } else {
                sponsors.add(state(token));
            }
        }
        return sponsors.build();
    }

    private static List<String> tokens(String text) {
        ImmutableList.Builder<String> tokens = ImmutableList.builder();
        int depth = 0;
        StringBuilder token = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (token.length() > 0) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced parentheses in sponsors '" + text + "'");
        }
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens.build();
    }

    /** Returns the code, or the group as {@code A3(DZA MOZ SLE)}; {@link #parseAll} reads it back. */
    @Override
    public String toString() {
        return isGroup() ? name + "(" + String.join(" ", members) + ")" : name;
    }
}
