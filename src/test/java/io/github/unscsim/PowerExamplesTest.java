package io.github.unscsim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The voting-power example runs and prints every model side by side. */
class PowerExamplesTest {

    // today's Council: a permanent member's Shapley–Shubik index is 421/2145 = 0.196270 (KnownAnswersTest)
    @Test
    void powerOfReforms_printsEveryModelSideBySide() throws Exception {
        String output = Examples.run("PowerOfReforms");

        assertThat(output).contains("today").contains("1946-1965").contains("g4-veto").contains("ezulwini")
                .contains("0.196270").contains("A/59/L.64");
        assertThat(output.lines().filter(line -> line.startsWith("elected (shapley-shubik)")).findFirst()
                .orElseThrow()).doesNotContain(" -");
        // each model's line says which model it is, once: the seats once, and g4-veto gives the new members the veto
        assertThat(line(output, "today ")).containsOnlyOnce("15 seats");
        assertThat(line(output, "g4-veto ")).contains("new members with veto")
                .contains("the six new permanent members hold the veto").doesNotContain("members forgo the veto");
        assertThat(line(output, "g4 ")).contains("new members without veto").contains("members forgo the veto");
    }

    @Test
    void powerOfReforms_withAFile_drawsTheChart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path chart = dir.resolve("power.svg");
        String output = Examples.run("PowerOfReforms", chart.toString());

        assertThat(output).endsWith("The chart is in " + chart + System.lineSeparator());
        org.w3c.dom.Document svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(chart.toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getTextContent()).contains("Shapley", "elected");
    }

    private static String line(String output, String start) {
        return output.lines().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }
}
