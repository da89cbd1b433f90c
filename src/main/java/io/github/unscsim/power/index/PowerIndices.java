package io.github.unscsim.power.index;

import java.util.List;
import java.util.Objects;

/** Every power index by the name the command line takes, with the automatic counter. */
public final class PowerIndices {

    /** The index names, in the order the documentation lists them. */
    public static final List<String> NAMES = List.of("shapley-shubik", "banzhaf", "banzhaf-absolute",
            "coleman-prevent", "coleman-initiate", "johnston", "deegan-packel", "holler");

    private PowerIndices() {
    }

    /**
     * Returns the index with a name.
     *
     * @param name one of {@link #NAMES}, not null
     * @return the index
     * @throws IllegalArgumentException if the name is unknown, with the list of names
     */
    public static PowerIndex byName(String name) {
        Objects.requireNonNull(name, "name");
        switch (name) {
            case "shapley-shubik":
                return new ShapleyShubikIndex();
            case "banzhaf":
                return BanzhafIndex.normalised();
            case "banzhaf-absolute":
                return BanzhafIndex.absolute();
            case "coleman-prevent":
                return ColemanIndex.toPrevent();
            case "coleman-initiate":
                return ColemanIndex.toInitiate();
            case "johnston":
                return new JohnstonIndex();
            case "deegan-packel":
                return new DeeganPackelIndex();
            case "holler":
                return new HollerIndex();
            default:
                throw new IllegalArgumentException("unknown index '" + name + "' (expected one of "
                        + String.join(", ", NAMES) + ")");
        }
    }
}
