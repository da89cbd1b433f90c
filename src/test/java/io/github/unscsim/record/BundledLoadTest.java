package io.github.unscsim.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Loading the bundle once: a failed load is reported clearly each time, and a later good load is kept. */
class BundledLoadTest {

    @Test
    void aMissingFolderIsAClearErrorNamingTheFile() {
        assertThatThrownBy(() -> VotingRecord.loadBundle("/no/such/folder/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the bundled data file votes.csv is missing from the jar");
    }

    @Test
    void aFailedLoadIsNotKeptAndEachCallSaysWhy() {
        AtomicInteger calls = new AtomicInteger();
        VotingRecord.Loaded loaded = new VotingRecord.Loaded(() -> {
            if (calls.incrementAndGet() <= 2) {
                return VotingRecord.loadBundle("/no/such/folder/");
            }
            return VotingRecord.of(java.util.List.of());
        });
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(loaded::get).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("votes.csv is missing");
        }
        VotingRecord record = loaded.get();
        assertThat(record.size()).isZero();
        assertThat(loaded.get()).isSameAs(record);
        assertThat(calls).hasValue(3);
    }

    @Test
    void anotherFailureIsWrappedWithItsCause() {
        VotingRecord.Loaded loaded = new VotingRecord.Loaded(() -> {
            throw new IllegalArgumentException("bad row");
        });
        assertThatThrownBy(loaded::get).isInstanceOf(IllegalStateException.class)
                .hasMessage("the bundled record could not be loaded: bad row")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBundleLoadsOnceAndIsKept() {
        assertThat(VotingRecord.bundled()).isSameAs(VotingRecord.bundled());
    }
}
