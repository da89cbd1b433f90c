package io.github.unscsim.record;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.OutcomeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts over any selection of recorded votes ({@link VotingRecord#votes()} or {@link VotingRecord#select(Query)}). Decades are
 * named by their first year (1940 for 1946–1949). Thread-safe; every result is immutable.
 */
public final class Statistics {

    private Statistics() {
    }

    /**
     * The vetoes in a selection. Counting convention: a draft vetoed by two members is <em>one</em> vetoed draft and
     * <em>two</em> vetoes; the USSR ({@code SUN}) and the Russian Federation ({@code RUS}) are counted apart. Every
     * kind of vote classed vetoed counts (drafts, and the preliminary questions and amendments the record lists).
     *
     * @param vetoes each vetoing member's vetoes by decade, codes in alphabetical order
     * @param vetoedByDecade the number of vetoed votes by decade
     */
    public record VetoCounts(SortedMap<String, SortedMap<Integer, Integer>> vetoes,
            SortedMap<Integer, Integer> vetoedByDecade) {

        /**
         * Copies the counts.
         *
         * @param vetoes each member's vetoes by decade
         * @param vetoedByDecade vetoed votes by decade
         */
        public VetoCounts {
            vetoes = ImmutableSortedMap.copyOfSorted(vetoes);
            vetoedByDecade = ImmutableSortedMap.copyOfSorted(vetoedByDecade);
        }

        /**
         * Returns a member's vetoes in a decade.
         *
         * @param code the alpha-3 code, not null
         * @param decade the decade's first year
         * @return the count, 0 if none
         */
        public int vetoes(String code, int decade) {
            return vetoes.getOrDefault(code, ImmutableSortedMap.of()).getOrDefault(decade, 0);
        }

        /**
         * Returns a member's vetoes in all.
         *
         * @param code the alpha-3 code, not null
         * @return the count
         */
        public int vetoes(String code) {
            return vetoes.getOrDefault(code, ImmutableSortedMap.of()).values().stream().mapToInt(i -> i).sum();
        }

        /**
         * Returns the vetoes cast in all, by every member.
         *
         * @return the number of member-vetoes
         */
        public int totalVetoes() {
            return vetoes.keySet().stream().mapToInt(this::vetoes).sum();
        }

        /**
         * Returns the number of vetoed votes.
         *
         * @return the count
         */
        public int vetoedVotes() {
            return vetoedByDecade.values().stream().mapToInt(i -> i).sum();
        }
    }

    /**
     * How often two members voted alike. Of the votes in the selection with per-member votes on which both sat
     * ({@code considered}), {@code agreed} counts those on which both cast a vote (yes, no or abstain) and the same
     * one; the share is agreed ÷ considered. Absence or non-participation by either is a vote not agreed.
     *
     * @param first the first member's code
     * @param second the second member's code
     * @param considered votes with per-member data on which both sat
     * @param agreed votes on which both voted and voted the same
     */
    public record Agreement(String first, String second, int considered, int agreed) {

        /**
         * Returns the share of votes agreed.
         *
         * @return agreed ÷ considered, empty if no vote was considered
         */
        public OptionalDouble share() {
            return considered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) agreed / considered);
        }
    }

    /**
     * Vetoes by vetoing member against a sponsor in a decade: how often {@code vetoer} vetoed a draft that
     * {@code sponsor} sponsored (a group's members each count; a draft with three sponsors counts once for each).
     *
     * @param decade the decade's first year
     * @param vetoer the vetoing member's code
     * @param sponsor the sponsor's code
     * @param vetoes the count
     */
    public record SponsorVetoes(int decade, String vetoer, String sponsor, int vetoes) {
    }

    /**
     * Counts the vetoes per member per decade, and the vetoed votes per decade.
     *
     * @param votes the selection, not null
     * @return the counts
     */
    public static VetoCounts vetoes(Collection<RecordedVote> votes) {
        SortedMap<String, SortedMap<Integer, Integer>> byMember = new TreeMap<>();
        SortedMap<Integer, Integer> vetoed = new TreeMap<>();
        for (RecordedVote vote : votes) {
            if (vote.outcome() != OutcomeType.VETOED) {
                continue;
            }
            vetoed.merge(vote.decade(), 1, Integer::sum);
            for (String code : vote.vetoingMembers()) {
                byMember.computeIfAbsent(code, c -> new TreeMap<>()).merge(vote.decade(), 1, Integer::sum);
            }
        }
        SortedMap<String, SortedMap<Integer, Integer>> frozen = new TreeMap<>();
        byMember.forEach((code, counts) -> frozen.put(code, ImmutableSortedMap.copyOfSorted(counts)));
        return new VetoCounts(frozen, vetoed);
    }

    /**
     * Counts a member's votes of each kind per year, over the votes with per-member data on which it sat.
     *
     * @param votes the selection, not null
     * @param code the member's alpha-3 code, not null
     * @return for each year with such a vote, the count of each kind of vote (kinds never cast are absent)
     */
    public static SortedMap<Integer, Map<Vote, Integer>> votesByYear(Collection<RecordedVote> votes, String code) {
        Objects.requireNonNull(code, "code");
        SortedMap<Integer, Map<Vote, Integer>> result = new TreeMap<>();
        for (RecordedVote vote : votes) {
            vote.vote(code).ifPresent(cast -> result.computeIfAbsent(vote.date().getYear(),
                    year -> new EnumMap<>(Vote.class)).merge(cast, 1, Integer::sum));
        }
        SortedMap<Integer, Map<Vote, Integer>> frozen = new TreeMap<>();
        result.forEach((year, counts) -> frozen.put(year, java.util.Collections.unmodifiableMap(counts)));
        return ImmutableSortedMap.copyOfSorted(frozen);
    }

    /**
     * Measures how often two members voted alike (see {@link Agreement}); restrict the period with a {@link Query}.
     *
     * @param votes the selection, not null
     * @param first one member's code, not null
     * @param second the other's, not null
     * @return the agreement
     */
    public static Agreement agreement(Collection<RecordedVote> votes, String first, String second) {
        int considered = 0;
        int agreed = 0;
        for (RecordedVote vote : votes) {
            Optional<Vote> a = vote.vote(first);
            Optional<Vote> b = vote.vote(second);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            considered++;
            boolean voted = a.get() == Vote.YES || a.get() == Vote.NO || a.get() == Vote.ABSTAIN;
            if (voted && a.get() == b.get()) {
                agreed++;
            }
        }
        return new Agreement(first, second, considered, agreed);
    }

    /**
     * Counts the drafts each state sponsored, by outcome class (a group's members each count; drafts without a
     * named sponsor are left out).
     *
     * @param votes the selection, not null; only votes of kind {@link VoteKind#DRAFT} count
     * @return for each sponsor's code, the number of its drafts adopted, vetoed and failed
     */
    public static SortedMap<String, Map<OutcomeType, Integer>> draftsBySponsor(Collection<RecordedVote> votes) {
        SortedMap<String, Map<OutcomeType, Integer>> result = new TreeMap<>();
        for (RecordedVote vote : votes) {
            if (vote.kind() != VoteKind.DRAFT) {
                continue;
            }
            for (String code : vote.sponsorCodes()) {
                result.computeIfAbsent(code, c -> new EnumMap<>(OutcomeType.class))
                        .merge(vote.outcome(), 1, Integer::sum);
            }
        }
        SortedMap<String, Map<OutcomeType, Integer>> frozen = new TreeMap<>();
        result.forEach((code, counts) -> frozen.put(code, java.util.Collections.unmodifiableMap(counts)));
        return ImmutableSortedMap.copyOfSorted(frozen);
    }

    /**
     * Counts who vetoed whose drafts, per decade.
     *
     * @param votes the selection, not null
     * @return one row per decade, vetoing member and sponsor with at least one veto, in that order
     */
    public static List<SponsorVetoes> vetoesAgainstSponsors(Collection<RecordedVote> votes) {
        SortedMap<Integer, SortedMap<String, SortedMap<String, Integer>>> counts = new TreeMap<>();
        for (RecordedVote vote : votes) {
            for (String vetoer : vote.vetoingMembers()) {
                for (String sponsor : vote.sponsorCodes()) {
                    counts.computeIfAbsent(vote.decade(), d -> new TreeMap<>())
                            .computeIfAbsent(vetoer, v -> new TreeMap<>()).merge(sponsor, 1, Integer::sum);
                }
            }
        }
        List<SponsorVetoes> rows = new ArrayList<>();
        counts.forEach((decade, byVetoer) -> byVetoer.forEach((vetoer, bySponsor) -> bySponsor.forEach(
                (sponsor, count) -> rows.add(new SponsorVetoes(decade, vetoer, sponsor, count)))));
        return ImmutableList.copyOf(rows);
    }
}
