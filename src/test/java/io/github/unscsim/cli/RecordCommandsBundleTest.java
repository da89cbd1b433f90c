package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The commands over the record on the bundled record itself (no {@code --record}): what a user who has only the jar
 * sees. The facts are those of press release SC/12545 (8 October 2016): S/2016/846, drafted by France and Spain,
 * 11-2-2, vetoed by the Russian Federation; S/2016/847, Russia's own draft, 4-9-2, failed.
 */
class RecordCommandsBundleTest {

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void record_s2016846_fromTheBundle() throws Exception {
        CliRun run = CliRun.run("record", "S/2016/846", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("outcome").asText()).isEqualTo("VETOED");
        assertThat(texts(json.get("vetoedBy"))).containsExactly("RUS");
        assertThat(json.get("yes").asInt()).isEqualTo(11);
        assertThat(json.get("no").asInt()).isEqualTo(2);
        assertThat(json.get("abstain").asInt()).isEqualTo(2);
        assertThat(texts(json.get("sponsors"))).containsExactly("FRA", "ESP");
        assertThat(json.get("sources").findValuesAsText("key")).contains("SC12545");
        assertThat(json.get("sources").get(0).get("title").isNull()).as("titles from sources.csv").isFalse();
    }

    /** Resolution 1000 (1995): the per-member data set (OVA) says the President submitted it, so no member did. */
    @Test
    void record_aDraftNoMemberSponsored_saysNone_notThatTheSponsorsAreUnknown() throws Exception {
        CliRun text = CliRun.run("record", "1000 (1995)");
        JsonNode json = CliRun.run("record", "1000 (1995)", "--json").json();
        CliRun unknown = CliRun.run("record", "S/1305");

        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).contains("sponsors           none: no member sponsored it");
        assertThat(json.get("noSponsor").asBoolean()).isTrue();
        assertThat(json.get("sponsors").isEmpty()).isTrue();
        assertThat(unknown.out()).contains("sponsors           not in the record");
        assertThat(CliRun.run("record", "S/2016/846", "--json").json().get("noSponsor").asBoolean()).isFalse();
    }

    @Test
    void votes_onTheDayOfS2016846_fromTheBundle() throws Exception {
        CliRun run = CliRun.run("votes", "--from", "2016-10-08", "--to", "2016-10-08", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        List<String> symbols = run.json().get("votes").findValuesAsText("symbol");
        assertThat(symbols).containsExactly("S/2016/846", "S/2016/847");
    }
}
