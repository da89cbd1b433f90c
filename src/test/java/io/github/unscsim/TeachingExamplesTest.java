package io.github.unscsim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The teaching example programs run, and print the answers they should. */
class TeachingExamplesTest {

    @Test
    void classroomCouncil_scalesTheQuotaAndKeepsTheVeto() throws Exception {
        String output = Examples.run("ClassroomCouncil");

        assertThat(output).contains("the class council: CHN* FRA* USA* BRA IND KEN MEX NOR VNM")
                // the Charter's 9 votes on a council of nine: one abstention is enough to fail
                .contains("Not adopted, having failed to obtain the required number of votes (9): 8 in favour, "
                        + "none against, 1 abstention.")
                // 3/5 of 9 members, rounded up, is 6; a permanent member's abstention is not a veto, its no is
                .contains("Draft 1, China abstains: ADOPTED (6 required). Adopted: 6 in favour, 2 against, "
                        + "1 abstention.")
                .contains("Draft 1, China votes no: VETOED (6 required). Not adopted, owing to the negative vote of a "
                        + "permanent member (China): 6 in favour, 3 against, no abstentions.")
                .contains("Draft 1, Mexico abstains too: FAILED (6 required).");
    }

    // Shapley–Shubik today, 421/2145 and 4/2145: 84·6!·8!/15! for an elected member (gonitsora.com, "Is it me, or is
    // 'Veto' starting to sound really good"; the weighted form [39; 7×5, 1×10]: M. Brodie, "Power Voting Systems Like
    // the United Nations Security Council", Wolfram Demonstrations Project). 1946–65: no publication found to cite;
    // the closed form C(5,1)·6!·4!/11! = 1/462 for an elected member, (1 − 6/462)/5 = 76/385 for a permanent one.
    // Banzhaf swings (derived, as in KnownAnswersTest): 57 and 5 of 2^10 before, 848 and 84 of 2^14 after, so the
    // normalised shares are 57/315 = 19/105 and 5/315 = 1/63 before, 848/5080 = 106/635 and 84/5080 = 21/1270 after.
    @Test
    void enlargement1965_printsBothIndicesBeforeAndAfterAsExactFractions() throws Exception {
        String output = Examples.run("Enlargement1965");

        assertThat(output).contains("the council on 1965-01-01").contains("the council on 1966-01-01");
        assertThat(line(output, "Shapley-Shubik", "a permanent member")).contains("76/385").contains("421/2145");
        assertThat(line(output, "Shapley-Shubik", "an elected member")).contains("1/462").contains("4/2145")
                .contains("(-13.8 %)");
        // all elected members: 6/462 = 1/77 before, 40/2145 = 8/429 after
        assertThat(line(output, "Shapley-Shubik", "all elected members")).contains("1/77").contains("8/429");
        assertThat(line(output, "Banzhaf (normalised)", "a permanent member")).contains("19/105").contains("106/635");
        assertThat(line(output, "Banzhaf (normalised)", "an elected member")).contains("1/63").contains("21/1270");
        assertThat(line(output, "Banzhaf (absolute)", "a permanent member")).contains("57/1024").contains("53/1024");
        assertThat(line(output, "Banzhaf (absolute)", "an elected member")).contains("5/1024").contains("21/4096");
        assertThat(section(output, "Banzhaf (absolute)")).doesNotContain("all elected members");
    }

    // Charter Art. 18(2): two thirds of the members present and voting; GA rules of procedure (A/520/Rev.17) rule 86:
    // "present and voting" are the affirmative and negative votes. Required: ceil(2/3 · (yes + no)).
    @Test
    void modelUnCommittee_abstentionsLowerTheBar() throws Exception {
        String output = Examples.run("ModelUnCommittee");

        assertThat(output).containsPattern("\\n\\s+0\\s+12\\s+8\\n").containsPattern("\\n\\s+1\\s+11\\s+8\\n")
                .containsPattern("\\n\\s+2\\s+10\\s+7\\n").containsPattern("\\n\\s+3\\s+9\\s+6\\n")
                .containsPattern("\\n\\s+6\\s+6\\s+4\\n")
                .contains("7 for, 4 against, 1 abstaining: FAILED, 8 needed.")
                .contains("Nigeria abstains instead: ADOPTED, 7 needed. Adopted: 7 in favour, 3 against, "
                        + "2 abstentions.")
                .contains("Egypt votes yes instead: ADOPTED, 8 needed.")
                .doesNotContain("VETOED");
    }

    // S/2016/846: 11-2-2, vetoed by Russia (SC/12545). Resolution 1559 (2004): 9-0-6, Algeria, Brazil, China, Pakistan,
    // the Philippines and Russia abstaining (UN News, 2 September 2004): each of the nine is needed, and a no of China
    // or Russia would have been a veto.
    @Test
    void abstentionDecides_russiaOn846_anyOfTheNineOn1559() throws Exception {
        String output = Examples.run("AbstentionDecides");

        assertThat(output).contains("S/2016/846 (8 October 2016): Not adopted, owing to the negative vote of a "
                + "permanent member (Russian Federation): 11 in favour, 2 against, 2 abstentions.")
                .contains("pivotal members (one change of vote flips it): [RUS]\n")
                .contains("decided by an abstention of: Russian Federation (no)\n")
                .contains("Resolution 1559 (2 September 2004): Adopted: 9 in favour, none against, 6 abstentions.")
                .contains("pivotal members (one change of vote flips it): [CHN, FRA, RUS, GBR, USA, AGO, BEN, CHL, "
                        + "DEU, ROU, ESP]");
        String line1559 = output.lines().filter(l -> l.contains("decided by an abstention of"))
                .reduce((first, second) -> second).orElseThrow();
        for (String member : new String[] {"France", "United Kingdom", "United States", "Angola", "Benin", "Chile",
            "Germany", "Romania", "Spain"}) {
            assertThat(line1559).contains(member + " (yes)");
        }
        assertThat(line1559).doesNotContain("China").doesNotContain("Brazil");
    }

    // S/2016/846 as cast (SC/12545); on the 2026 council the ten elected members are all new. Undecided, each votes
    // yes with probability 1/3: with France, the UK and the US the draft has 9 votes iff 6 or more of the ten vote
    // yes, P = Σ_{k=6..10} C(10,k) 2^(10−k) / 3^10 = 4521/59049.
    @Test
    void replayOnTodaysCouncil_stillVetoed_adoptedWithoutTheVeto() throws Exception {
        String output = Examples.run("ReplayOnTodaysCouncil");
        double p = 4521.0 / 59049;

        assertThat(output).contains("2026: the council on 2026-06-01: CHN* FRA* RUS* GBR* USA* BHR COL COD DNK GRC "
                + "LVA LBR PAK PAN SOM");
        assertThat(after(output, "S/2016/846 as cast:")).startsWith("  VETOED.").contains("11 in favour, 2 against");
        assertThat(after(output, "without the veto:")).startsWith("  ADOPTED. Adopted: 11 in favour");
        assertThat(after(output, "on the 2026 council, new members yes:")).startsWith("  VETOED.")
                .contains("13 in favour, 1 against, 1 abstention");
        assertThat(after(output, "on the 2026 council, new members yes, without the veto:"))
                .startsWith("  ADOPTED. Adopted: 13 in favour, 1 against, 1 abstention.");
        assertThat(after(output, "on the 2026 council, new members undecided:")).isEqualTo(String.format(
                "  adopted 0.000000, vetoed %.6f, failed %.6f", p, 1 - p));
        assertThat(after(output, "on the 2026 council, new members undecided, without the veto:"))
                .isEqualTo(String.format("  adopted %.6f, vetoed 0.000000, failed %.6f", p, 1 - p));
    }

    /** The line after a heading line. */
    private static String after(String output, String heading) {
        java.util.List<String> lines = output.lines().toList();
        return lines.get(lines.indexOf(heading) + 1);
    }

    /** The lines of one index's block, up to the blank line. */
    private static String section(String output, String heading) {
        int start = output.indexOf(heading + "\n");
        int end = output.indexOf("\n\n", start);
        return output.substring(start, end < 0 ? output.length() : end);
    }

    private static String line(String output, String heading, String label) {
        return section(output, heading).lines().filter(l -> l.startsWith("  " + label)).findFirst().orElseThrow();
    }
}
