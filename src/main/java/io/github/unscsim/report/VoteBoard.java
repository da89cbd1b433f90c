package io.github.unscsim.report;

import com.google.common.collect.ImmutableList;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.scenario.RollCall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The vote board: a picture of one ballot as SVG, with the Council's horseshoe table and one seat per member,
 * coloured by vote and marked with a letter (Y yes, N no, A abstain, — absent, NP not participating) so that it reads
 * in black and white too; a permanent member's seat has a second ring, a vetoing member's a heavy ring and the word
 * VETO. Under the table: the outcome, the tally and the President's sentence ({@link Outcome#explanation()}), and a
 * legend. Each seat is an image with a {@code <title>} and an {@code aria-label} naming the member and its vote.
 *
 * <p>Seating. The members sit round the table from its left end to its right end in the order {@link #seating()}.
 * By default that is the English alphabetical order of the members' names, starting at the left end with the first
 * name, the order in which the presidency rotates (provisional rules of procedure, rule 18 [UN-PRESIDENCY]). This
 * is a documented parameter of the picture, not a confirmed fact about the chamber: how the members sit at the
 * Council's horseshoe table (in alphabetical order from the President? moving round each month with the
 * presidency?) is unconfirmed. We searched the UN's pages on the Council, its presidency and its chamber, Ask DAG
 * (research.un.org, ask.un.org), Security Council Report, the Repertoire and the online chapters of Sievers and
 * Daws, <i>The Procedure of the UN Security Council</i> (scprocedure.org, including "Place of meeting at
 * Headquarters" on the table), and found the presidency's order and the General Assembly's seating (by lot, then
 * alphabetical) but no source for the Council's. So the order can be changed ({@link #withSeating(List)}), and the
 * board marks no President.
 *
 * <p>Immutable and thread-safe; {@link #svg()} writes a fresh document each time.
 */
public final class VoteBoard {

    /** The width of one board in SVG user units (pixels at 100%); two side by side are twice as wide. */
    public static final int WIDTH = 640;

    /** The horseshoe spans this many degrees, open towards the bottom. */
    private static final double ARC = 250;

    /** One board alone, and one of two side by side (larger type, since the pair is shown at half the size). */
    private static final Layout ALONE = new Layout(165, 1.0);
    private static final Layout PAIRED = new Layout(160, 1.25);

    /** The subtitle's type size, at a layout's scale 1. */
    private static final double SUBTITLE_SIZE = 14;

    private final Outcome outcome;
    private final List<MemberState> seating;
    private final String title;
    private final String subtitle;

    private VoteBoard(Outcome outcome, List<MemberState> seating, String title, String subtitle) {
        this.outcome = outcome;
        this.seating = seating;
        this.title = title;
        this.subtitle = subtitle;
    }

    /**
     * Returns the board of an outcome, with the members in the English alphabetical order of their names and the
     * council's name as the title.
     *
     * @param outcome the outcome (it holds the ballot), not null
     * @return the board
     */
    public static VoteBoard of(Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        Council council = outcome.ballot().council();
        return new VoteBoard(outcome, alphabetical(council), council.name(), "");
    }

    /**
     * Returns a council's members in the English alphabetical order of their names (ignoring case), the order in
     * which the presidency rotates.
     *
     * @param council the council, not null
     * @return the members, immutable
     */
    public static List<MemberState> alphabetical(Council council) {
        return RollCall.alphabetical(council);
    }

    /**
     * Returns this board with the members seated in another order, from the left end of the table to the right end.
     *
     * @param codes every member's alpha-3 code once, not null
     * @return the board
     * @throws IllegalArgumentException if a code is not a member, is named twice, or a member is missing
     */
    public VoteBoard withSeating(List<String> codes) {
        Council council = outcome.ballot().council();
        List<MemberState> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!council.contains(code)) {
                throw new IllegalArgumentException("seating: " + code + " is not a member of " + council.name());
            }
            if (!seen.add(code)) {
                throw new IllegalArgumentException("seating: " + code + " is seated twice");
            }
            order.add(council.member(code));
        }
        for (MemberState member : council.members()) {
            if (!seen.contains(member.code())) {
                throw new IllegalArgumentException("seating: " + member.code() + " has no seat");
            }
        }
        return new VoteBoard(outcome, ImmutableList.copyOf(order), title, subtitle);
    }

    /**
     * Returns this board with another title (the line above the table).
     *
     * @param text the title, not null
     * @return the board
     */
    public VoteBoard withTitle(String text) {
        return new VoteBoard(outcome, seating, Objects.requireNonNull(text, "text"), subtitle);
    }

    /**
     * Returns this board with a subtitle: smaller type under the title, wrapped at word boundaries to the board's
     * width (for instance a draft's sponsors under its symbol). The table moves down to make room.
     *
     * @param text the subtitle, empty for none, not null
     * @return the board
     */
    public VoteBoard withSubtitle(String text) {
        return new VoteBoard(outcome, seating, title, Objects.requireNonNull(text, "text").strip());
    }

    /**
     * Returns the outcome drawn.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Returns the members from the left end of the table to the right end.
     *
     * @return the seating, immutable
     */
    public List<MemberState> seating() {
        return seating;
    }

    /**
     * Returns the title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the subtitle, empty if there is none.
     *
     * @return the subtitle
     */
    public String subtitle() {
        return subtitle;
    }

    /**
     * Returns the height of the board in SVG user units.
     *
     * @return the height
     */
    public int height() {
        return height(ALONE);
    }

    private int height(Layout base) {
        Layout layout = laidOut(base);
        return (int) Math.ceil(layout.explanationTop(seating.size()) + layout.line() * explanationLines(layout).size() + 16);
    }

    /**
     * Returns the board as a standalone SVG document (no XML declaration, so that it can also be placed inline in
     * HTML).
     *
     * @return the SVG text
     */
    public String svg() {
        return svg("board");
    }

    /**
     * Returns the board as SVG whose element ids start with a prefix, for several boards on one HTML page.
     *
     * @param idPrefix letters, digits and hyphens, not empty
     * @return the SVG text
     */
    public String svg(String idPrefix) {
        checkId(idPrefix);
        StringBuilder out = new StringBuilder();
        open(out, WIDTH, height(), idPrefix, heading(), summary());
        draw(out, ALONE);
        return out.append("</svg>\n").toString();
    }

    /**
     * Returns two boards side by side as one SVG document, e.g. a ballot before and after some votes changed.
     *
     * @param left the left board, not null
     * @param right the right board, not null
     * @return the SVG text
     */
    public static String sideBySide(VoteBoard left, VoteBoard right) {
        int height = Math.max(left.height(PAIRED), right.height(PAIRED));
        StringBuilder out = new StringBuilder();
        open(out, 2 * WIDTH, height, "pair", left.heading() + " | " + right.heading(),
                left.summary() + " " + right.summary());
        out.append("<g>\n");
        left.draw(out, PAIRED);
        out.append("</g>\n<line x1=\"").append(WIDTH).append("\" y1=\"10\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(height - 10).append("\" stroke=\"#999\" stroke-width=\"1\"/>\n");
        out.append("<g transform=\"translate(").append(WIDTH).append(",0)\">\n");
        right.draw(out, PAIRED);
        return out.append("</g>\n</svg>\n").toString();
    }

    private static void checkId(String id) {
        if (id.isEmpty() || !id.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'))) {
            throw new IllegalArgumentException("id prefix must be letters, digits and hyphens: '" + id + "'");
        }
    }

    private static void open(StringBuilder out, int width, int height, String id, String title, String desc) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" style=\"max-width:100%;height:auto\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">\n");
        out.append("<title id=\"").append(id).append("-title\">").append(Pictures.escape(title)).append("</title>\n");
        out.append("<desc id=\"").append(id).append("-desc\">").append(Pictures.escape(desc)).append("</desc>\n");
        out.append("<rect width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
    }

    /** The title and the subtitle, for the document's title. */
    private String heading() {
        return subtitle.isEmpty() ? title : title + ", " + subtitle;
    }

    /** The layout with the table moved down below the subtitle's lines. */
    private Layout laidOut(Layout base) {
        return base.below(subtitleLines(base).size() * base.subtitleLine());
    }

    private List<String> subtitleLines(Layout layout) {
        return subtitle.isEmpty() ? List.of() : wrap(subtitle, layout.wrap(SUBTITLE_SIZE));
    }

    /** One line for screen readers: the outcome, then each vote with its members. */
    private String summary() {
        StringBuilder text = new StringBuilder(outcome.type().name().toLowerCase(Locale.ROOT)).append(". ");
        Ballot ballot = outcome.ballot();
        for (Vote vote : Vote.values()) {
            List<MemberState> members = ballot.members(vote);
            if (!members.isEmpty()) {
                text.append(vote.label()).append(": ")
                        .append(String.join(", ", members.stream().map(MemberState::code).toList())).append(". ");
            }
        }
        return text.append(outcome.explanation()).toString();
    }

    private void draw(StringBuilder out, Layout base) {
        Layout layout = laidOut(base);
        double f = layout.font();
        double cx = layout.cx();
        double cy = layout.cy(seating.size());
        int n = seating.size();
        double radius = layout.radius(n);
        double spacing = Math.toRadians(ARC) * radius / Math.max(1, n - 1);
        double r = Math.min(21, spacing * 0.36);
        double permanentRing = Math.max(2, 0.2 * r);
        double vetoRing = 0.42 * r;
        double start = 90 + ARC / 2;
        // the table: a thick grey horseshoe under the seats
        double a0 = Math.toRadians(start);
        double a1 = Math.toRadians(start - ARC);
        out.append(String.format(Locale.ROOT,
                "<path d=\"M %.1f %.1f A %.1f %.1f 0 1 1 %.1f %.1f\" fill=\"none\" stroke=\"#e4e4e4\" "
                        + "stroke-width=\"%.1f\" stroke-linecap=\"round\"/>%n",
                cx + radius * Math.cos(a0), cy - radius * Math.sin(a0), radius, radius,
                cx + radius * Math.cos(a1), cy - radius * Math.sin(a1), 2 * r + 22));
        int room = layout.wrapBold(18);
        text(out, cx, layout.titleBottom(), 18 * f, "bold", "middle",
                title.length() <= room ? title : title.substring(0, room - 1) + "\u2026");
        double subtitleY = layout.titleBottom();
        for (String line : subtitleLines(layout)) {
            subtitleY += layout.subtitleLine();
            text(out, cx, subtitleY, SUBTITLE_SIZE * f, "normal", "middle", line);
        }
        Ballot ballot = outcome.ballot();
        Set<MemberState> vetoing = Set.copyOf(outcome.vetoingMembers());
        double codeSize = Math.min(14, Math.max(10, r * 0.68)) * f;
        for (int i = 0; i < n; i++) {
            MemberState member = seating.get(i);
            double angle = Math.toRadians(n == 1 ? 90 : start - ARC * i / (n - 1));
            double x = cx + radius * Math.cos(angle);
            double y = cy - radius * Math.sin(angle);
            Vote vote = ballot.vote(member.code());
            boolean permanent = ballot.council().isPermanent(member.code());
            boolean veto = vetoing.contains(member);
            String label = member.name() + " (" + member.code() + "), " + (permanent ? "permanent" : "elected")
                    + " member: " + vote.label() + (veto ? ", veto" : "");
            out.append("<g class=\"seat\" data-code=\"").append(member.code()).append("\" data-vote=\"")
                    .append(vote.label()).append("\" role=\"img\" aria-label=\"").append(Pictures.escape(label))
                    .append("\">\n<title>").append(Pictures.escape(label)).append("</title>\n");
            Style style = Style.of(vote);
            out.append(String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#333333\" stroke-width=\"1.5\"%s/>%n",
                    x, y, r, style.fill, style.dashed ? " stroke-dasharray=\"4 3\"" : ""));
            if (permanent) {
                out.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"#000000\" "
                                + "stroke-width=\"1.5\"/>%n", x, y, r + permanentRing));
            }
            if (veto) {
                out.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"#000000\" "
                                + "stroke-width=\"3.5\"/>%n", x, y, r + vetoRing));
            }
            double letterSize = style.mark.length() > 1 ? r * 0.75 : r * 1.05;
            text(out, x, y + letterSize * 0.36, letterSize, "bold", "middle", style.mark, style.ink);
            // the code outside the rings, pushed outwards along the radius by half its width; a veto's word
            // stacked with it, away from the table
            double clearance = veto ? vetoRing + 2 + 1.5 * codeSize + 2
                    : (permanent ? permanentRing + 1 : 2) + codeSize + 2;
            double outward = radius + r + clearance;
            double lx = cx + outward * Math.cos(angle);
            double ly = cy - outward * Math.sin(angle) + codeSize * 0.36;
            double up = Math.sin(angle);
            double codeY = veto && Math.abs(up) <= 0.5 ? ly - codeSize * 0.55 : ly;
            text(out, lx, codeY, codeSize, permanent ? "bold" : "normal", "middle", member.code());
            if (veto) {
                double vetoY = up > 0.5 ? ly - codeSize - 2 : up < -0.5 ? ly + codeSize + 2 : codeY + codeSize + 2;
                text(out, lx, vetoY, codeSize, "bold", "middle", "VETO");
            }
            out.append("</g>\n");
        }
        // inside the horseshoe: the outcome in a word and the tally
        text(out, cx, cy - 10 * f, 30 * f, "bold", "middle", outcome.type().name());
        text(out, cx, cy + 18 * f, 15 * f, "normal", "middle", tallyLine());
        text(out, cx, cy + 38 * f, 13 * f, "normal", "middle", outcome.required() + " votes required");
        legend(out, layout);
        double y = layout.explanationTop(seating.size());
        for (String line : explanationLines(layout)) {
            text(out, 16, y, 15 * f, "normal", "start", line);
            y += layout.line();
        }
    }

    private String tallyLine() {
        var tally = outcome.tally();
        StringBuilder line = new StringBuilder().append(tally.yes()).append(" yes, ").append(tally.no())
                .append(" no, ").append(tally.abstain()).append(" abstaining");
        if (tally.absent() > 0) {
            line.append(", ").append(tally.absent()).append(" absent");
        }
        if (tally.notParticipating() > 0) {
            line.append(", ").append(tally.notParticipating()).append(" not participating");
        }
        return line.toString();
    }

    /** The five votes (in one or two rows), then the two rings. */
    private void legend(StringBuilder out, Layout layout) {
        double f = layout.font();
        double y = layout.legendTop(seating.size());
        double x = 16;
        double rowHeight = 24 * f;
        int item = 0;
        for (Vote vote : Vote.values()) {
            Style style = Style.of(vote);
            out.append(String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#333333\" stroke-width=\"1.2\"%s/>%n",
                    x + 10 * f, y - 5 * f, 10 * f, style.fill, style.dashed ? " stroke-dasharray=\"3 2\"" : ""));
            text(out, x + 10 * f, y - 1 * f, (style.mark.length() > 1 ? 8 : 11) * f, "bold", "middle", style.mark,
                    style.ink);
            text(out, x + 25 * f, y, 13 * f, "normal", "start", vote.label());
            x += 25 * f + 13 * f * 0.62 * vote.label().length() + 20 * f;
            if (++item == layout.votesPerLegendRow() && item < Vote.values().length) {
                x = 16;
                y += rowHeight;
            }
        }
        y += rowHeight;
        x = 16;
        ring(out, x + 12 * f, y - 5 * f, f, 1.5);
        text(out, x + 30 * f, y, 13 * f, "normal", "start", "permanent member (code in bold)");
        y += rowHeight;
        ring(out, x + 12 * f, y - 5 * f, f, 4);
        text(out, x + 30 * f, y, 13 * f, "normal", "start", "veto: a permanent member's no that blocked the draft");
    }

    private static void ring(StringBuilder out, double x, double y, double f, double width) {
        out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#ffffff\" "
                + "stroke=\"#333333\"/><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" "
                + "stroke=\"#000000\" stroke-width=\"%.1f\"/>%n", x, y, 7 * f, x, y, 11 * f, width));
    }

    /**
     * Where things go on a board {@value #WIDTH} units wide.
     *
     * @param radius the horseshoe's radius
     * @param font the type's scale
     * @param shift how far everything under the title moves down, for a subtitle
     */
    private record Layout(double radius, double font, double shift) {

        Layout(double radius, double font) {
            this(radius, font, 0);
        }

        /** The same layout with everything under the title moved down. */
        Layout below(double down) {
            return new Layout(radius, font, shift + down);
        }

        /** The distance from one line of the subtitle to the next. */
        double subtitleLine() {
            return (SUBTITLE_SIZE + 4) * font;
        }

        /** Larger councils get a larger table, so that their seats keep apart. */
        double radius(int seats) {
            return radius + 3 * Math.max(0, seats - 15);
        }

        double cx() {
            return WIDTH / 2.0;
        }

        double titleBottom() {
            return 26 * font;
        }

        /** The centre: below the title, the top seat's rings and its code and VETO stacked above it. */
        double cy(int seats) {
            return titleBottom() + shift + 10 + 8 * font + 2 * (14 * font + 2) + 11 + 21 + 4 + radius(seats);
        }

        double legendTop(int seats) {
            return cy(seats) + radius(seats) * Math.sin(Math.toRadians(ARC / 2 - 90)) + 21 + 13 + 2 * 14 * font
                    + 24;
        }

        /** Five votes fit one row of the legend at the normal size, three at a larger one. */
        int votesPerLegendRow() {
            return font > 1 ? 3 : 5;
        }

        double explanationTop(int seats) {
            int rows = (font > 1 ? 2 : 1) + 2;
            return legendTop(seats) + (rows - 1) * 24 * font + 30 * font;
        }

        double line() {
            return 21 * font;
        }

        /** The characters of a line of text of the given size that fit the width (a character ~0.56 em). */
        int wrap(double size) {
            return (int) ((WIDTH - 32) / (0.56 * size * font));
        }

        /** The same for bold type (a character ~0.66 em). */
        int wrapBold(double size) {
            return (int) ((WIDTH - 32) / (0.66 * size * font));
        }
    }

    /** The President's sentence, then the rule, wrapped at word boundaries. */
    private List<String> explanationLines(Layout layout) {
        List<String> lines = new ArrayList<>(wrap(outcome.explanation(), layout.wrap(15)));
        lines.addAll(wrap("Rule: " + outcome.rule() + ".", layout.wrap(15)));
        return lines;
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void text(StringBuilder out, double x, double y, double size, String weight, String anchor,
            String content) {
        text(out, x, y, size, weight, anchor, content, "#000000");
    }

    private static void text(StringBuilder out, double x, double y, double size, String weight, String anchor,
            String content, String fill) {
        out.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" font-weight=\"%s\" text-anchor=\"%s\" fill=\"%s\">",
                x, y, size, weight, anchor, fill)).append(Pictures.escape(content)).append("</text>\n");
    }

    /** How a vote looks: a fill, a letter and its ink, a dashed outline for an empty seat. */
    private record Style(String fill, String mark, String ink, boolean dashed) {

        static Style of(Vote vote) {
            return switch (vote) {
                case YES -> new Style("#1b7837", "Y", "#ffffff", false);
                case NO -> new Style("#b2182b", "N", "#ffffff", false);
                case ABSTAIN -> new Style("#fee08b", "A", "#000000", false);
                case ABSENT -> new Style("#ffffff", "\u2014", "#000000", true);
                case NOT_PARTICIPATING -> new Style("#d0d0d0", "NP", "#000000", true);
            };
        }
    }

    /**
     * Returns the mark a vote's seat carries: Y, N, A, — (absent) or NP (not participating).
     *
     * @param vote the vote, not null
     * @return the mark
     */
    public static String mark(Vote vote) {
        return Style.of(Objects.requireNonNull(vote, "vote")).mark;
    }
}
