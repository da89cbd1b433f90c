package io.github.unscsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Member codes on the command line: names and aliases, empty items, parties, and the {@code members} command. */
class MemberCodesCliTest {

    /** S/2016/846, 8 October 2016 (SC/12545), with {@code --no} and {@code --yes} as given. */
    private static String[] s2016846(String no, String yes, String... more) {
        List<String> args = new ArrayList<>(List.of("vote", "--council", "2016-10-08", "--yes", yes, "--no", no,
                "--abstain", "AGO,CHN"));
        args.addAll(Arrays.asList(more));
        return args.toArray(String[]::new);
    }

    private static final String YES = "EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY";

    private static void assertOneLineError(CliRun run, String message) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("unsc: ").contains(message).doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @ParameterizedTest(name = "--no {0}")
    @CsvSource({"russia", "Russian Federation", "rus", "RUS"})
    void vote_aNameOrCodeInAnyCase_isTheMember(String russia) throws Exception {
        CliRun run = CliRun.run(s2016846(russia + ",venezuela", "egy,France,JPN,MYS,NZL,SEN,ESP,UKR,united kingdom,"
                + "US,URY", "--json"));

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.json().get("vetoedBy").toString()).isEqualTo("[\"RUS\"]");
        assertThat(run.json().get("yes").asInt()).isEqualTo(11);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing comma | --yes | EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY, | --yes EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY,: item 12 of 12 is empty
            empty item     | --yes | EGY,FRA,,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY | item 3 of 12 is empty
            leading comma  | --yes | ,EGY,FRA,JPN,MYS,NZL,SEN,ESP,UKR,GBR,USA,URY | item 1 of 12 is empty
            """)
    void vote_emptyItems_areRefused(String what, String option, String value, String message) {
        assertOneLineError(CliRun.run(s2016846("RUS,VEN", value)), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown code     | XYZ  | --parties: 'XYZ' is not a member of the council on 2016-10-08
            not a member     | DEU  | --parties: DEU (Germany) is not a member of the council on 2016-10-08
            trailing comma   | RUS, | --parties RUS,: item 2 of 2 is empty
            """)
    void vote_parties_mustBeMembers(String what, String parties, String message) {
        assertOneLineError(CliRun.run(s2016846("RUS,VEN", YES, "--parties", parties)), message);
    }

    @Test
    void vote_parties_byName_abstainUnderArticle27Paragraph3() throws Exception {
        CliRun run = CliRun.run(s2016846("RUS,VEN", YES, "--parties", "russia", "--json"));

        assertThat(run.json().get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(run.json().get("abstain").asInt()).isEqualTo(3);
    }

    @Test
    void vote_sovietCodeOn2016_saysTheSeatPassedToRussia() {
        assertOneLineError(CliRun.run(s2016846("SUN,VEN", YES)), "--no: SUN (Union of Soviet Socialist Republics) "
                + "is not a member of the council on 2016-10-08: its permanent seat passed to RUS (Russian "
                + "Federation) on 24 December 1991");
    }

    @Test
    void vote_russiaOn1980_saysTheSeatWasTheSoviets() {
        assertOneLineError(CliRun.run("vote", "--council", "1980-06-01", "--no", "RUS"), "--no: RUS (Russian "
                + "Federation) is not a member of the council on 1980-06-01: its permanent seat was held by SUN "
                + "(Union of Soviet Socialist Republics) until 23 December 1991");
    }

    @Test
    void vote_aMisspelling_suggestsTheCode() {
        assertOneLineError(CliRun.run(s2016846("rusia,VEN", YES)), "did you mean RUS (Russian Federation)?");
    }

    @Test
    void whatif_set_takesNamesToo() throws Exception {
        List<String> args = new ArrayList<>(List.of(s2016846("RUS,VEN", YES)));
        args.set(0, "whatif");
        args.addAll(List.of("--set", "russia=abstain", "--json"));

        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertThat(run.err()).isEmpty();
        assertThat(run.json().get("after").get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(run.json().get("changes").get(0).get("code").asText()).isEqualTo("RUS");
        args.set(args.indexOf("russia=abstain"), "SUN=yes");
        assertOneLineError(CliRun.run(args.toArray(String[]::new)), "--set SUN=yes: SUN (Union of Soviet Socialist "
                + "Republics) is not a member of the council on 2016-10-08: its permanent seat passed to RUS");
    }

    @Test
    void members_text_listsEveryCodeWithTheNamesItCanBeTypedAs() {
        CliRun run = CliRun.run("members", "2016-10-08");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("The Security Council on 2016-10-08: 15 members (* permanent).")
                .contains("  RUS * Russian Federation  also: Russia")
                .contains("  CHN * China               also: China (Republic of China), People's Republic of China")
                .contains("  AGO   Angola" + System.lineSeparator());
        assertThat(run.out().strip().lines()).hasSize(16);
    }

    @Test
    void members_json_carriesTheSpellingsOfEachMember() throws Exception {
        JsonNode json = CliRun.run("members", "1980-06-01", "--json").json();

        assertThat(json.get("date").asText()).isEqualTo("1980-06-01");
        assertThat(json.get("members")).hasSize(15);
        JsonNode soviet = json.get("members").get(2);
        assertThat(soviet.get("code").asText()).isEqualTo("SUN");
        assertThat(soviet.get("permanent").asBoolean()).isTrue();
        assertThat(soviet.get("spellings").toString())
                .isEqualTo("[\"SUN\",\"Union of Soviet Socialist Republics\",\"Soviet Union\",\"USSR\"]");
    }

    @Test
    void members_badDate_isOneLine() {
        assertOneLineError(CliRun.run("members", "1945"), "no council data for 1945");
    }
}
