package io.github.unscsim.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.index.PowerProfile;
import io.github.unscsim.power.index.ShapleyShubikIndex;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.OutcomeType;
import io.github.unscsim.rules.QuotaRule;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reform models' seats, quotas and veto holders as their sources give them (docs/references.md). */
class ReformModelsTest {

    // [UNC27; INTRO] (Charter Arts. 23, 27) and [FDOC; GA10371; SAINFO] (G4 A/59/L.64, UfC A/59/L.68, Ezulwini); quotas of the enlarged
    // councils are the documented default of 14 (2019 IGN examples, 25-26 seats), not confirmed thresholds.
    @ParameterizedTest
    @CsvSource({"today,15,5,10,9", "1946-1965,11,5,6,7", "g4,25,5,14,14", "g4-veto,25,11,14,14", "ufc,25,5,20,14",
        "ezulwini,26,11,15,14"})
    void byName_everyModel_hasItsSeatsVetoHoldersAndQuota(String name, int seats, int veto, int elected, int quota) {
        ReformModel model = ReformModels.byName(name);
        assertThat(model.seats()).isEqualTo(seats);
        assertThat(model.council().size()).isEqualTo(seats);
        assertThat(model.vetoHolders()).hasSize(veto);
        assertThat(model.elected()).isEqualTo(elected);
        assertThat(model.council().electedMembers()).hasSize(elected);
        assertThat(model.quota()).isEqualTo(quota);
        assertThat(CouncilGame.of(model).vetoHolders()).isEqualTo(veto);
        assertThat(model.assumptions()).contains("[");
    }

    @Test
    void today_isTheSameGameAsTheHistoricalCouncilUnderTheCharter() {
        CouncilGame model = CouncilGame.of(ReformModels.today());
        CouncilGame actual = CouncilGame.of(Councils.ofYear(2016), AdoptionRules.charter());
        PowerProfile a = new ShapleyShubikIndex().compute(model);
        PowerProfile b = new ShapleyShubikIndex().compute(actual);
        assertThat(a.value("USA")).isEqualTo(b.value("USA")).isEqualTo(new BigFraction(421, 2145));
        assertThat(a.value("XEA")).isEqualTo(b.value("EGY"));
    }

    @Test
    void rule_g4WithoutVeto_aNewPermanentMembersNoIsNotAVeto() {
        ReformModel g4 = ReformModels.g4(false, 14);
        QuotaRule rule = g4.rule();
        Ballot ballot = Ballot.builder(g4.council(), Question.substantive()).no("IND").rest(Vote.YES).build();
        assertThat(rule.evaluate(ballot).type()).isEqualTo(OutcomeType.ADOPTED);
        Ballot vetoed = Ballot.builder(g4.council(), Question.substantive()).no("FRA").rest(Vote.YES).build();
        assertThat(rule.evaluate(vetoed).type()).isEqualTo(OutcomeType.VETOED);
        Ballot withVeto = Ballot.builder(ReformModels.g4(true, 14).council(), Question.substantive()).no("IND")
                .rest(Vote.YES).build();
        assertThat(ReformModels.g4(true, 14).rule().evaluate(withVeto).type()).isEqualTo(OutcomeType.VETOED);
    }

    @Test
    void withQuota_changesOnlyTheQuota() {
        ReformModel model = ReformModels.unitingForConsensus(14).withQuota(15);
        assertThat(model.quota()).isEqualTo(15);
        assertThat(CouncilGame.of(model).quota()).isEqualTo(15);
        assertThat(model.seats()).isEqualTo(25);
    }

    @Test
    void custom_badValues_areRefusedWithTheValue() {
        assertThatThrownBy(() -> ReformModels.custom("big", 5, 0, 10, 16))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quota 16");
        assertThatThrownBy(() -> ReformModels.byName("l69")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ezulwini");
        assertThat(CouncilGame.of(ReformModels.custom("teaching", 2, 1, 6, 6)).vetoHolders()).isEqualTo(2);
    }
}
