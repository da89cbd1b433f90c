package io.github.unscsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void object_keepsTheKeysInTheOrderGiven_andRefusesABadKeyOrAMissingValue() {
        Map<String, Object> object = Json.object("code", "RUS", "vetoes", 42, "title", null);
        assertThat(object.keySet()).containsExactly("code", "vetoes", "title");
        assertThat(Json.write(object)).isEqualTo("{\n  \"code\": \"RUS\",\n  \"vetoes\": 42,\n  \"title\": null\n}");
        assertThatThrownBy(() -> Json.object("code")).hasMessage("a key without a value: code");
        assertThatThrownBy(() -> Json.object(1, "x")).hasMessage("a JSON key must be a string, not 1");
        assertThatThrownBy(() -> Json.object("a", 1, "a", 2)).hasMessage("the key 'a' is given twice");
    }

    @Test
    void write_nestedValues_inKeyOrderAndIndented() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", 1);
        value.put("a", List.of("x", true));
        value.put("n", null);
        value.put("o", Map.of());
        value.put("l", List.of(Map.of("k", 2L)));

        assertThat(Json.write(value)).isEqualTo("{\n  \"b\": 1,\n  \"a\": [\"x\", true],\n  \"n\": null,\n"
                + "  \"o\": {},\n  \"l\": [\n    {\n      \"k\": 2\n    }\n  ]\n}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "quote \" and backslash \\", "line\nbreak\ttab\r", "\u0000\u001f\u007f",
        "Côte d'Ivoire, Türkiye, 中国", "\u2028\u2029", "emoji \uD83C\uDDFA\uD83C\uDDF3", "</script>"})
    void write_anyString_readsBackTheSameWithJackson(String text) throws Exception {
        String json = Json.write(Map.of("s", text));

        assertThat(JACKSON.readTree(json).get("s").asText()).isEqualTo(text);
        assertThat(json).doesNotContain("\n\"").doesNotContainPattern("[\\u0000-\\u001f&&[^\\n]]");
    }

    @Test
    void write_randomDoubles_readBackExactly() throws Exception {
        Random random = new Random(7);
        List<Object> values = new ArrayList<>();
        double[] expected = new double[200];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextDouble() * 1e-9;
                case 2 -> -random.nextDouble() * 1e12;
                default -> Double.longBitsToDouble(random.nextLong() >>> 2);
            };
            values.add(expected[i]);
        }
        JsonNode read = JACKSON.readTree(Json.write(values));

        double[] actual = new double[expected.length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = read.get(i).asDouble();
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(Json.write(List.of(new BigDecimal("0.658"), 0.5, 3))).isEqualTo("[0.658, 0.5, 3]");
    }

    @Test
    void write_whatJsonCannotSay_isRefused() {
        assertThatThrownBy(() -> Json.write(List.of(Double.NaN))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Json.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keys are strings");
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no JSON form");
        assertThat(Arrays.stream(Json.class.getMethods()).map(m -> m.getReturnType().getName()))
                .noneMatch(type -> type.startsWith("com.fasterxml"));
    }
}
