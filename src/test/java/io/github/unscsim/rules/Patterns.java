package io.github.unscsim.rules;

import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import java.util.List;

/** Ballots written as one letter a member, in seat order: Y yes, N no, A abstain, X absent, P not participating. */
final class Patterns {

    private Patterns() {
    }

    static Ballot ballot(Council council, Question question, String pattern) {
        String letters = pattern.replace(" ", "");
        List<MemberState> members = council.members();
        if (letters.length() != members.size()) {
            throw new IllegalArgumentException("pattern " + pattern + " has " + letters.length() + " votes for "
                    + members.size() + " members");
        }
        Ballot.Builder builder = Ballot.builder(council, question);
        for (int i = 0; i < letters.length(); i++) {
            builder.vote(members.get(i).code(), vote(letters.charAt(i)));
        }
        return builder.build();
    }

    static Vote vote(char letter) {
        switch (letter) {
            case 'Y':
                return Vote.YES;
            case 'N':
                return Vote.NO;
            case 'A':
                return Vote.ABSTAIN;
            case 'X':
                return Vote.ABSENT;
            case 'P':
                return Vote.NOT_PARTICIPATING;
            default:
                throw new IllegalArgumentException("no vote for letter " + letter);
        }
    }
}
