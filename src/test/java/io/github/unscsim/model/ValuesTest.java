package io.github.unscsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"S/2016/846", "S/1234", "S/2014/348", "S/1999/1/Rev.1", "S/80"})
    void checkSymbol_documentSymbols_areAccepted(String symbol) {
        assertThat(DraftResolution.checkSymbol(symbol)).isEqualTo(symbol);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S/RES/2334", "A/59/L.64", "S/2016/0846", "S/", "s/2016/846", "S/1750/3", "2016/846"})
    void checkSymbol_otherText_isRejectedWithTheExpectedForms(String symbol) {
        assertThatThrownBy(() -> DraftResolution.checkSymbol(symbol)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(symbol).hasMessageContaining("expected S/1234 or S/2016/846");
    }

    @Test
    void draftResolution_holdsItsQuestion() {
        DraftResolution draft = new DraftResolution("S/2016/846", LocalDate.of(2016, 10, 8), "Aleppo",
                List.of("FRA", "ESP"), Question.substantive());

        assertThat(draft.sponsors()).containsExactly("FRA", "ESP");
        assertThatThrownBy(() -> draft.sponsors().add("USA")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void memberState_badCode_isRejected() {
        assertThatThrownBy(() -> MemberState.of("Fra", "France"))
                .hasMessage("'Fra' is not an ISO 3166 alpha-3 code (three upper-case letters, e.g. FRA)");
        assertThat(MemberState.of("CHN", "China")).isEqualTo(MemberState.of("CHN", "China (Republic of China)"));
    }

    @Test
    void vote_parse_readsLabelsAndSynonyms() {
        assertThat(Vote.parse("Abstain")).isEqualTo(Vote.ABSTAIN);
        assertThat(Vote.parse("abstention")).isEqualTo(Vote.ABSTAIN);
        assertThat(Vote.parse("not_participating")).isEqualTo(Vote.NOT_PARTICIPATING);
        assertThat(Vote.parse("NOT-PARTICIPATING")).isEqualTo(Vote.NOT_PARTICIPATING);
        assertThatThrownBy(() -> Vote.parse("maybe")).hasMessageContaining("'maybe' is not a vote");
    }

    @Test
    void term_containsBothEnds() {
        Term term = Term.years(2016, 2017);

        assertThat(term.contains(LocalDate.of(2016, 1, 1))).isTrue();
        assertThat(term.contains(LocalDate.of(2017, 12, 31))).isTrue();
        assertThat(term.contains(LocalDate.of(2018, 1, 1))).isFalse();
        assertThat(Term.from(LocalDate.of(1946, 1, 1)).isOpen()).isTrue();
        assertThat(term.toString()).isEqualTo("2016-01-01/2017-12-31");
        assertThatThrownBy(() -> Term.of(LocalDate.of(2017, 1, 1), LocalDate.of(2016, 1, 1)))
                .hasMessage("term ends (2016-01-01) before it begins (2017-01-01)");
    }

    @Test
    void council_custom_ordersPermanentMembersFirstAndRejectsDuplicates() {
        MemberState france = MemberState.of("FRA", "France");
        MemberState brazil = MemberState.of("BRA", "Brazil");
        Council council = Council.custom("club", List.of(france), List.of(brazil));

        assertThat(council.members()).containsExactly(france, brazil);
        assertThat(council.date()).isEmpty();
        assertThat(council.isPermanent("FRA")).isTrue();
        assertThat(council.toString()).isEqualTo("club: FRA* BRA");
        assertThatThrownBy(() -> Council.custom("club", List.of(france), List.of(france)))
                .hasMessage("club has two seats for FRA");
    }

    @Test
    void question_requiresAbstention_onlyForPartiesUnderChapterVi() {
        assertThat(Question.chapterVi("IND", "PAK").requiresAbstention("PAK")).isTrue();
        assertThat(Question.chapterVi("IND", "PAK").requiresAbstention("USA")).isFalse();
        assertThat(Question.chapterVii().requiresAbstention("PAK")).isFalse();
    }
}
