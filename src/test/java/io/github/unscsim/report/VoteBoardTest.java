package io.github.unscsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.unscsim.Fixtures;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class VoteBoardTest {

    /** The mark each vote's seat carries, as the board's legend states it. */
    private static final Map<Vote, String> MARKS = Map.of(Vote.YES, "Y", Vote.NO, "N", Vote.ABSTAIN, "A",
            Vote.ABSENT, "\u2014", Vote.NOT_PARTICIPATING, "NP");

    private static Outcome s2016846() {
        return AdoptionRules.evaluate(Fixtures.s2016846());
    }

    @Test
    void svg_s2016846_isWellFormedAndHoldsEveryMemberOnceWithItsVoteAndTheVeto() throws Exception {
        // S/2016/846, 8 October 2016: vetoed by Russia (SC/12545)
        Outcome outcome = s2016846();
        Document svg = Xml.parse(VoteBoard.of(outcome).svg());

        List<Element> seats = Xml.seats(svg);
        assertThat(seats).hasSize(15);
        Set<String> codes = new HashSet<>();
        for (Element seat : seats) {
            String code = seat.getAttribute("data-code");
            assertThat(codes.add(code)).as("%s seated once", code).isTrue();
            Vote vote = outcome.ballot().vote(code);
            List<String> texts = Xml.elements(seat.getOwnerDocument(), "text").stream()
                    .filter(t -> t.getParentNode() == seat).map(Element::getTextContent).toList();
            assertThat(texts).as(code).contains(code, MARKS.get(vote));
            assertThat(seat.getAttribute("aria-label")).contains(code, vote.label());
            assertThat(Xml.elements(svg, "title").stream().filter(t -> t.getParentNode() == seat)).hasSize(1);
            assertThat(texts.contains("VETO")).as(code).isEqualTo(code.equals("RUS"));
        }
        assertThat(codes).containsExactlyInAnyOrderElementsOf(
                outcome.ballot().council().members().stream().map(MemberState::code).toList());
        String all = String.join(" ", Xml.texts(svg));
        assertThat(all).contains("VETOED", outcome.explanation(), "11 yes, 2 no, 2 abstaining");
        // every code is written exactly once on the board
        for (String code : codes) {
            assertThat(Xml.texts(svg).stream().filter(code::equals)).as(code).hasSize(1);
        }
    }

    @Test
    void svg_s2016847_marksNoVetoWhereTheDraftLackedVotes() throws Exception {
        // S/2016/847: 4 in favour, so the no votes of France, the UK and the US were not vetoes (SC/12545)
        Outcome outcome = AdoptionRules.evaluate(Fixtures.s2016847());
        Document svg = Xml.parse(VoteBoard.of(outcome).svg());

        assertThat(Xml.texts(svg)).doesNotContain("VETO").contains("FAILED");
        assertThat(String.join(" ", Xml.texts(svg))).contains(outcome.explanation());
        assertThat(Xml.seats(svg).stream().filter(s -> s.getAttribute("data-vote").equals("no"))).hasSize(9);
    }

    @Test
    void of_defaultSeating_isTheEnglishAlphabeticalOrderOfNames() {
        // Angola, China, Egypt, France, Japan, Malaysia, New Zealand, Russian Federation, Senegal, Spain, Ukraine,
        // United Kingdom, United States, Uruguay, Venezuela
        assertThat(VoteBoard.of(s2016846()).seating().stream().map(MemberState::code)).containsExactly("AGO", "CHN",
                "EGY", "FRA", "JPN", "MYS", "NZL", "RUS", "SEN", "ESP", "UKR", "GBR", "USA", "URY", "VEN");
    }

    @Test
    void svg_seatsAppearInTheSeatingOrder() throws Exception {
        List<String> order = new ArrayList<>(Fixtures.s2016846().council().members().stream()
                .map(MemberState::code).toList());
        java.util.Collections.reverse(order);
        Document svg = Xml.parse(VoteBoard.of(s2016846()).withSeating(order).svg());

        assertThat(Xml.seats(svg).stream().map(s -> s.getAttribute("data-code"))).containsExactlyElementsOf(order);
    }

    @Test
    void withSeating_badOrder_namesTheMember() {
        VoteBoard board = VoteBoard.of(s2016846());
        List<String> codes = new ArrayList<>(board.seating().stream().map(MemberState::code).toList());

        assertThatThrownBy(() -> board.withSeating(codes.subList(1, 15)))
                .hasMessageContaining("AGO has no seat");
        List<String> twice = new ArrayList<>(codes);
        twice.set(1, "AGO");
        assertThatThrownBy(() -> board.withSeating(twice)).hasMessageContaining("AGO is seated twice");
        List<String> stranger = new ArrayList<>(codes);
        stranger.set(0, "DEU");
        assertThatThrownBy(() -> board.withSeating(stranger)).hasMessageContaining("DEU is not a member");
    }

    @Test
    void svg_absentAndNotParticipating_haveTheirOwnMarks() throws Exception {
        Ballot ballot = Ballot.builder(Fixtures.council2016(), Question.substantive())
                .absent("VEN").notParticipating("AGO").rest(Vote.YES).build();
        Document svg = Xml.parse(VoteBoard.of(AdoptionRules.evaluate(ballot)).svg());

        Element venezuela = Xml.seats(svg).stream().filter(s -> s.getAttribute("data-code").equals("VEN"))
                .findFirst().orElseThrow();
        Element angola = Xml.seats(svg).stream().filter(s -> s.getAttribute("data-code").equals("AGO"))
                .findFirst().orElseThrow();
        assertThat(venezuela.getTextContent()).contains(MARKS.get(Vote.ABSENT));
        assertThat(angola.getTextContent()).contains(MARKS.get(Vote.NOT_PARTICIPATING));
        assertThat(String.join(" ", Xml.texts(svg))).contains("1 absent", "1 not participating");
    }

    @Test
    void sideBySide_holdsBothBoardsWithUniqueIds() throws Exception {
        Outcome before = s2016846();
        Outcome after = AdoptionRules.evaluate(Fixtures.s2016846().with("RUS", Vote.ABSTAIN));
        String text = VoteBoard.sideBySide(VoteBoard.of(before).withTitle("Before"),
                VoteBoard.of(after).withTitle("After"));
        Document svg = Xml.parse(text);

        assertThat(Xml.seats(svg)).hasSize(30);
        String all = String.join(" ", Xml.texts(svg));
        assertThat(all).contains("Before", "After", "VETOED", "ADOPTED", before.explanation(), after.explanation());
        List<String> ids = Xml.elements(svg, "*").stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty())
                .toList();
        assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
    }

    @Test
    void svg_escapesTheTitle() throws Exception {
        Document svg = Xml.parse(VoteBoard.of(s2016846()).withTitle("A <b> & \"c\"").svg());

        assertThat(Xml.texts(svg)).contains("A <b> & \"c\"");
    }

    @Test
    void withSubtitle_writesItWrappedUnderTheTitle_andMovesTheTableDown() throws Exception {
        String sponsors = "Submitted by Austria, Croatia, France, Germany, Turkey, United Kingdom of Great Britain "
                + "and Northern Ireland and United States of America";
        VoteBoard plain = VoteBoard.of(s2016846()).withTitle("S/2009/310");
        VoteBoard board = plain.withSubtitle(sponsors);
        Document svg = Xml.parse(board.svg());

        List<Element> texts = Xml.elements(svg, "text");
        List<String> lines = texts.stream().map(Element::getTextContent).toList();
        int title = lines.indexOf("S/2009/310");
        assertThat(title).isNotNegative();
        // the lines after the title, up to the first seat's, are the subtitle, in order, none cut
        List<String> under = new ArrayList<>();
        for (int i = title + 1; i < texts.size() && !texts.get(i).getParentNode().getNodeName().equals("g"); i++) {
            under.add(lines.get(i));
        }
        assertThat(under).hasSizeGreaterThan(1);
        assertThat(String.join(" ", under)).isEqualTo(sponsors);
        double titleY = Double.parseDouble(texts.get(title).getAttribute("y"));
        double lastY = Double.parseDouble(texts.get(title + under.size()).getAttribute("y"));
        assertThat(lastY).isGreaterThan(titleY);
        assertThat(board.height()).isGreaterThan(plain.height());
        double firstSeat = Double.parseDouble(Xml.seats(svg).get(0).getElementsByTagName("circle").item(0)
                .getAttributes().getNamedItem("cy").getNodeValue());
        double firstSeatPlain = Double.parseDouble(Xml.seats(Xml.parse(plain.svg())).get(0)
                .getElementsByTagName("circle").item(0).getAttributes().getNamedItem("cy").getNodeValue());
        assertThat(firstSeat - firstSeatPlain).isEqualTo(board.height() - plain.height(), within(1.0));
        assertThat(Xml.elements(svg, "title").get(0).getTextContent()).isEqualTo("S/2009/310, " + sponsors);
    }

    @Test
    void withSubtitle_empty_isTheBoardWithout() {
        VoteBoard board = VoteBoard.of(s2016846());

        assertThat(board.withSubtitle("  ").svg()).isEqualTo(board.svg());
        assertThat(board.subtitle()).isEmpty();
    }
}
