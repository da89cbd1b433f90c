package io.github.unscsim.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unscsim.history.Councils;
import io.github.unscsim.history.CsvTable;
import io.github.unscsim.model.DraftResolution;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.rules.OutcomeType;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The sponsors of the record's drafts (issue 12): checked against their sources, against UN membership, counted. */
class SponsorsTest {

    private final VotingRecord record = VotingRecord.bundled();

    /**
     * A sample of drafts across the decades whose sponsors were read in a source other than the data sets the
     * bundle is compiled from. Each entry: the draft, its sponsors' codes in the record's order, and the source.
     */
    private static final Map<String, List<String>> SAMPLE = new LinkedHashMap<>();

    static {
        // Repertoire of the Practice of the Security Council 1946-1951, the Corfu Channel question, p. 313 (copy on
        // docslib.org): "Decision of 25 March 1947 (122nd meeting): Rejection of draft resolution submitted by the
        // representative of the United Kingdom"
        SAMPLE.put("S/PV.122/1", List.of("GBR"));
        // FRUS 1948, vol. II, document 688 (editorial note): "the representatives of Argentina, Belgium, Canada, China,
        // Colombia, and Syria introduced the so-called 'neutral powers' resolution'" on Berlin (S/1048)
        SAMPLE.put("S/1048", List.of("ARG", "BEL", "CAN", "CHN", "COL", "SYR"));
        // FRUS 1950, vol. VI, document 319 (editorial note, 28 September 1950): "the Soviet draft resolution (S/1732)"
        SAMPLE.put("S/1732", List.of("SUN"));
        // FRUS 1955-1957, vol. XVI, document 439 (editorial note, 30 October 1956): Lodge "proceeded to open
        // discussion on the United States draft" (U.N. doc. S/3710)
        SAMPLE.put("S/3710", List.of("USA"));
        // S/PV.772 (20 February 1957), the United States' statement as transcribed at kashmiribhatta.in: "the draft
        // resolution tabled by Australia, Cuba, The United Kingdom and the United States [S/3787]"
        SAMPLE.put("S/3787", List.of("AUS", "CUB", "GBR", "USA"));
        // Repertoire of the Practice of the Security Council, Supplement 1959-1963, ch. VIII, part II, p. 201:
        // "the Cuban draft resolution" (23 March 1962)
        SAMPLE.put("S/5095", List.of("CUB"));
        // The New York Times, 6 December 1971 (copy at bdesh.com, article 1443): the resolution vetoed by the Soviet
        // Union "was sponsored by eight non-permanent members - Argentina, Belgium, Burundi, Italy, Japan, Nicaragua,
        // Sierra Leone and Somalia"
        SAMPLE.put("S/10423", List.of("ARG", "BEL", "BDI", "ITA", "JPN", "NIC", "SLE", "SOM"));
        // USUN telegram 4538 of 18 October 1976 (WikiLeaks PlusD copy): "S/12211 Benin, Guyana, Libyan Arab Republic,
        // Pakistan, Panama, Romania and United Republic of Tanzania: draft resolution"
        SAMPLE.put("S/12211", List.of("BEN", "GUY", "LBY", "PAK", "PAN", "ROU", "TZA"));
        // USUN telegram 2895 of 15 July 1976 (repeated as STATE 176589): "US/UK draft res voted on by Security Council
        // evening July 14", 6 in favour, 2 abstentions, 7 not participating
        SAMPLE.put("S/12138", List.of("GBR", "USA"));
        // Security Council, 385th meeting (17 December 1948), the record as copied on UNISPAL: "a draft resolution
        // submitted by the United Kingdom delegation" on the application of Israel
        SAMPLE.put("S/1121", List.of("GBR"));
        // FRUS 1949, vol. II, document 208 (editorial note): "the seven Argentine resolutions providing for the
        // admission, on an individual basis, of Portugal, Jordan, Italy, Finland, Ireland, Austria, and Ceylon, in that
        // order" (13 September 1949; S/1331 is Portugal's)
        SAMPLE.put("S/1331", List.of("ARG"));
        // FRUS 1952-1954, vol. XIII, part 1, document 114 (editorial note on the 603rd meeting, 19 September 1952):
        // "French draft resolutions providing for the admission of Vietnam, Laos and Cambodia (documents S/2758,
        // S/2759 and S/2760)"
        SAMPLE.put("S/2758", List.of("FRA"));
        // House of Commons, 20 March 1961, vol. 637, cols. 26-8 (Mr. Heath): the Council debated Angola on 15 March
        // "on the basis of a resolution put forward by Ceylon, Liberia and the United Arab Republic"
        SAMPLE.put("S/4769", List.of("LKA", "LBR", "EGY"));
        // FRUS 1961-1963, vol. XXI, document 167 (editorial note on the meetings of 21-22 July 1961): "a draft
        // resolution sponsored by Liberia and the United Arab Republic" on Bizerte
        SAMPLE.put("S/4878", List.of("LBR", "EGY"));
        // The draft's heading, as copied in the Global Policy Forum's archive of vetoed drafts: "Ethiopia, Malaysia and
        // Zaire: draft resolution" (S/21084, vetoed on 17 January 1990)
        SAMPLE.put("S/21084", List.of("ETH", "MYS", "COD"));
        // FRUS 1977-1980, vol. IX (2nd ed.), document 365 (editorial note): "the Tunisian-sponsored draft resolution
        // S/13911 on Palestinian rights" (30 April 1980)
        SAMPLE.put("S/13911", List.of("TUN"));
        // NZPA-Reuter in The Press (Christchurch), 2 September 1981 (Papers Past): the resolution on Angola "sponsored by
        // the Security Council's six Third World members - Mexico, Niger, Panama, Philippines, Tunisia and Uganda"
        SAMPLE.put("S/14664/Rev.2", List.of("MEX", "NER", "PAN", "PHL", "TUN", "UGA"));
        // the draft's own heading, as copied in the Interactive Encyclopedia of the Palestine Question (Draft UNSC
        // Resolution 15185): "Spain: draft resolution", 8 June 1982
        SAMPLE.put("S/15185", List.of("ESP"));
        // the draft's own heading, S/16351/Rev.2 of 28 February 1984 (UNISPAL): "France: revised draft resolution"
        SAMPLE.put("S/16351/Rev.2", List.of("FRA"));
        // UN Chronicle (1985; copy on vLex): "Under the draft resolution, submitted by Lebanon" (S/17000, 12 March
        // 1985)
        SAMPLE.put("S/17000", List.of("LBN"));
        // UN Chronicle (copy on vLex): "The text--submitted by Burkina Faso, Egypt, India, Madagascar, Peru and Trinidad
        // and Tobago" (S/17633, 15 November 1985)
        SAMPLE.put("S/17633", List.of("BFA", "EGY", "IND", "MDG", "PER", "TTO"));
        // the draft's own heading, S/17730/Rev.2 of 17 January 1986 (UNISPAL): "Lebanon: revised draft resolution"
        SAMPLE.put("S/17730/Rev.2", List.of("LBN"));
        // UN Chronicle (copy on Questia): "The text (S/19585)--as proposed by Algeria, Argentina, Nepal, Senegal,
        // Yugoslavia and Zambia" (8 March 1988)
        SAMPLE.put("S/19585", List.of("DZA", "ARG", "NPL", "SEN", "YUG", "ZMB"));
        // the draft's own heading, S/19868 of 6 May 1988 (UNISPAL): "Algeria, Argentina, Nepal, Senegal, Yugoslavia
        // and Zambia: draft resolution"
        SAMPLE.put("S/19868", List.of("DZA", "ARG", "NPL", "SEN", "YUG", "ZMB"));
        // the draft's own heading, S/1997/18 of 10 January 1997 (copy in the Global Policy Forum archive), the
        // 12-Power draft of SC/6311
        SAMPLE.put("S/1997/18", List.of("ARG", "CHL", "COL", "CRI", "MEX", "NOR", "PRT", "ESP", "SWE", "GBR", "USA",
                "VEN"));
        // SC/8066 (21 April 2004): "the text, tabled by the United Kingdom and the United States"
        SAMPLE.put("S/2004/313", List.of("GBR", "USA"));
        // UN News Centre, 12 January 2007 (copy at globalsecurity.org): "Sponsored by the United States and the United
        // Kingdom"
        SAMPLE.put("S/2007/14", List.of("GBR", "USA"));
        // SC/9681 (15 June 2009): "submitted by Austria, Croatia, France, Germany, Turkey, United Kingdom and the United
        // States"
        SAMPLE.put("S/2009/310", List.of("AUT", "HRV", "FRA", "DEU", "TUR", "GBR", "USA"));
        // S/PV.6627 (4 October 2011; copy at voltairenet.org): "a draft resolution submitted by France, Germany,
        // Portugal and the United Kingdom"
        SAMPLE.put("S/2011/612", List.of("FRA", "DEU", "PRT", "GBR"));
        // SC/12545 (8 October 2016): the draft of France and Spain; the draft of the Russian Federation
        SAMPLE.put("S/2016/846", List.of("FRA", "ESP"));
        SAMPLE.put("S/2016/847", List.of("RUS"));
        // UN Meetings Coverage, 16 November 2017: "two draft resolutions, tabled by the United States and Bolivia,
        // respectively"
        SAMPLE.put("S/2017/962", List.of("USA"));
        SAMPLE.put("S/2017/968", List.of("BOL"));
        // UN News Centre, 1 June 2018 (as reported by Sharjah24): "The draft proposed by Kuwait"; "The US version"
        SAMPLE.put("S/2018/516", List.of("KWT"));
        SAMPLE.put("S/2018/520", List.of("USA"));
        // Xinhua, 28 February 2019: "two competing draft resolutions on Venezuela, sponsored by the United States and
        // Russia respectively"
        SAMPLE.put("S/2019/186", List.of("USA"));
        SAMPLE.put("S/2019/190", List.of("RUS"));
        // SC/15046 (30 September 2022): submitted by Albania and the United States
        SAMPLE.put("S/2022/720", List.of("ALB", "USA"));
        // UN Meetings Coverage, 30 August 2023 (copy at nolga1125.blogspot.com): "The first draft - submitted by France
        // and the United Arab Emirates"
        SAMPLE.put("S/2023/638", List.of("FRA", "ARE"));
        // GA/12595 (1 May 2024): "the draft resolution submitted by Algeria" (18 April 2024, 9609th meeting)
        SAMPLE.put("S/2024/312", List.of("DZA"));
        // Associated Press, 18 November 2024: "the resolution sponsored by the United Kingdom and Sierra Leone"
        SAMPLE.put("S/2024/826", List.of("GBR", "SLE"));
        // SC/15907 (20 November 2024): "a text, put forward by its 10 elected members"
        SAMPLE.put("S/2024/835", List.of("CHE", "DZA", "ECU", "GUY", "JPN", "KOR", "MLT", "MOZ", "SLE", "SVN"));
    }

    @Test
    void aSampleAcrossTheDecades_hasTheSponsorsItsSourcesName() {
        Map<Integer, Integer> decades = new LinkedHashMap<>();
        SAMPLE.forEach((symbol, sponsors) -> {
            RecordedVote vote = record.get(symbol);
            assertThat(vote.kind()).as(symbol).isEqualTo(VoteKind.DRAFT);
            assertThat(vote.sponsorCodes()).as(symbol).containsExactlyElementsOf(sponsors);
            decades.merge(vote.decade(), 1, Integer::sum);
        });
        System.out.println("sponsors checked against their sources: " + SAMPLE.size() + " drafts, by decade "
                + decades);
        assertThat(SAMPLE).hasSizeGreaterThanOrEqualTo(20);
        // every decade of the record, the first ones included
        assertThat(decades).containsOnlyKeys(1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020);
    }

    /**
     * A draft no member sponsored is told apart from one whose sponsors are not known, and the note names who says
     * so: resolution 705 (1991), "prepared during consultations" (UN Chronicle); 843 (1993), "prepared in the course of
     * the Council's prior consultations" (the Repertoire, Supplement 1993-1995); 1000 (1995), "Submitted by:
     * President" in the per-member data set (OVA).
     */
    @Test
    void aDraftNoMemberSponsored_isToldApart_andItsNoteNamesTheSource() {
        assertThat(record.get("S/RES/705").noSponsor()).isTrue();
        assertThat(record.get("S/RES/705").note()).contains("UNCHRONICLE-RES705: no member sponsored the draft");
        assertThat(record.get("S/RES/843").noSponsor()).isTrue();
        RecordedVote president = record.get("1000 (1995)");
        assertThat(president.noSponsor()).isTrue();
        assertThat(president.sponsors()).isEmpty();
        assertThat(president.note()).contains("OVA: submitted by the President of the Council");
        assertThat(record.get("S/2016/846").noSponsor()).isFalse();
        // a draft with no source for its sponsors is neither
        assertThat(record.get("S/1305").noSponsor()).isFalse();
        assertThat(record.get("S/1305").sponsors()).isEmpty();

        List<RecordedVote> none = record.votes().stream().filter(RecordedVote::noSponsor).toList();
        System.out.println("drafts no member sponsored, as a source says: " + none.size());
        assertThat(none).hasSizeGreaterThan(600).allSatisfy(vote -> assertThat(vote.note())
                .containsAnyOf("OVA: submitted by the President", "OVA: no sponsor", "no member sponsored the draft"));
        assertThatThrownBy(() -> president.toBuilder().sponsors(Sponsor.parseAll("FRA")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sponsors [FRA] named for a draft no member sponsored");
    }

    /** The record's unit is the draft: {@link RecordedVote#draft()} gives it with its sponsors, a group's members. */
    @Test
    void draft_isTheDraftResolution_withItsSponsors_aGroupsMembersInItsPlace() {
        DraftResolution s2016846 = record.get("S/2016/846").draft().orElseThrow();
        assertThat(s2016846.symbol()).isEqualTo("S/2016/846");
        assertThat(s2016846.date()).isEqualTo(LocalDate.of(2016, 10, 8));
        assertThat(s2016846.sponsors()).containsExactly("FRA", "ESP");
        assertThat(record.get("S/2016/847").draft().orElseThrow().sponsors()).containsExactly("RUS");

        // the E10's draft of 20 November 2024: the group named as such, with the ten elected members of that day
        RecordedVote e10 = record.get("S/2024/835");
        assertThat(e10.sponsors()).hasSize(1);
        Sponsor group = e10.sponsors().get(0);
        assertThat(group.isGroup()).isTrue();
        assertThat(group.name()).isEqualTo("E10");
        assertThat(group.members()).containsExactlyInAnyOrderElementsOf(Councils.onDate(e10.date()).electedMembers()
                .stream().map(MemberState::code).toList());
        assertThat(e10.draft().orElseThrow().sponsors()).containsExactlyElementsOf(group.members());
    }

    /**
     * Every sponsor is a UN member on the draft's date. The table (un-membership.csv, its sources in its header)
     * gives the states that sponsor a draft before 1994, the states admitted from 1994 on, and the memberships that
     * ended; a state not in it sponsors only drafts from 1994 on and was admitted before (the table lists every
     * admission from 1994 to 2011, the last). A year alone is enough where the draft is of a later year.
     */
    @Test
    void everySponsor_isAUnMemberOnTheDraftsDate() throws Exception {
        Map<String, String[]> table = new HashMap<>();
        int unconfirmed = 0;
        try (var reader = new InputStreamReader(Objects.requireNonNull(getClass().getResourceAsStream(
                "un-membership.csv")), StandardCharsets.UTF_8)) {
            for (CsvTable.Row row : CsvTable.read("un-membership.csv", reader,
                    List.of("code", "admitted", "ended", "source", "confirmed"))) {
                table.put(row.text("code"), new String[] {row.text("admitted"), Imports.field(row, "ended")});
                if (!Imports.field(row, "confirmed").equals("true")) {
                    unconfirmed++;
                }
            }
        }
        List<String> notMembers = new ArrayList<>();
        int checked = 0;
        for (RecordedVote vote : record.votes()) {
            for (String code : vote.sponsorCodes()) {
                checked++;
                String[] membership = table.get(code);
                boolean member = membership == null ? !vote.date().isBefore(LocalDate.of(1994, 1, 1))
                        : after(vote.date(), membership[0]) && (membership[1].isEmpty()
                        || before(vote.date(), membership[1]));
                if (!member) {
                    notMembers.add(vote.id() + " " + vote.date() + " " + code);
                }
            }
        }
        System.out.println("sponsor codes checked against UN membership: " + checked + " (the table's rows not "
                + "confirmed in a source: " + unconfirmed + ")");
        assertThat(checked).isGreaterThan(5000);
        assertThat(notMembers).isEmpty();
    }

    /** On or after the admission: a full date is compared, a year alone only with a draft of a later year. */
    private static boolean after(LocalDate date, String admitted) {
        return admitted.length() == 4 ? date.getYear() > Integer.parseInt(admitted)
                : !date.isBefore(LocalDate.parse(admitted));
    }

    /** On or before the end: a year alone only with a draft of an earlier year. */
    private static boolean before(LocalDate date, String ended) {
        return ended.length() == 4 ? date.getYear() < Integer.parseInt(ended) : !date.isAfter(LocalDate.parse(ended));
    }

    /**
     * Drafts by sponsor and outcome, and vetoes by vetoing member against sponsor per decade, over the whole bundle:
     * each count against the same count made with a query, and the drafts named above among them.
     */
    @Test
    void statisticsBySponsor_agreeWithQueries_overTheWholeBundle() {
        Map<String, Map<OutcomeType, Integer>> bySponsor = Statistics.draftsBySponsor(record.votes());
        for (String code : List.of("RUS", "USA", "FRA", "BOL", "DZA", "KWT")) {
            for (OutcomeType outcome : OutcomeType.values()) {
                int queried = record.select(Query.all().kind(VoteKind.DRAFT).sponsor(code).outcome(outcome)).size();
                assertThat(bySponsor.getOrDefault(code, Map.of()).getOrDefault(outcome, 0)).as(code + " " + outcome)
                        .isEqualTo(queried);
            }
        }
        // S/2016/847, S/2019/190 (failed) among the Russian Federation's drafts; S/2017/968 Bolivia's
        assertThat(bySponsor.get("RUS").get(OutcomeType.FAILED)).isGreaterThanOrEqualTo(2);
        assertThat(bySponsor.get("BOL")).containsEntry(OutcomeType.FAILED, 1);

        List<Statistics.SponsorVetoes> against = Statistics.vetoesAgainstSponsors(record.votes());
        for (Statistics.SponsorVetoes row : against) {
            int queried = record.select(Query.all().vetoedBy(row.vetoer()).sponsor(row.sponsor())
                    .from(LocalDate.of(row.decade(), 1, 1)).to(LocalDate.of(row.decade() + 9, 12, 31))).size();
            assertThat(row.vetoes()).as(row.toString()).isEqualTo(queried);
        }
        // the Russian Federation against France's drafts in the 2010s: S/2011/612, S/2016/846, among others
        assertThat(against).anySatisfy(row -> {
            assertThat(row.decade()).isEqualTo(2010);
            assertThat(row.vetoer()).isEqualTo("RUS");
            assertThat(row.sponsor()).isEqualTo("FRA");
            assertThat(row.vetoes()).isGreaterThanOrEqualTo(2);
        });
        // the United States against the E10's draft members in the 2020s (S/2024/835)
        assertThat(against).contains(new Statistics.SponsorVetoes(2020, "USA", "GUY",
                record.select(Query.all().vetoedBy("USA").sponsor("GUY").from(LocalDate.of(2020, 1, 1))).size()));
    }
}
