package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code power}'s text output writes each value as {@code %.10f} does, without a Formatter per line. */
class PowerTextTest {

    @Test
    void tenPlaces_isWhatPercentPointTenFWrites() {
        Random random = new Random(20261203);
        double[] edges = {0, 1, 0.5, 1e-12, 5e-11, 1.5e-10, 0.12345678905, 0.123456789049999, 0.99999999995};
        for (double value : edges) {
            assertThat(PowerCommand.tenPlaces(value)).as("%s", value)
                    .isEqualTo(String.format(Locale.ROOT, "%.10f", value));
        }
        for (int i = 0; i < 100_000; i++) {
            double value = switch (i % 3) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextDouble() * 1e-6;
                default -> Math.round(random.nextDouble() * 1e11) / 1e11;
            };
            assertThat(PowerCommand.tenPlaces(value)).as("%s", value)
                    .isEqualTo(String.format(Locale.ROOT, "%.10f", value));
        }
    }
}
