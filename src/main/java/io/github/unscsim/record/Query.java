package io.github.unscsim.record;

import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.OutcomeType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A selection of recorded votes: every filter set must hold. Immutable and thread-safe.
 *
 * <pre>{@code
 * Query syriaVetoes = Query.all().outcome(OutcomeType.VETOED).text("syria").from(LocalDate.of(2011, 1, 1));
 * List<RecordedVote> votes = VotingRecord.bundled().select(syriaVetoes);
 * }</pre>
 *
 * @param from the first date, inclusive, or empty
 * @param to the last date, inclusive, or empty
 * @param outcome the outcome class, or empty
 * @param kind the kind of vote, or empty
 * @param vetoedBy a vetoing member's code, or empty
 * @param text text in the agenda item or the title, ignoring case, or empty
 * @param member a member's code whose vote is asked for, or empty
 * @param memberVote that member's vote, present exactly when {@code member} is
 * @param sponsor a sponsor's code (a group's members count), or empty
 */
public record Query(Optional<LocalDate> from, Optional<LocalDate> to, Optional<OutcomeType> outcome,
        Optional<VoteKind> kind, Optional<String> vetoedBy, Optional<String> text, Optional<String> member,
        Optional<Vote> memberVote, Optional<String> sponsor) implements Predicate<RecordedVote> {

    private static final Query ALL = new Query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Validates the filters.
     *
     * @param from the first date
     * @param to the last date
     * @param outcome the outcome class
     * @param kind the kind
     * @param vetoedBy a vetoing member
     * @param text text in the agenda or title
     * @param member a member
     * @param memberVote the member's vote
     * @param sponsor a sponsor
     */
    public Query {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(kind, "kind");
        vetoedBy.ifPresent(MemberState::checkCode);
        text = text.map(value -> value.strip().toLowerCase(Locale.ROOT));
        member.ifPresent(MemberState::checkCode);
        if (member.isPresent() != memberVote.isPresent()) {
            throw new IllegalArgumentException("a member's vote is asked for with both the member and the vote");
        }
        sponsor.ifPresent(MemberState::checkCode);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the period ends (" + to.get() + ") before it begins ("
                    + from.get() + ")");
        }
    }

    /**
     * Returns the query that selects every vote.
     *
     * @return the query
     */
    public static Query all() {
        return ALL;
    }

    /**
     * Selects votes on or after a date.
     *
     * @param date the first date, not null
     * @return the query
     */
    public Query from(LocalDate date) {
        return new Query(Optional.of(date), to, outcome, kind, vetoedBy, text, member, memberVote, sponsor);
    }

    /**
     * Selects votes on or before a date.
     *
     * @param date the last date, not null
     * @return the query
     */
    public Query to(LocalDate date) {
        return new Query(from, Optional.of(date), outcome, kind, vetoedBy, text, member, memberVote, sponsor);
    }

    /**
     * Selects votes of one outcome class.
     *
     * @param type the class, not null
     * @return the query
     */
    public Query outcome(OutcomeType type) {
        return new Query(from, to, Optional.of(type), kind, vetoedBy, text, member, memberVote, sponsor);
    }

    /**
     * Selects votes of one kind.
     *
     * @param value the kind, not null
     * @return the query
     */
    public Query kind(VoteKind value) {
        return new Query(from, to, outcome, Optional.of(value), vetoedBy, text, member, memberVote, sponsor);
    }

    /**
     * Selects votes vetoed by a member.
     *
     * @param code the alpha-3 code, not null
     * @return the query
     */
    public Query vetoedBy(String code) {
        return new Query(from, to, outcome, kind, Optional.of(code), text, member, memberVote, sponsor);
    }

    /**
     * Selects votes whose agenda item or title contains a text, ignoring case.
     *
     * @param value the text, not null
     * @return the query
     */
    public Query text(String value) {
        return new Query(from, to, outcome, kind, vetoedBy, Optional.of(value), member, memberVote, sponsor);
    }

    /**
     * Selects votes on which a member is recorded as voting a given way (votes without per-member data never match).
     *
     * @param code the alpha-3 code, not null
     * @param vote the vote, not null
     * @return the query
     */
    public Query member(String code, Vote vote) {
        return new Query(from, to, outcome, kind, vetoedBy, text, Optional.of(code), Optional.of(vote), sponsor);
    }

    /**
     * Selects drafts a state sponsored, alone, with others or as a member of a named group.
     *
     * @param code the alpha-3 code, not null
     * @return the query
     */
    public Query sponsor(String code) {
        return new Query(from, to, outcome, kind, vetoedBy, text, member, memberVote, Optional.of(code));
    }

    /**
     * Tells whether a vote is selected.
     *
     * @param vote the vote, not null
     * @return true if every filter holds
     */
    @Override
    public boolean test(RecordedVote vote) {
        return from.map(date -> !vote.date().isBefore(date)).orElse(true)
                && to.map(date -> !vote.date().isAfter(date)).orElse(true)
                && outcome.map(type -> vote.outcome() == type).orElse(true)
                && kind.map(value -> vote.kind() == value).orElse(true)
                && vetoedBy.map(code -> vote.vetoingMembers().contains(code)).orElse(true)
                && text.map(value -> vote.agenda().toLowerCase(Locale.ROOT).contains(value)
                        || vote.title().toLowerCase(Locale.ROOT).contains(value)).orElse(true)
                && member.map(code -> vote.vote(code).equals(memberVote)).orElse(true)
                && sponsor.map(code -> vote.sponsorCodes().contains(code)).orElse(true);
    }
}
