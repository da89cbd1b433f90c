package io.github.unscsim.cli;

import io.github.unscsim.record.RecordedVote;
import io.github.unscsim.record.VotingRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A vote looked up by a symbol typed on the command line, with the nearest symbols when there is none. */
final class RecordLookup {

    private static final Pattern DRAFT = Pattern.compile("S/(\\d{4})/(\\d+)");
    private static final Pattern RESOLUTION = Pattern.compile("(?:S/RES/)?\\s*([1-9]\\d*)\\s*\\((\\d{4})\\)");

    private RecordLookup() {
    }

    /**
     * Returns the vote a symbol names, in any case ({@link VotingRecord#find}).
     *
     * @param record the record
     * @param symbol what the user typed
     * @return the vote
     * @throws IllegalArgumentException if the record has none, with the nearest symbols it has where there are any
     */
    static RecordedVote get(VotingRecord record, String symbol) {
        String typed = symbol.strip();
        Optional<RecordedVote> vote = record.find(typed).or(() -> record.find(typed.toUpperCase(Locale.ROOT)));
        if (vote.isPresent()) {
            return vote.get();
        }
        String upper = typed.toUpperCase(Locale.ROOT);
        List<String> near = List.of();
        Matcher resolution = RESOLUTION.matcher(upper);
        Matcher draft = DRAFT.matcher(upper);
        if (resolution.matches()) {
            near = record.find(resolution.group(1)).flatMap(RecordedVote::resolutionSymbol).stream().toList();
        } else if (draft.matches()) {
            String year = "S/" + draft.group(1) + "/";
            long number = Long.parseLong(draft.group(2));
            near = record.votes().stream().map(RecordedVote::draftSymbol).flatMap(Optional::stream)
                    .filter(s -> DRAFT.matcher(s).matches() && s.startsWith(year))
                    .sorted(Comparator.comparingLong(s -> Math.abs(Long.parseLong(s.substring(year.length())) - number)))
                    .limit(3).sorted(Comparator.comparingLong(s -> Long.parseLong(s.substring(year.length()))))
                    .toList();
        }
        throw new IllegalArgumentException("no vote in the record has the symbol '" + typed + "'"
                + (near.isEmpty() ? " (expected a draft symbol such as S/2016/846, a resolution such as S/RES/2334 "
                        + "or 2334 (2016), or an id as the votes command lists them)"
                        : "; nearest: " + String.join(", ", near)));
    }
}
