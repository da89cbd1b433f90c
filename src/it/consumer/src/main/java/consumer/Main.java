package consumer;

import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.Question;
import io.github.unscsim.rules.AdoptionRules;
import java.time.LocalDate;

/** Compiles against the library alone: the quick start's first lines. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Council council = Councils.onDate(LocalDate.of(2016, 10, 8));
        Ballot ballot = Ballot.builder(council, Question.substantive())
                .yes("EGY", "FRA", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "GBR", "USA", "URY")
                .no("RUS", "VEN").abstain("AGO", "CHN")
                .build();
        System.out.println(AdoptionRules.evaluate(ballot).explanation());
    }
}
