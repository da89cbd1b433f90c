package io.github.unscsim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every example program runs, and says what it should. */
class ExamplesTest {

    @Test
    void aleppo2016_explainsBothVotesAndTheWhatIf() throws Exception {
        String output = Examples.run("Aleppo2016");

        assertThat(output).contains("S/2016/846 (France and Spain): VETOED")
                .contains("Not adopted, owing to the negative vote of a permanent member (Russian Federation): "
                        + "11 in favour, 2 against, 2 abstentions.")
                .contains("S/2016/847 (Russian Federation): FAILED")
                .contains("...Russia had abstained on S/2016/846? ADOPTED.")
                .contains("...Venezuela had abstained on S/2016/846 (Russia still against)? VETOED.");
    }
}
