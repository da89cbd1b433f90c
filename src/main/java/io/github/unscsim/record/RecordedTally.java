package io.github.unscsim.record;

import io.github.unscsim.model.Tally;
import io.github.unscsim.model.Vote;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A tally as the record's sources give it: the yes, no and abstain counts always, the absent and not-participating
 * counts only where a source gives them. Many sources (the Library's meetings tables, the press releases) give
 * {@code 9-0-1} and no more; the members that did not vote were then absent or did not participate, not known
 * which. Immutable and thread-safe.
 *
 * @param yes affirmative votes, not negative
 * @param no negative votes, not negative
 * @param abstain abstentions, not negative
 * @param absent members absent, where known
 * @param notParticipating members present but not participating, where known
 */
public record RecordedTally(int yes, int no, int abstain, OptionalInt absent, OptionalInt notParticipating) {

    /**
     * Validates the counts.
     *
     * @param yes affirmative votes
     * @param no negative votes
     * @param abstain abstentions
     * @param absent members absent, where known
     * @param notParticipating members not participating, where known
     */
    public RecordedTally {
        Objects.requireNonNull(absent, "absent");
        Objects.requireNonNull(notParticipating, "notParticipating");
        if (yes < 0 || no < 0 || abstain < 0 || absent.orElse(0) < 0 || notParticipating.orElse(0) < 0) {
            throw new IllegalArgumentException("negative count in tally " + yes + "-" + no + "-" + abstain);
        }
    }

    /**
     * Returns a tally with all five counts known.
     *
     * @param tally the tally, not null
     * @return the recorded tally
     */
    public static RecordedTally of(Tally tally) {
        return new RecordedTally(tally.yes(), tally.no(), tally.abstain(), OptionalInt.of(tally.absent()),
                OptionalInt.of(tally.notParticipating()));
    }

    /**
     * Returns a tally of yes, no and abstain only, the members not voting not known as absent or not participating.
     *
     * @param yes affirmative votes
     * @param no negative votes
     * @param abstain abstentions
     * @return the recorded tally
     */
    public static RecordedTally of(int yes, int no, int abstain) {
        return new RecordedTally(yes, no, abstain, OptionalInt.empty(), OptionalInt.empty());
    }

    /**
     * Returns the count of one kind of vote, where known.
     *
     * @param vote the kind of vote, not null
     * @return the count, or empty for absent or not participating when the source does not give it
     */
    public OptionalInt count(Vote vote) {
        switch (Objects.requireNonNull(vote, "vote")) {
            case YES:
                return OptionalInt.of(yes);
            case NO:
                return OptionalInt.of(no);
            case ABSTAIN:
                return OptionalInt.of(abstain);
            case ABSENT:
                return absent;
            default:
                return notParticipating;
        }
    }

    /**
     * Tells whether all five counts are known.
     *
     * @return true if the absent and not-participating counts are given
     */
    public boolean isComplete() {
        return absent.isPresent() && notParticipating.isPresent();
    }

    /**
     * Returns the tally with all five counts, where all are known.
     *
     * @return the full tally, or empty
     */
    public Optional<Tally> complete() {
        return isComplete() ? Optional.of(new Tally(yes, no, abstain, absent.getAsInt(),
                notParticipating.getAsInt())) : Optional.empty();
    }

    /**
     * Tells whether a counted tally agrees with this one: equal in every count this one gives.
     *
     * @param counted the counted tally, not null
     * @return true if no known count differs
     */
    public boolean agreesWith(Tally counted) {
        for (Vote vote : Vote.values()) {
            OptionalInt known = count(vote);
            if (known.isPresent() && known.getAsInt() != counted.count(vote)) {
                return false;
            }
        }
        return true;
    }

    /** Returns {@code 11-2-2}, with the members not voting added when known and any, as {@link Tally} does. */
    @Override
    public String toString() {
        return complete().map(Tally::toString).orElse(yes + "-" + no + "-" + abstain);
    }
}
