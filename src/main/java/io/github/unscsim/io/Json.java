package io.github.unscsim.io;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes plain values as indented JSON text, without a JSON library: a {@link Map} (string keys, in its iteration
 * order) is an object, one key a line, a {@link List} an array (on one line if it holds no map or list), a {@link CharSequence} a string (escaped as RFC 8259 requires), a
 * {@link Boolean} a boolean, an integral {@link Number} an integer, a {@code double} its shortest decimal form
 * ({@link Double#toString(double)}, which reads back to the same {@code double}), and {@code null} null. Stateless
 * and thread-safe.
 */
public final class Json {

    private Json() {
    }

    /**
     * Writes a value as JSON, indented by two spaces.
     *
     * @param value a map, list, string, number, boolean or null
     * @return the text, without a final line break
     * @throws IllegalArgumentException if the value holds anything else, a non-string key, or a double that is not
     *     finite
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.toString();
    }

    /**
     * Returns a JSON object of the given keys and values, in that order, for {@link #write}.
     *
     * @param keysAndValues a key, its value, the next key, its value, ...; each key a string
     * @return a modifiable map in the order given
     * @throws IllegalArgumentException if a key is not a string, is given twice, or lacks its value
     */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a key without a value: " + keysAndValues[keysAndValues.length - 1]);
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!(keysAndValues[i] instanceof String key)) {
                throw new IllegalArgumentException("a JSON key must be a string, not " + keysAndValues[i]);
            }
            if (object.containsKey(key)) {
                throw new IllegalArgumentException("the key '" + key + "' is given twice");
            }
            object.put(key, keysAndValues[i + 1]);
        }
        return object;
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            string(out, text);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no number " + d);
            }
            out.append(Double.toString(d));
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("a JSON object's keys are strings: " + entry.getKey());
                }
                indent(out, depth + 1);
                string(out, key);
                out.append(": ");
                write(out, entry.getValue(), depth + 1);
                out.append(entries.hasNext() ? "," : "");
            }
            indent(out, depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            if (!holdsContainers(list)) {
                // a list of values on one line: [11, 11, 1]
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    write(out, list.get(i), depth + 1);
                }
                out.append(']');
                return;
            }
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                indent(out, depth + 1);
                write(out, list.get(i), depth + 1);
                out.append(i + 1 < list.size() ? "," : "");
            }
            indent(out, depth);
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + Objects.toString(value.getClass().getName()));
        }
    }

    private static boolean holdsContainers(List<?> list) {
        for (Object item : list) {
            if (item instanceof Map || item instanceof List) {
                return true;
            }
        }
        return false;
    }

    private static void indent(StringBuilder out, int depth) {
        out.append('\n');
        out.append("  ".repeat(depth));
    }

    private static void string(StringBuilder out, CharSequence text) {
        out.append('"');
        int plain = 0; // the start of the run of characters that need no escape
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                default -> c < 0x20 || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null) {
                out.append(text, plain, i).append(escape);
                plain = i + 1;
            }
        }
        out.append(text, plain, text.length()).append('"');
    }
}
