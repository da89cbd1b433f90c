package io.github.unscsim.power.index;

import java.util.List;
import java.util.Objects;

/** Every power index by the name the command line takes, with the automatic counter. */
public final class PowerIndices {

    private static final List<PowerIndex> ALL = List.of(new ShapleyShubikIndex(), BanzhafIndex.normalised(),
            BanzhafIndex.absolute(), ColemanIndex.toPrevent(), ColemanIndex.toInitiate(), new JohnstonIndex(),
            new DeeganPackelIndex(), new HollerIndex());

    /** The index names, in the order the documentation lists them. */
    public static final List<String> NAMES = names();

    private PowerIndices() {
    }

    private static List<String> names() {
        // a loop, not a stream: every power call reads the names, and a stream is a fixed cost at start-up
        String[] names = new String[ALL.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = ALL.get(i).name();
        }
        return List.of(names);
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
        for (PowerIndex index : ALL) {
            if (index.name().equals(name)) {
                return index;
            }
        }
        throw new IllegalArgumentException("unknown index '" + name + "' (expected one of " + String.join(", ", NAMES)
                + ")");
    }
}
