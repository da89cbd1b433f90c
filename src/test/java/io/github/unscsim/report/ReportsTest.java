package io.github.unscsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportsTest {

    @ParameterizedTest
    @CsvSource({
        "0.6579999999999999, 0.658",
        "0.30000000000000004, 0.3",
        "1.0, 1",
        "0.0, 0",
        "-0.0, 0",
        "0.19627039627039627, 0.19627039627",
        "1.920692519040967E-5, 0.0000192069251904",
        "0.123456789012345, 0.123456789012",
        "123456.5, 123456.5"})
    void number_roundsToTwelveSignificantDigits_inItsShortestForm(double value, String text) {
        assertThat(Reports.text(value)).isEqualTo(text);
        assertThat(Reports.number(value).doubleValue()).isEqualTo(Double.parseDouble(text));
    }

    @Test
    void reportAndJsonWriter_importNoJackson() throws java.io.IOException {
        // printing JSON must not load Jackson (its classes are a startup cost); Jackson reads scenario files only
        List<java.nio.file.Path> sources = new java.util.ArrayList<>(List.of(
                java.nio.file.Path.of("src/main/java/io/github/unscsim/io/Json.java")));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/io/github/unscsim/report"))) {
            files.forEach(sources::add);
        }
        assertThat(sources).hasSizeGreaterThan(3);
        for (java.nio.file.Path source : sources) {
            assertThat(java.nio.file.Files.readString(source)).as(source.toString()).doesNotContain("com.fasterxml");
        }
    }

    @Test
    void publicApiOfIoAndReport_hasNoJacksonType() {
        for (Class<?> type : List.of(io.github.unscsim.io.Json.class, io.github.unscsim.io.ScenarioFiles.class,
                io.github.unscsim.io.ScenarioFormatException.class, Reports.class, TextTable.class)) {
            for (java.lang.reflect.Method method : type.getMethods()) {
                assertThat(method.getReturnType().getName()).as(method.toString()).doesNotStartWith("com.fasterxml");
                for (Class<?> parameter : method.getParameterTypes()) {
                    assertThat(parameter.getName()).as(method.toString()).doesNotStartWith("com.fasterxml");
                }
            }
        }
    }

    @Test
    void number_notFinite_isRefused() {
        assertThatThrownBy(() -> Reports.number(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textTable_columnsAsWideAsTheirWidestCell() {
        TextTable table = new TextTable("  ", false, true, false).row("", "n", "note").row("a very long name", 1, "x")
                .row("b", 12345, "");

        assertThat(table.lines()).containsExactly(
                "                        n  note",
                "  a very long name      1  x",
                "  b                 12345");
    }

    @Test
    void textTable_rowOfTheWrongWidth_isRefused() {
        assertThatThrownBy(() -> new TextTable("", false, false).row("one")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("1 cells in a table of 2 columns");
        assertThat(new TextTable("", false).lines()).isEqualTo(List.of());
    }
}
