package io.github.unscsim.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.Fixtures;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The named presets as a decision table on the 2016 Council (15 members): who counts, and who blocks. The rules'
 * sources are in {@link RulePresets}: "present and voting" excludes abstainers (GA rules of procedure, rule 86);
 * "present" counts them (COBIS MUN rules); consensus is the absence of any objection (UNCLOS Art. 161(8)(e)).
 */
class RulePresetsTest {

    private static final Council COUNCIL = Fixtures.council2016();
    /** The 2016 members in the order the ballots below take them: the permanent five first. */
    private static final String[] CODES = COUNCIL.members().stream().map(m -> m.code()).toArray(String[]::new);

    /** A ballot where the first {@code no} members after the yes votes vote no, the rest abstain. */
    private static Ballot ballot(int yes, int no, int abstain) {
        assertThat(yes + no + abstain).isEqualTo(15);
        Ballot.Builder builder = Ballot.builder(COUNCIL, Question.substantive());
        for (int i = 0; i < 15; i++) {
            if (i < yes) {
                builder.yes(CODES[i]);
            } else if (i < yes + no) {
                builder.no(CODES[i]);
            } else {
                builder.abstain(CODES[i]);
            }
        }
        return builder.build();
    }

    @ParameterizedTest(name = "{0}: {1}-{2}-{3} is {4}")
    @CsvSource({
            // 11-2-2 with the yes votes of the five permanent members first: no permanent member votes no
            "nine-no-veto,     11, 2, 2,  ADOPTED",
            "simple-majority,  11, 2, 2,  ADOPTED",
            "two-thirds,       11, 2, 2,  ADOPTED",
            "majority-present, 11, 2, 2,  ADOPTED",
            "consensus,        11, 2, 2,  VETOED",
            // 7-2-6: a majority and two-thirds of those voting, but not more than half of the 15 present
            "simple-majority,  7, 2, 6,   ADOPTED",
            "two-thirds,       7, 2, 6,   ADOPTED",
            "majority-present, 7, 2, 6,   FAILED",
            "nine-no-veto,     7, 2, 6,   FAILED",
            // 6-3-6: two-thirds of 9 voting is 6
            "two-thirds,       6, 3, 6,   ADOPTED",
            "two-thirds,       5, 3, 7,   FAILED",
            // 5-0-10: nobody objects
            "consensus,        5, 0, 10,  ADOPTED",
            "majority-present, 5, 0, 10,  FAILED",
            // yes or no only: 8 of 15 present is more than half
            "procedural-mun,   8, 7, 0,   ADOPTED",
            "procedural-mun,   7, 8, 0,   FAILED",
    })
    void preset_decides(String name, int yes, int no, int abstain, OutcomeType expected) {
        assertThat(AdoptionRules.preset(name).evaluate(ballot(yes, no, abstain)).type()).isEqualTo(expected);
    }

    @Test
    void charter_s2016846_isVetoedByRussia() {
        // UN press release SC/12545: S/2016/846, 11-2-2, vetoed by the Russian Federation
        Outcome outcome = AdoptionRules.preset("charter").evaluate(Fixtures.s2016846());
        assertThat(outcome.type()).isEqualTo(OutcomeType.VETOED);
        assertThat(outcome.vetoingMembers()).extracting(m -> m.code()).containsExactly("RUS");
    }

    @Test
    void proceduralMun_abstention_isAnErrorThatSaysWhy() {
        assertThatThrownBy(() -> AdoptionRules.preset("procedural-mun").evaluate(ballot(8, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yes or no only");
    }

    @Test
    void named_unknown_listsTheNames() {
        assertThatThrownBy(() -> RulePresets.named("unanimity")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'unanimity' is not a rule").hasMessageContaining("two-thirds, majority-present");
        assertThat(RulePresets.names()).containsExactly("charter", "nine-no-veto", "simple-majority", "two-thirds",
                "majority-present", "consensus", "procedural-mun");
    }
}
