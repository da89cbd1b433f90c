package io.github.unscsim.rules;

import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Tally;
import io.github.unscsim.model.Vote;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The sentences of {@link Outcome#explanation()}, worded as the Council's President announces a result. */
final class Explanations {

    private Explanations() {
    }

    static String adopted(Tally tally) {
        return "Adopted: " + counts(tally) + ".";
    }

    static String failed(Tally tally, int required) {
        return "Not adopted, having failed to obtain the required number of votes (" + required + "): "
                + counts(tally) + ".";
    }

    static String vetoed(Tally tally, List<MemberState> vetoers, Set<Vote> cast, boolean allPermanent) {
        boolean several = vetoers.size() > 1;
        String vote = cast.stream().map(Explanations::noun).collect(Collectors.joining(" or "));
        String holder = allPermanent ? "permanent member" : "veto holder";
        String names = vetoers.stream().map(MemberState::name).collect(Collectors.joining(", "));
        return "Not adopted, owing to the " + vote + (several ? "s of " + holder + "s" : " of a " + holder)
                + " (" + names + "): " + counts(tally) + ".";
    }

    /**
     * Adds to an explanation whose votes were counted as abstentions under Art. 27(3), if any: "... (the vote of
     * Ukraine, a party to the dispute, counted as an abstention under Art. 27(3))."
     */
    static String withRecast(String explanation, List<MemberState> recast) {
        if (recast.isEmpty()) {
            return explanation;
        }
        String names = recast.stream().map(MemberState::name).collect(Collectors.joining(", "));
        return explanation.substring(0, explanation.length() - 1) + " (the vote of " + names
                + (recast.size() == 1 ? ", a party" : ", parties") + " to the dispute, counted as "
                + (recast.size() == 1 ? "an abstention" : "abstentions") + " under Art. 27(3)).";
    }

    private static String noun(Vote vote) {
        switch (vote) {
            case NO:
                return "negative vote";
            case ABSTAIN:
                return "abstention";
            case ABSENT:
                return "absence";
            default:
                return "non-participation";
        }
    }

    /** "11 in favour, 2 against, 2 abstentions", with absences and non-participation added when any. */
    static String counts(Tally tally) {
        StringBuilder text = new StringBuilder()
                .append(tally.yes()).append(" in favour, ")
                .append(tally.no() == 0 ? "none" : String.valueOf(tally.no())).append(" against, ")
                .append(plural(tally.abstain(), "abstention"));
        if (tally.absent() > 0) {
            text.append(", ").append(tally.absent()).append(" absent");
        }
        if (tally.notParticipating() > 0) {
            text.append(", ").append(tally.notParticipating()).append(" not participating");
        }
        return text.toString();
    }

    private static String plural(int count, String noun) {
        return count == 0 ? "no " + noun + "s" : count + " " + noun + (count == 1 ? "" : "s");
    }
}
