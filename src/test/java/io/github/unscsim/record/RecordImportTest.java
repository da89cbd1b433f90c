package io.github.unscsim.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.model.Tally;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.OutcomeType;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, checking, writing and merging files of votes: the record's own form and the Library's voting data. */
class RecordImportTest {

    private static Reader resource(String name) {
        return new InputStreamReader(RecordImportTest.class.getResourceAsStream(name), StandardCharsets.UTF_8);
    }

    private static List<String> problems(ImportReport report) {
        return report.problems().stream().map(ImportReport.Problem::toString).toList();
    }

    @Test
    void read_badFile_reportsEveryBadRowByLineAndReason_andNoRecord() {
        ImportReport report = RecordFormat.UNSC.read("bad-votes.csv", resource("bad-votes.csv"));

        assertThat(report.isValid()).isFalse();
        assertThat(report.record()).isEmpty();
        assertThat(report.rows()).isEqualTo(9);
        List<String> problems = problems(report);
        assertThat(problems).hasSize(8);
        assertThat(problems.get(0)).isEqualTo("bad-votes.csv:4: column yes_members: unknown member code 'XYZ' "
                + "(no state with that code has sat on the Council)");
        assertThat(problems.get(1)).startsWith("bad-votes.csv:5: DEU is not a member of the council on 2016-10-08");
        assertThat(problems.get(2)).isEqualTo("bad-votes.csv:6: the tally 12-2-0-0-0 (yes-no-abstain-absent-not "
                + "participating) contradicts the per-member votes, which count 13-2-0-0-0 (yes-no-abstain-absent-not "
                + "participating)");
        assertThat(problems.get(3)).startsWith("bad-votes.csv:7: the outcome contradicts the rule in force: "
                + "recorded adopted, replayed failed under ");
        assertThat(problems.get(4)).startsWith("bad-votes.csv:8: USA is named twice on the ballot of the council on "
                + "2016-12-23");
        assertThat(problems.get(5)).isEqualTo("bad-votes.csv:9: column date: expected a date (YYYY-MM-DD), found "
                + "'2016-02-30'");
        assertThat(problems.get(6)).isEqualTo("bad-votes.csv:10: id S/2016/846 is already on line 3");
        assertThat(problems.get(7)).isEqualTo("bad-votes.csv:11: vetoing member AGO is not a permanent member of "
                + "the council on 2016-10-08");
        assertThatThrownBy(report::orThrow).isInstanceOf(RecordFormatException.class)
                .hasMessageContaining("8 bad row(s) in bad-votes.csv").hasMessageContaining("bad-votes.csv:9:");
    }

    @Test
    void recordFormat_parse_readsTheLabels_andNamesWhatIsExpected() {
        assertThat(RecordFormat.parse("UNDL")).isEqualTo(RecordFormat.UNDL);
        assertThat(RecordFormat.parse("unsc")).isEqualTo(RecordFormat.UNSC);
        assertThatThrownBy(() -> RecordFormat.parse("json")).hasMessage("'json' is not a record format (expected "
                + "unsc or undl)");
    }

    @Test
    void read_missingColumn_isAFaultOfTheWholeFile() {
        ImportReport report = RecordFormat.UNSC.read("short.csv", new StringReader("id,kind,date\nX,draft,2016-01-01\n"));

        assertThat(problems(report)).singleElement().asString().startsWith("short.csv: missing column 'meeting'");
    }

    @Test
    void write_thenRead_givesAnEqualRecord(@TempDir Path folder) throws Exception {
        VotingRecord bundled = VotingRecord.bundled();
        Path file = folder.resolve("votes.csv");

        bundled.write(file);
        VotingRecord again = VotingRecord.read(file);

        assertThat(again).isEqualTo(bundled);
        assertThat(again.votes()).containsExactlyElementsOf(bundled.votes());
        StringWriter twice = new StringWriter();
        again.write(twice);
        assertThat(twice.toString()).isEqualTo(Files.readString(file));
    }

    /** The vote on resolution 2334 (2016) in the Library's layout: 14-0-1, the US abstaining. */
    @Test
    void readUndl_sample_givesTheVoteWithEveryMembersPosition() {
        ImportReport report = RecordFormat.UNDL.read("undl-sample.csv", resource("undl-sample.csv"));

        assertThat(report.problems()).isEmpty();
        VotingRecord imported = report.orThrow();
        RecordedVote vote = imported.get("2334 (2016)");
        assertThat(vote.id()).isEqualTo("S/RES/2334");
        assertThat(vote.outcome()).isEqualTo(OutcomeType.ADOPTED);
        assertThat(vote.meeting()).isEqualTo("S/PV.7853");
        assertThat(vote.tally()).contains(RecordedTally.of(new Tally(14, 0, 1, 0, 0)));
        assertThat(vote.vote("USA")).contains(Vote.ABSTAIN);
        assertThat(vote.sources()).containsExactly(UndlVotingData.SOURCE);
        assertThat(vote.confirmed()).isFalse();
        assertThat(Replay.inForce(vote).matches()).isTrue();
    }

    @Test
    void readUndl_badFile_reportsEveryBadRowByLineAndReason() {
        ImportReport report = RecordFormat.UNDL.read("undl-bad.csv", resource("undl-bad.csv"));

        List<String> problems = problems(report);
        assertThat(problems).hasSize(6);
        assertThat(problems.get(0)).isEqualTo("undl-bad.csv:4: column ms_vote: expected Y, N, A or X, found 'Q'");
        assertThat(problems.get(1)).isEqualTo("undl-bad.csv:5: DEU is not a member of the council on 2016-12-23");
        assertThat(problems.get(2)).startsWith("undl-bad.csv:7: FRA is named twice on the ballot");
        assertThat(problems.get(3)).isEqualTo("undl-bad.csv:9: column permanent_member: JPN holds an elected seat on "
                + "2016-12-23, not a permanent one");
        assertThat(problems.get(4)).startsWith("undl-bad.csv:18: the tally 13-0-1-0-0");
        assertThat(problems.get(4)).contains("contradicts the per-member votes, which count 14-0-1-0-0");
        assertThat(problems.get(5)).isEqualTo("undl-bad.csv:33: column date: expected a date (YYYY-MM-DD), found "
                + "'23/12/2016'");
    }

    @Test
    void readUndl_thenWriteAndReadInOurForm_givesAnEqualRecord() {
        VotingRecord imported = RecordFormat.UNDL.read("undl-sample.csv", resource("undl-sample.csv")).orThrow();
        StringWriter text = new StringWriter();

        imported.write(text);

        assertThat(VotingRecord.read("again.csv", new StringReader(text.toString()))).isEqualTo(imported);
    }

    @Test
    void mergedWith_importedVoteReplacesTheBundledOneOfTheSameResolution() {
        VotingRecord bundled = VotingRecord.bundled();
        VotingRecord imported = RecordFormat.UNDL.read("undl-sample.csv", resource("undl-sample.csv")).orThrow();

        VotingRecord.Merge merge = bundled.mergedWith(imported);

        assertThat(merge.record().size()).isEqualTo(bundled.size());
        assertThat(merge.added()).isZero();
        assertThat(merge.replaced()).containsExactly(bundled.get("2334 (2016)").id());
        assertThat(merge.record().get("2334 (2016)")).isEqualTo(imported.get("2334 (2016)"));
        assertThat(bundled.mergedWith(bundled).replaced()).isEmpty();
    }
}
