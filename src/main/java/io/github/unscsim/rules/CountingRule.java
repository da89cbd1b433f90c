package io.github.unscsim.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Tally;
import io.github.unscsim.model.Vote;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule compiled for one council and one question: for each member (by its index in the council's seat order) and
 * each of the five votes, whether the vote counts as affirmative, whether it counts as present and voting, and
 * whether it blocks adoption; the number of affirmative votes required for a count; and the class of outcome of a
 * count. Every computation of the library counts through this one form: {@link AdoptionRule#evaluate(Ballot)}, the
 * exact, enumerated and Monte Carlo odds, the search for pivots and flipping sets, and the council's voting games.
 * Build one with {@link AdoptionRule#compile(Council, Question)}.
 *
 * <p>How each vote counts, under every rule this library can configure:
 * <ul>
 *   <li>Only an affirmative vote counts towards the quota. Members present and voting are those casting an
 *       affirmative or a negative vote (the Charter's and the Rules of Procedure's term); an abstention, an absence
 *       and a non-participation are not. A quota that is a share of some members counts them by
 *       {@link Quota#counts(Vote)}: those present and voting, or those present (yes, no or abstaining); the number
 *       required is that share of the members it counts ({@link #countsInQuota(int, Vote)}).</li>
 *   <li>A rule may allow no abstention (a Model UN procedural vote, where delegates vote yes or no only): then an
 *       abstention is an error, with the rule's reason, wherever a vote meets the rule: {@link #evaluate(Ballot)},
 *       {@link #outcome(Vote[])}, and {@link #checkAllowed(int, Vote)}, which the odds engines call for every vote
 *       a member may cast with a positive probability. Absence and non-participation stay allowed.</li>
 *   <li>A veto holder blocks adoption by one of the rule's blocking votes: under the Charter as practised a negative
 *       vote only; with {@code abstention-is-veto} ({@link QuotaRule.Builder#abstentionIsVeto(boolean)}) an
 *       abstention as well. <b>Absence and non-participation never block unless the rule names them as blocking
 *       votes</b> ({@link QuotaRule.Builder#blockingVotes(Set)}): {@code abstention-is-veto} models the reading of
 *       "concurring votes" under which a member present who declines to concur blocks, as a negative vote does; it
 *       does not extend to a member that takes no part, since the record keeps absence and non-participation apart
 *       from abstention and the Council's practice (the USSR's absence of 1950, disputed at the time) never treated
 *       them as a veto. A rule that wants the fully literal reading lists them.</li>
 *   <li>Under Art. 27(3)'s proviso ({@link #withPartiesAbstaining()}), a party to the dispute that must abstain
 *       ({@link Question#requiresAbstention(String)}) has its affirmative or negative vote counted as an abstention,
 *       and none of its votes blocks: the proviso exists so that a party's abstention cannot count against it, so
 *       even under {@code abstention-is-veto} its obligatory abstention is no veto.</li>
 * </ul>
 *
 * <p>A count is FAILED when it has fewer affirmative votes than required, whatever the veto holders did; VETOED when
 * it has them but a veto holder blocks; ADOPTED otherwise.
 *
 * <p>Checked once, here, for every engine and caller: a fixed quota larger than the council, and a named veto holder
 * that is not a member of the council, are rejected; an abstention under a rule that allows none is an error. Immutable and thread-safe.
 */
public final class CountingRule {

    private static final Vote[] VOTES = Vote.values();

    private final String name;
    private final Council council;
    private final Question question;
    private final Quota quota;
    private final VetoHolders vetoHolders;
    private final Set<Vote> blockingVotes;
    private final boolean partiesAbstain;
    /** Why an abstention is not allowed, or null if it is. */
    private final String noAbstention;
    private final boolean fixedQuota;
    private final int fixedRequired;
    /** Per member and vote ordinal: counts as affirmative, counts in the quota's base, blocks. */
    private final boolean[][] affirmative;
    private final boolean[][] inQuota;
    private final boolean[][] blocks;
    /** Per member: a party whose affirmative or negative vote is counted as an abstention. */
    private final boolean[] party;

    private CountingRule(String name, Council council, Question question, Quota quota, VetoHolders vetoHolders,
            Set<Vote> blockingVotes, String noAbstention, boolean partiesAbstain) {
        this.name = Objects.requireNonNull(name, "name");
        this.council = Objects.requireNonNull(council, "council");
        this.question = Objects.requireNonNull(question, "question");
        this.quota = Objects.requireNonNull(quota, "quota");
        this.vetoHolders = Objects.requireNonNull(vetoHolders, "vetoHolders");
        this.blockingVotes = Sets.immutableEnumSet(checkBlocking(blockingVotes));
        this.partiesAbstain = partiesAbstain;
        if (noAbstention != null && noAbstention.isBlank()) {
            throw new IllegalArgumentException("the reason why rule '" + name + "' allows no abstention is blank");
        }
        this.noAbstention = noAbstention;
        int size = council.size();
        fixedQuota = quota.isFixedForCouncil();
        fixedRequired = fixedQuota ? quota.required(size, 0) : 0;
        if (fixedQuota && fixedRequired > size) {
            throw new IllegalArgumentException("rule '" + name + "' requires " + fixedRequired
                    + " affirmative votes but " + council.name() + " has " + size + " members");
        }
        vetoHolders.checkMembers(council);
        List<MemberState> members = council.members();
        affirmative = new boolean[size][VOTES.length];
        inQuota = new boolean[size][VOTES.length];
        blocks = new boolean[size][VOTES.length];
        party = new boolean[size];
        for (int i = 0; i < size; i++) {
            MemberState member = members.get(i);
            party[i] = partiesAbstain && question.requiresAbstention(member.code());
            boolean holder = !party[i] && vetoHolders.holdsVeto(council, member);
            for (Vote vote : VOTES) {
                Vote counted = counted(i, vote);
                affirmative[i][vote.ordinal()] = counted == Vote.YES;
                inQuota[i][vote.ordinal()] = quota.counts(counted);
                blocks[i][vote.ordinal()] = holder && this.blockingVotes.contains(counted);
            }
        }
    }

    /**
     * Compiles a rule of a quota and veto holders for a council and a question.
     *
     * @param name the rule's name, as outcomes carry it, not null
     * @param council the council, not null
     * @param question the question, not null
     * @param quota the quota of affirmative votes, not null
     * @param vetoHolders who holds a veto, not null
     * @param blockingVotes the votes by which a veto holder blocks adoption, not empty, not including yes
     * @return the compiled rule, without Art. 27(3)'s proviso ({@link #withPartiesAbstaining()} adds it)
     * @throws IllegalArgumentException if a fixed quota exceeds the council's size, a named veto holder is not a
     *     member of the council, or the blocking votes are empty or include yes
     */
    public static CountingRule of(String name, Council council, Question question, Quota quota,
            VetoHolders vetoHolders, Set<Vote> blockingVotes) {
        return new CountingRule(name, council, question, quota, vetoHolders, blockingVotes, null, false);
    }

    /**
     * Compiles a rule of a quota and veto holders for a council and a question, under which an abstention is, or is
     * not, allowed.
     *
     * @param name the rule's name, as outcomes carry it, not null
     * @param council the council, not null
     * @param question the question, not null
     * @param quota the quota of affirmative votes, not null
     * @param vetoHolders who holds a veto, not null
     * @param blockingVotes the votes by which a veto holder blocks adoption, not empty, not including yes
     * @param noAbstention why an abstention is not allowed (e.g. "procedural votes take yes or no only"), or empty
     *     if it is allowed, not null
     * @return the compiled rule, without Art. 27(3)'s proviso
     * @throws IllegalArgumentException as {@link #of(String, Council, Question, Quota, VetoHolders, Set)}, or if
     *     the reason is blank
     */
    public static CountingRule of(String name, Council council, Question question, Quota quota,
            VetoHolders vetoHolders, Set<Vote> blockingVotes, Optional<String> noAbstention) {
        return new CountingRule(name, council, question, quota, vetoHolders, blockingVotes,
                Objects.requireNonNull(noAbstention, "noAbstention").orElse(null), false);
    }

    static Set<Vote> checkBlocking(Set<Vote> votes) {
        Objects.requireNonNull(votes, "blockingVotes");
        if (votes.isEmpty() || votes.contains(Vote.YES)) {
            throw new IllegalArgumentException("blocking votes must be non-empty and must not include yes: " + votes);
        }
        return EnumSet.copyOf(votes);
    }

    /**
     * Returns this rule with Art. 27(3)'s proviso applied: every member that must abstain on the question has its
     * affirmative or negative vote counted as an abstention, and none of its votes blocks.
     *
     * @return the compiled rule with the proviso, named "..., parties to the dispute abstaining (Art. 27(3))"
     */
    public CountingRule withPartiesAbstaining() {
        return partiesAbstain ? this : new CountingRule(name + ", parties to the dispute abstaining (Art. 27(3))",
                council, question, quota, vetoHolders, blockingVotes, noAbstention, true);
    }

    /**
     * Returns the rule's name, as the outcomes carry it.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the quota of affirmative votes.
     *
     * @return the quota
     */
    public Quota quota() {
        return quota;
    }

    /**
     * Tells whether a vote may be cast under this rule.
     *
     * @param vote the vote, not null
     * @return false for an abstention under a rule that allows none, true otherwise
     */
    public boolean allows(Vote vote) {
        return noAbstention == null || vote != Vote.ABSTAIN;
    }

    /**
     * Returns why an abstention is not allowed under this rule.
     *
     * @return the reason, or empty if an abstention is allowed
     */
    public Optional<String> abstentionNotAllowed() {
        return Optional.ofNullable(noAbstention);
    }

    /**
     * Checks that a member may cast a vote under this rule: the one check of a rule that allows no abstention, made
     * by {@link #evaluate(Ballot)} and {@link #outcome(Vote[])} for the votes of a ballot, and by the odds engines
     * for every vote a member may cast with a positive probability.
     *
     * @param member the member's index in the council's seat order
     * @param vote the vote as cast, not null
     * @throws IllegalArgumentException naming the member, the rule and its reason, for an abstention under a rule
     *     that allows none
     */
    public void checkAllowed(int member, Vote vote) {
        if (!allows(vote)) {
            throw new IllegalArgumentException(council.members().get(member).code()
                    + ": abstention is not allowed under rule '" + name + "': " + noAbstention);
        }
    }

    /** Tells whether this is the compiled form for a council (the same instance) and a question. */
    boolean isFor(Council other, Question otherQuestion) {
        return council == other && question.equals(otherQuestion);
    }

    /**
     * Tells whether Art. 27(3)'s proviso is applied.
     *
     * @return true if a party's affirmative or negative vote is counted as an abstention
     */
    public boolean partiesAbstain() {
        return partiesAbstain;
    }

    /**
     * Returns the number of members.
     *
     * @return the council's size
     */
    public int size() {
        return party.length;
    }

    /**
     * Returns how a member's vote is counted: an abstention for a party's affirmative or negative vote under
     * Art. 27(3)'s proviso, the vote itself otherwise.
     *
     * @param member the member's index in the council's seat order
     * @param vote the vote as cast, not null
     * @return the vote as counted
     */
    public Vote counted(int member, Vote vote) {
        return party[member] && vote.isPresentAndVoting() ? Vote.ABSTAIN : vote;
    }

    /**
     * Tells whether a member's vote counts towards the quota.
     *
     * @param member the member's index in the council's seat order
     * @param vote the vote as cast, not null
     * @return true if it counts as an affirmative vote
     */
    public boolean isAffirmative(int member, Vote vote) {
        return affirmative[member][vote.ordinal()];
    }

    /**
     * Tells whether a member's vote counts as present and voting (an affirmative or negative vote, as counted).
     *
     * @param member the member's index in the council's seat order
     * @param vote the vote as cast, not null
     * @return true if present and voting
     */
    public boolean isPresentAndVoting(int member, Vote vote) {
        return counted(member, vote).isPresentAndVoting();
    }

    /**
     * Tells whether a member's vote, as counted, is among those the quota is a share of ({@link Quota#counts}): the
     * count that {@link #required(int)} and {@link #outcome(int, int, boolean)} take.
     *
     * @param member the member's index in the council's seat order
     * @param vote the vote as cast, not null
     * @return false under a quota fixed for the council; else true for a member present and voting, or present
     */
    public boolean countsInQuota(int member, Vote vote) {
        return inQuota[member][vote.ordinal()];
    }

    /**
     * Tells whether a member's vote blocks adoption.
     *
     * @param member the member's index in the council's seat order
     * @param vote the vote as cast, not null
     * @return true if the member holds a veto and the vote, as counted, is a blocking vote
     */
    public boolean blocks(int member, Vote vote) {
        return blocks[member][vote.ordinal()];
    }

    /**
     * Tells whether the number of affirmative votes required depends only on the council, not on how many members
     * are present and voting, or present.
     *
     * @return true for a fixed number or a share of all members
     */
    public boolean isQuotaFixed() {
        return fixedQuota;
    }

    /**
     * Returns the number of affirmative votes required.
     *
     * @param base the number of members the quota counts ({@link #countsInQuota}), ignored for a fixed quota
     * @return the number required, at most the council's size for a fixed quota
     */
    public int required(int base) {
        return fixedQuota ? fixedRequired : quota.required(party.length, base);
    }

    /**
     * Returns the class of outcome of a count.
     *
     * @param affirmativeVotes the affirmative votes, as counted
     * @param base the members the quota counts ({@link #countsInQuota}), as counted
     * @param blocked true if some veto holder cast a blocking vote
     * @return FAILED without the required votes, else VETOED if blocked, else ADOPTED
     */
    public OutcomeType outcome(int affirmativeVotes, int base, boolean blocked) {
        if (affirmativeVotes < required(base)) {
            return OutcomeType.FAILED;
        }
        return blocked ? OutcomeType.VETOED : OutcomeType.ADOPTED;
    }

    /**
     * Returns the class of outcome when the members vote so.
     *
     * @param votes one vote per member, in the council's seat order, not null
     * @return the class of outcome
     * @throws IllegalArgumentException if there is not one vote per member, or a vote is not allowed
     *     ({@link #checkAllowed})
     */
    public OutcomeType outcome(Vote[] votes) {
        if (votes.length != party.length) {
            throw new IllegalArgumentException(votes.length + " votes for the " + party.length + " members of "
                    + council.name());
        }
        int yes = 0;
        int present = 0;
        boolean blocked = false;
        for (int i = 0; i < votes.length; i++) {
            checkAllowed(i, votes[i]);
            int v = votes[i].ordinal();
            yes += affirmative[i][v] ? 1 : 0;
            present += inQuota[i][v] ? 1 : 0;
            blocked |= blocks[i][v];
        }
        return outcome(yes, present, blocked);
    }

    /**
     * Evaluates a ballot: the outcome with the tally as counted, the number required, the vetoing members in seat
     * order, and an explanation that says whose vote was counted as an abstention under Art. 27(3).
     *
     * @param ballot a ballot of this council on this question, not null
     * @return the outcome, which keeps the ballot as cast
     * @throws IllegalArgumentException if the ballot is of another council or question, or has a vote the rule does
     *     not allow ({@link #checkAllowed})
     */
    public Outcome evaluate(Ballot ballot) {
        Objects.requireNonNull(ballot, "ballot");
        if (ballot.council() != council && !ballot.council().equals(council)
                || ballot.question() != question && !ballot.question().equals(question)) {
            throw new IllegalArgumentException("the rule '" + name + "' is compiled for " + council.name()
                    + " and another question; the ballot is of " + ballot.council().name());
        }
        int[] counts = new int[VOTES.length];
        int yes = 0;
        int present = 0;
        ImmutableList.Builder<MemberState> vetoing = ImmutableList.builder();
        ImmutableList.Builder<MemberState> recast = ImmutableList.builder();
        Set<Vote> cast = EnumSet.noneOf(Vote.class);
        boolean allPermanent = true;
        int i = 0;
        for (var entry : ballot.votes().entrySet()) {
            Vote vote = entry.getValue();
            checkAllowed(i, vote);
            Vote counted = counted(i, vote);
            counts[counted.ordinal()]++;
            yes += affirmative[i][vote.ordinal()] ? 1 : 0;
            present += inQuota[i][vote.ordinal()] ? 1 : 0;
            if (counted != vote) {
                recast.add(entry.getKey());
            }
            if (blocks[i][vote.ordinal()]) {
                vetoing.add(entry.getKey());
                cast.add(counted);
                allPermanent &= council.isPermanent(entry.getKey().code());
            }
            i++;
        }
        Tally tally = new Tally(counts[Vote.YES.ordinal()], counts[Vote.NO.ordinal()],
                counts[Vote.ABSTAIN.ordinal()], counts[Vote.ABSENT.ordinal()],
                counts[Vote.NOT_PARTICIPATING.ordinal()]);
        int required = required(present);
        List<MemberState> vetoers = vetoing.build();
        OutcomeType type = outcome(yes, present, !vetoers.isEmpty());
        String explanation;
        switch (type) {
            case FAILED:
                explanation = Explanations.failed(tally, required);
                vetoers = List.of();
                break;
            case VETOED:
                explanation = Explanations.vetoed(tally, vetoers, cast, allPermanent);
                break;
            default:
                explanation = Explanations.adopted(tally);
        }
        return new Outcome(ballot, name, type, tally, required, vetoers,
                Explanations.withRecast(explanation, recast.build()));
    }

    /** Equal when the names, councils, questions, quotas, veto holders, blocking votes and provisos are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CountingRule that && name.equals(that.name) && council.equals(that.council)
                && question.equals(that.question) && quota.equals(that.quota)
                && vetoHolders.equals(that.vetoHolders) && blockingVotes.equals(that.blockingVotes)
                && Objects.equals(noAbstention, that.noAbstention) && partiesAbstain == that.partiesAbstain;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, council, question, quota, vetoHolders, blockingVotes, noAbstention, partiesAbstain);
    }

    /** Returns the name and the settings, e.g. {@code Charter ... [9 affirmative votes; veto: ..., by [no]]}. */
    @Override
    public String toString() {
        return name + " [" + quota + "; veto: " + vetoHolders + ", by " + blockingVotes
                + (noAbstention != null ? "; no abstention: " + noAbstention : "")
                + (partiesAbstain ? "; parties abstaining: " + question.partiesToDispute().stream()
                        .collect(Collectors.joining(", ")) : "") + "] on " + council.name();
    }
}
