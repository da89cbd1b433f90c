package io.github.unscsim.record;

import com.google.common.collect.ImmutableList;
import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.DraftResolution;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Tally;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.OutcomeType;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One vote the Council took, as the record keeps it: what was voted on, when, the outcome class, the tally, the
 * vetoing members, each member's vote where known ({@link MemberVotes} of the council on that date: a {@link Ballot}
 * when every vote is known), the sponsors and the sources. Everything that can be checked without the rules is
 * checked here, once: the symbols, a resolution only for an adopted vote, vetoing members only for a vetoed one and
 * each a permanent member on that date, the tally equal to the count of the per-member votes (with unknown votes:
 * a tally the known votes and the unknown members can make up). Whether the outcome agrees with the rule in force is what
 * {@link Replay#inForce(RecordedVote)} tells, and what reading a file checks. Immutable and thread-safe.
 *
 * @param id the stable identifier: the draft symbol where known, else {@code S/RES/<n>}, else
 *     {@code S/PV.<meeting>/<k>}; no whitespace
 * @param kind what was voted on, not null
 * @param date the date of the vote, within the membership record ({@link Councils#FIRST_DATE} to
 *     {@link Councils#LAST_DATE})
 * @param meeting the meeting record, {@code S/PV.<n>}, or empty
 * @param draftSymbol the draft's symbol, where known
 * @param resolution the resolution's number, only for an adopted vote
 * @param agenda the agenda item as the source names it, not null
 * @param title a short title, not null
 * @param outcome adopted, vetoed or failed, not null
 * @param tally the tally, where the source gives one (the absent and not-participating counts only where given);
 *     the count of the per-member votes where every member's vote is known
 * @param vetoingMembers the codes of the vetoing members, empty unless vetoed
 * @param withoutVote adopted without a vote (consensus or acclamation)
 * @param memberVotes each member's vote, where the sources give per-member votes: all of them, or all but the
 *     members whose vote no source gives ({@link MemberVotes#unknown()})
 * @param sponsors the sponsors, where a source names them, not null
 * @param noSponsor a source says no member sponsored the draft (a text the Council's President put to the vote, or
 *     one prepared in the Council's consultations); the sponsors are then empty
 * @param sources the keys of the sources, at least one
 * @param confirmed false for a vote not confirmed against a second source or a primary document
 * @param note disagreements resolved and caveats, not null, may be empty
 */
public record RecordedVote(String id, VoteKind kind, LocalDate date, String meeting, Optional<String> draftSymbol,
        OptionalInt resolution, String agenda, String title, OutcomeType outcome, Optional<RecordedTally> tally,
        List<String> vetoingMembers, boolean withoutVote, Optional<MemberVotes> memberVotes, List<Sponsor> sponsors,
        boolean noSponsor, List<String> sources, boolean confirmed, String note) {

    private static final Pattern MEETING = Pattern.compile("S/PV\\.[1-9]\\d*(?:\\s.*)?");
    private static final Pattern ID = Pattern.compile("\\S+");

    /**
     * Validates the components and copies the lists.
     *
     * @param id the identifier
     * @param kind what was voted on
     * @param date the date
     * @param meeting the meeting, or empty
     * @param draftSymbol the draft's symbol
     * @param resolution the resolution's number
     * @param agenda the agenda item
     * @param title the title
     * @param outcome the outcome class
     * @param tally the tally
     * @param vetoingMembers the vetoing members
     * @param withoutVote adopted without a vote
     * @param memberVotes each member's vote
     * @param sponsors the sponsors
     * @param noSponsor a source says no member sponsored the draft
     * @param sources the sources' keys
     * @param confirmed whether confirmed
     * @param note the note
     */
    public RecordedVote {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' must be one word (a symbol)");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(meeting, "meeting");
        if (!meeting.isEmpty() && !MEETING.matcher(meeting).matches()) {
            throw new IllegalArgumentException("meeting '" + meeting + "' is not a meeting record (S/PV.7785)");
        }
        draftSymbol.ifPresent(DraftResolution::checkSymbol);
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(memberVotes, "memberVotes");
        vetoingMembers = ImmutableList.copyOf(vetoingMembers);
        sponsors = ImmutableList.copyOf(sponsors);
        if (noSponsor && !sponsors.isEmpty()) {
            throw new IllegalArgumentException("sponsors " + sponsors + " named for a draft no member sponsored");
        }
        sources = ImmutableList.copyOf(sources);
        Objects.requireNonNull(note, "note");
        if (resolution.isPresent()) {
            if (resolution.getAsInt() < 1) {
                throw new IllegalArgumentException("resolution number must be at least 1: " + resolution.getAsInt());
            }
            if (outcome != OutcomeType.ADOPTED) {
                throw new IllegalArgumentException("a " + label(outcome) + " vote has a resolution number ("
                        + resolution.getAsInt() + "); only an adopted draft becomes a resolution");
            }
        }
        if (withoutVote && (outcome != OutcomeType.ADOPTED || memberVotes.isPresent() || tally.isPresent())) {
            throw new IllegalArgumentException("adopted without a vote, yet "
                    + (memberVotes.isPresent() ? "with per-member votes"
                    : tally.isPresent() ? "with a tally" : "classed " + label(outcome)));
        }
        if ((outcome == OutcomeType.VETOED) == vetoingMembers.isEmpty()) {
            throw new IllegalArgumentException(outcome == OutcomeType.VETOED
                    ? "vetoed, but no vetoing member is named" : "vetoing members " + vetoingMembers
                    + " named for a " + label(outcome) + " vote");
        }
        Council council = memberVotes.map(MemberVotes::council).orElseGet(() -> CouncilsOnDate.get(date));
        Set<String> vetoers = new HashSet<>();
        for (String code : vetoingMembers) {
            if (!vetoers.add(code)) {
                throw new IllegalArgumentException("vetoing member " + code + " is named twice");
            }
            if (!council.isPermanent(MemberState.checkCode(code))) {
                throw new IllegalArgumentException("vetoing member " + code + " is not a permanent member of "
                        + council.name());
            }
        }
        if (memberVotes.isPresent()) {
            MemberVotes cast = memberVotes.get();
            if (!cast.council().date().equals(Optional.of(date))) {
                throw new IllegalArgumentException("the per-member votes are of " + cast.council().name()
                        + ", not of " + date);
            }
            if (!cast.question().equals(kind.question())) {
                throw new IllegalArgumentException("the per-member votes' question does not match the kind " + kind);
            }
            RecordedTally counted = cast.count();
            if (cast.isComplete()) {
                Tally full = counted.complete().orElseThrow();
                if (tally.isPresent() && !tally.get().agreesWith(full)) {
                    throw new IllegalArgumentException("the tally " + full(tally.get())
                            + " contradicts the per-member votes, which count " + full(full));
                }
                tally = Optional.of(counted);
            } else if (tally.isPresent()) {
                checkPartial(tally.get(), counted, cast.unknown().size());
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source named: every vote names its sources");
        }
    }

    private static void checkPartial(RecordedTally tally, RecordedTally known, int unknown) {
        int missing = 0;
        for (Vote vote : Vote.values()) {
            if (tally.count(vote).isPresent()) {
                int more = tally.count(vote).getAsInt() - known.count(vote).orElse(0);
                if (more < 0) {
                    throw new IllegalArgumentException("the tally " + tally + " has fewer " + vote
                            + " votes than the per-member votes name (" + known.count(vote).orElse(0) + ")");
                }
                missing += more;
            }
        }
        boolean all = tally.isComplete();
        if (missing > unknown || (all && missing != unknown)) {
            throw new IllegalArgumentException("the tally " + full(tally) + " contradicts the per-member votes: "
                    + known + " known and " + unknown + " unknown");
        }
    }

    /**
     * Returns each member's vote, where every member's vote is known: the ballot of the council on the vote's date.
     *
     * @return the ballot, or empty where per-member votes are not known or some are unknown
     */
    public Optional<Ballot> ballot() {
        return memberVotes.flatMap(MemberVotes::ballot);
    }

    /**
     * Returns the draft resolution put to the vote, where its symbol is known: the record's unit for drafts, with
     * this vote's date, title, sponsors (a group's members) and question.
     *
     * @return the draft, if its symbol is known
     */
    public Optional<DraftResolution> draft() {
        return draftSymbol.map(symbol -> new DraftResolution(symbol, date, title, sponsorCodes(), kind.question()));
    }

    /**
     * Returns the sponsors' codes, a group's members in its place, each once.
     *
     * @return the codes, in order
     */
    public List<String> sponsorCodes() {
        return sponsors.stream().flatMap(sponsor -> sponsor.members().stream()).distinct()
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the question decided, which settles the rule in force.
     *
     * @return the question of this kind of vote
     */
    public Question question() {
        return kind.question();
    }

    /**
     * Tells whether each member's vote is known (a {@link #ballot()}).
     *
     * @return true where every member's vote is known; false where only a tally, or per-member votes with some
     *     unknown, are known
     */
    public boolean hasMemberVotes() {
        return memberVotes.filter(MemberVotes::isComplete).isPresent();
    }

    /**
     * Returns a member's vote, where per-member votes are known, the state sat on the council and its vote is known.
     *
     * @param code the alpha-3 code, not null
     * @return the vote, or empty
     */
    public Optional<Vote> vote(String code) {
        Objects.requireNonNull(code, "code");
        return memberVotes.flatMap(cast -> cast.vote(code));
    }

    /**
     * Returns the resolution's symbol, {@code S/RES/2334 (2016)}, for an adopted draft.
     *
     * @return the symbol, if adopted as a resolution
     */
    public Optional<String> resolutionSymbol() {
        return resolution.isPresent()
                ? Optional.of("S/RES/" + resolution.getAsInt() + " (" + date.getYear() + ")") : Optional.empty();
    }

    /**
     * Returns the decade of the vote: 1940 for 1946–1949, 2010 for 2016.
     *
     * @return the first year of the decade
     */
    public int decade() {
        return date.getYear() / 10 * 10;
    }

    /**
     * Returns a builder for a vote, unconfirmed until {@link Builder#confirmed(boolean)} says otherwise. The builder
     * does no checks; {@link Builder#build()} checks everything.
     *
     * @param id the identifier, not null
     * @param kind the kind, not null
     * @param date the date, not null
     * @param outcome the outcome class, not null
     * @return the builder
     */
    public static Builder builder(String id, VoteKind kind, LocalDate date, OutcomeType outcome) {
        return new Builder(id, kind, date, outcome);
    }

    /**
     * Returns a builder holding this vote's values, to change some.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, kind, date, outcome);
        builder.meeting = meeting;
        builder.draftSymbol = draftSymbol;
        builder.resolution = resolution;
        builder.agenda = agenda;
        builder.title = title;
        builder.tally = hasMemberVotes() ? Optional.empty() : tally;
        builder.vetoingMembers = vetoingMembers;
        builder.withoutVote = withoutVote;
        builder.memberVotes = memberVotes;
        builder.sponsors = sponsors;
        builder.noSponsor = noSponsor;
        builder.sources = sources;
        builder.confirmed = confirmed;
        builder.note = note;
        return builder;
    }

    /** Returns the id, date, outcome and tally, e.g. {@code S/2016/846 2016-10-08 vetoed 11-2-2 by RUS}. */
    @Override
    public String toString() {
        return id + " " + date + " " + label(outcome) + tally.map(counted -> " " + counted).orElse("")
                + (vetoingMembers.isEmpty() ? "" : " by " + String.join(" ", vetoingMembers));
    }

    static String label(OutcomeType outcome) {
        return outcome.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String full(RecordedTally tally) {
        return tally.yes() + "-" + tally.no() + "-" + tally.abstain() + "-" + known(tally.absent()) + "-"
                + known(tally.notParticipating()) + " (yes-no-abstain-absent-not participating)";
    }

    private static String known(OptionalInt count) {
        return count.isPresent() ? Integer.toString(count.getAsInt()) : "?";
    }

    private static String full(Tally tally) {
        return tally.yes() + "-" + tally.no() + "-" + tally.abstain() + "-" + tally.absent() + "-"
                + tally.notParticipating() + " (yes-no-abstain-absent-not participating)";
    }

    /** Collects a vote's values; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {

        private final String id;
        private final VoteKind kind;
        private final LocalDate date;
        private final OutcomeType outcome;
        private String meeting = "";
        private Optional<String> draftSymbol = Optional.empty();
        private OptionalInt resolution = OptionalInt.empty();
        private String agenda = "";
        private String title = "";
        private Optional<RecordedTally> tally = Optional.empty();
        private List<String> vetoingMembers = List.of();
        private boolean withoutVote;
        private Optional<MemberVotes> memberVotes = Optional.empty();
        private List<Sponsor> sponsors = List.of();
        private boolean noSponsor;
        private List<String> sources = List.of();
        private boolean confirmed;
        private String note = "";

        private Builder(String id, VoteKind kind, LocalDate date, OutcomeType outcome) {
            this.id = id;
            this.kind = kind;
            this.date = date;
            this.outcome = outcome;
        }

        /**
         * Sets the meeting record.
         *
         * @param value {@code S/PV.<n>}, or empty
         * @return this builder
         */
        public Builder meeting(String value) {
            meeting = value;
            return this;
        }

        /**
         * Sets the draft's symbol.
         *
         * @param value the symbol, or null for none
         * @return this builder
         */
        public Builder draft(String value) {
            draftSymbol = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the resolution's number.
         *
         * @param value the number, at least 1
         * @return this builder
         */
        public Builder resolution(int value) {
            resolution = OptionalInt.of(value);
            return this;
        }

        /**
         * Sets the agenda item.
         *
         * @param value the agenda item
         * @return this builder
         */
        public Builder agenda(String value) {
            agenda = value;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * Sets the tally, all five counts known; with a ballot it must equal the ballot's count.
         *
         * @param value the tally, or null for none
         * @return this builder
         */
        public Builder tally(Tally value) {
            tally = Optional.ofNullable(value).map(RecordedTally::of);
            return this;
        }

        /**
         * Sets the tally as the source gives it; with per-member votes it must agree with their count.
         *
         * @param value the tally, or null for none
         * @return this builder
         */
        public Builder tally(RecordedTally value) {
            tally = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the vetoing members.
         *
         * @param codes their codes
         * @return this builder
         */
        public Builder vetoedBy(String... codes) {
            return vetoedBy(List.of(codes));
        }

        /**
         * Sets the vetoing members.
         *
         * @param codes their codes
         * @return this builder
         */
        public Builder vetoedBy(List<String> codes) {
            vetoingMembers = codes;
            return this;
        }

        /**
         * Marks the vote as adopted without a vote.
         *
         * @param value true if adopted without a vote
         * @return this builder
         */
        public Builder withoutVote(boolean value) {
            withoutVote = value;
            return this;
        }

        /**
         * Sets each member's vote.
         *
         * @param value the ballot, or null for none
         * @return this builder
         */
        public Builder ballot(Ballot value) {
            memberVotes = Optional.ofNullable(value).map(MemberVotes::of);
            return this;
        }

        /**
         * Sets each member's vote as the sources give it, some perhaps unknown.
         *
         * @param value the votes, or null for none
         * @return this builder
         */
        public Builder memberVotes(MemberVotes value) {
            memberVotes = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the sponsors.
         *
         * @param value the sponsors
         * @return this builder
         */
        public Builder sponsors(List<Sponsor> value) {
            sponsors = value;
            return this;
        }

        /**
         * Marks the draft as one no member sponsored, as a source says (the President's text, or one prepared in the
         * Council's consultations).
         *
         * @param value true if a source says no member sponsored it
         * @return this builder
         */
        public Builder noSponsor(boolean value) {
            noSponsor = value;
            return this;
        }

        /**
         * Sets the sources' keys.
         *
         * @param keys the keys, at least one
         * @return this builder
         */
        public Builder sources(String... keys) {
            return sources(List.of(keys));
        }

        /**
         * Sets the sources' keys.
         *
         * @param keys the keys, at least one
         * @return this builder
         */
        public Builder sources(List<String> keys) {
            sources = keys;
            return this;
        }

        /**
         * Sets whether the vote is confirmed against a second source or a primary document.
         *
         * @param value true if confirmed
         * @return this builder
         */
        public Builder confirmed(boolean value) {
            confirmed = value;
            return this;
        }

        /**
         * Sets the note.
         *
         * @param value the note
         * @return this builder
         */
        public Builder note(String value) {
            note = value;
            return this;
        }

        /**
         * Builds the vote.
         *
         * @return the vote
         * @throws IllegalArgumentException if a value is malformed or the values contradict each other
         */
        public RecordedVote build() {
            return new RecordedVote(id, kind, date, meeting, draftSymbol, resolution, agenda, title, outcome, tally,
                    vetoingMembers, withoutVote, memberVotes, sponsors, noSponsor, sources, confirmed, note);
        }
    }
}
