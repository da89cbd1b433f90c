package io.github.unscsim.cli;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options that describe one ballot, shared by every command that evaluates one: the council, each member's vote
 * and the kind of question.
 */
final class BallotOptions {

    @Option(names = "--council", required = true, paramLabel = "YEAR|DATE",
            description = "the council: a year (1 January) or an ISO date, 1946 to 2026")
    String council;

    @Option(names = "--yes", split = ",", paramLabel = "CODES", description = "members voting in favour")
    List<String> yes = new ArrayList<>();

    @Option(names = "--no", split = ",", paramLabel = "CODES", description = "members voting against")
    List<String> no = new ArrayList<>();

    @Option(names = "--abstain", split = ",", paramLabel = "CODES", description = "members abstaining")
    List<String> abstain = new ArrayList<>();

    @Option(names = "--absent", split = ",", paramLabel = "CODES", description = "members absent")
    List<String> absent = new ArrayList<>();

    @Option(names = "--not-participating", split = ",", paramLabel = "CODES",
            description = "members present but not participating")
    List<String> notParticipating = new ArrayList<>();

    @Option(names = "--procedural", description = "a procedural question (Art. 27(2)): no veto")
    boolean procedural;

    /**
     * Builds the ballot these options describe.
     *
     * @return the ballot
     * @throws IllegalArgumentException if a code is not a member, a member is named twice or not at all
     */
    Ballot ballot() {
        Council on = Councils.parse(council);
        Ballot.Builder builder = Ballot.builder(on, procedural ? Question.procedural() : Question.substantive());
        add(builder, Vote.YES, yes);
        add(builder, Vote.NO, no);
        add(builder, Vote.ABSTAIN, abstain);
        add(builder, Vote.ABSENT, absent);
        add(builder, Vote.NOT_PARTICIPATING, notParticipating);
        return builder.build();
    }

    private static void add(Ballot.Builder builder, Vote vote, List<String> codes) {
        for (String code : codes) {
            String trimmed = code.strip().toUpperCase(Locale.ROOT);
            if (!trimmed.isEmpty()) {
                builder.vote(MemberState.checkCode(trimmed), vote);
            }
        }
    }
}
