package io.github.unscsim.model;

/**
 * The count of each kind of vote on a ballot. Immutable and thread-safe.
 *
 * @param yes affirmative votes, not negative
 * @param no negative votes, not negative
 * @param abstain abstentions, not negative
 * @param absent members absent, not negative
 * @param notParticipating members present but not participating, not negative
 */
public record Tally(int yes, int no, int abstain, int absent, int notParticipating) {

    /**
     * Validates the counts.
     *
     * @param yes affirmative votes, not negative
     * @param no negative votes, not negative
     * @param abstain abstentions, not negative
     * @param absent members absent, not negative
     * @param notParticipating members present but not participating, not negative
     */
    public Tally {
        if (yes < 0 || no < 0 || abstain < 0 || absent < 0 || notParticipating < 0) {
            throw new IllegalArgumentException("negative count in tally " + yes + "-" + no + "-" + abstain + "-"
                    + absent + "-" + notParticipating);
        }
    }

    /**
     * Returns the count of one kind of vote.
     *
     * @param vote the kind of vote, not null
     * @return its count
     */
    public int count(Vote vote) {
        switch (vote) {
            case YES:
                return yes;
            case NO:
                return no;
            case ABSTAIN:
                return abstain;
            case ABSENT:
                return absent;
            default:
                return notParticipating;
        }
    }

    /**
     * Returns the number of members present and voting, affirmative and negative votes.
     *
     * @return {@code yes + no}
     */
    public int presentAndVoting() {
        return yes + no;
    }

    /**
     * Returns the number of members counted.
     *
     * @return the sum of all counts
     */
    public int total() {
        return yes + no + abstain + absent + notParticipating;
    }

    /** Returns the tally the way the record gives it, e.g. {@code 11-2-2}, with the members not voting added when any. */
    @Override
    public String toString() {
        String text = yes + "-" + no + "-" + abstain;
        if (absent > 0 || notParticipating > 0) {
            text += " (" + absent + " absent, " + notParticipating + " not participating)";
        }
        return text;
    }
}
