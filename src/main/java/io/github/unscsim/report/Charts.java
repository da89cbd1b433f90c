package io.github.unscsim.report;

import io.github.unscsim.power.CouncilGame;
import io.github.unscsim.power.index.PowerProfile;
import io.github.unscsim.power.index.ShapleyShubikIndex;
import io.github.unscsim.record.Statistics;
import io.github.unscsim.reform.ReformModel;
import io.github.unscsim.reform.ReformModels;
import io.github.unscsim.scenario.AdoptionOdds;
import io.github.unscsim.scenario.ExactOdds;
import io.github.unscsim.scenario.Scenario;
import io.github.unscsim.scenario.Sweep;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Charts as SVG, drawn by JFreeChart (org.jfree:jfreechart) through JFreeSVG (org.jfree:org.jfree.svg): the power of
 * each kind of member under each reform model, the vetoes per permanent member per decade, and the odds of adoption
 * across a {@link Sweep}. Both libraries are optional dependencies of this library: the command line
 * ({@code target/unsc.jar}) has them; a program that calls this class must add them itself. Charts are drawn
 * headless ({@code java.awt.headless} is set to true unless already set). Bars and lines are told apart by pattern
 * as well as by colour (grey shades that differ in lightness, dashes and point shapes), so that the charts read in
 * black and white. Stateless and thread-safe.
 */
public final class Charts {

    /** The default width of a chart, in SVG user units. */
    public static final int WIDTH = 800;
    /** The default height of a chart, in SVG user units. */
    public static final int HEIGHT = 460;

    /** Fills that differ in lightness as well as hue (a colour-blind-safe palette, dark to light). */
    private static final Color[] FILLS = {new Color(0x1f, 0x3a, 0x93), new Color(0xd9, 0x5f, 0x02),
        new Color(0x75, 0x70, 0xb3), new Color(0x66, 0xa6, 0x1e), new Color(0xe6, 0xab, 0x02),
        new Color(0x1b, 0x9e, 0x77), new Color(0x66, 0x66, 0x66)};

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /**
     * The kinds of member a reform model has, in the order a chart shows them, each with the code of one member of
     * that kind (members of one kind are symmetric, so they hold the same power).
     *
     * @param model the model, not null
     * @return kind → a member's code; a kind the model does not have is left out
     */
    public static Map<String, String> memberKinds(ReformModel model) {
        Map<String, String> kinds = new LinkedHashMap<>();
        model.vetoHolders().stream().filter(ReformModels.P5::contains).findFirst()
                .ifPresent(code -> kinds.put("permanent member (veto)", code));
        model.vetoHolders().stream().filter(code -> !ReformModels.P5.contains(code) && !code.equals("SUN"))
                .findFirst().ifPresent(code -> kinds.put("new permanent, veto", code));
        if (!model.otherPermanent().isEmpty()) {
            kinds.put("new permanent, no veto", model.otherPermanent().get(0));
        }
        if (model.elected() > 0) {
            kinds.put("elected member", ReformModel.electedCode(0));
        }
        return kinds;
    }

    /**
     * Returns the Shapley–Shubik index of one member of each kind under each model ({@link #memberKinds}), as
     * {@link #powerByReform(Map)} takes it.
     *
     * @param models the models, not null
     * @return model name → kind → power, in order
     */
    public static Map<String, Map<String, Double>> shapleyShubikByReform(List<ReformModel> models) {
        Map<String, Map<String, Double>> power = new LinkedHashMap<>();
        for (ReformModel model : models) {
            PowerProfile profile = new ShapleyShubikIndex().compute(CouncilGame.of(model));
            Map<String, Double> byKind = new LinkedHashMap<>();
            memberKinds(model).forEach((kind, code) -> byKind.put(kind, PowerProfile.toDouble(profile.value(code))));
            power.put(model.name(), byKind);
        }
        return power;
    }

    /**
     * A grouped bar chart of voting power: one group per kind of member, one bar per reform model.
     *
     * @param power model → kind of member → power (0 to 1), in order, not null, not empty
     * @return the SVG text
     * @throws IllegalArgumentException if there is no model
     */
    public static String powerByReform(Map<String, Map<String, Double>> power) {
        if (power.isEmpty()) {
            throw new IllegalArgumentException("no reform model to chart");
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        power.forEach((model, byKind) -> byKind.forEach((kind, value) -> data.addValue(value, model, kind)));
        JFreeChart chart = ChartFactory.createBarChart("Shapley–Shubik power of one member, by reform model",
                "kind of member", "power (share of 1)", data, PlotOrientation.VERTICAL, true, true, false);
        styleBars(chart);
        return svg(chart, "Power of one member of each kind under each reform model", WIDTH, HEIGHT + 60);
    }

    /**
     * A grouped bar chart of vetoes: one group per decade, one bar per vetoing member.
     *
     * @param counts the counts ({@link Statistics#vetoes}), not null
     * @return the SVG text
     * @throws IllegalArgumentException if there are no vetoes
     */
    public static String vetoesByDecade(Statistics.VetoCounts counts) {
        if (counts.vetoes().isEmpty()) {
            throw new IllegalArgumentException("no vetoes to chart");
        }
        java.util.SortedSet<Integer> decades = new java.util.TreeSet<>();
        counts.vetoes().values().forEach(byDecade -> decades.addAll(byDecade.keySet()));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String code : counts.vetoes().keySet()) {
            for (int decade : decades) {
                data.addValue(counts.vetoes(code, decade), code, decade + "s");
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Vetoes per permanent member per decade", "decade",
                "vetoes cast", data, PlotOrientation.VERTICAL, true, true, false);
        styleBars(chart);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return svg(chart, "Vetoes per permanent member per decade: " + counts.totalVetoes() + " vetoes on "
                + counts.vetoedVotes() + " votes", WIDTH, HEIGHT);
    }

    /**
     * A line chart of a sweep: the probabilities of adoption, of a veto and of failing, as the parameter varies.
     *
     * @param sweep the sweep, not null
     * @param title the chart's title, not null
     * @return the SVG text
     */
    public static String sweep(Sweep sweep, String title) {
        Objects.requireNonNull(title, "title");
        XYSeries adopted = new XYSeries("adopted");
        XYSeries vetoed = new XYSeries("vetoed");
        XYSeries failed = new XYSeries("failed");
        for (Sweep.Row row : sweep.rows()) {
            adopted.add(row.value(), row.odds().adopted());
            vetoed.add(row.value(), row.odds().vetoed());
            failed.add(row.value(), row.odds().failed());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(adopted);
        data.addSeries(vetoed);
        data.addSeries(failed);
        JFreeChart chart = ChartFactory.createXYLineChart(title, sweep.parameter(), "probability", data,
                PlotOrientation.VERTICAL, true, true, false);
        theme(chart);
        XYPlot plot = chart.getXYPlot();
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(-0.02, 1.02);
        if (sweep.parameter().equals("votes required")) {
            ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        float[][] dashes = {null, {10f, 5f}, {3f, 4f}};
        java.awt.Shape[] shapes = {new Ellipse2D.Double(-4, -4, 8, 8), new Rectangle2D.Double(-4, -4, 8, 8),
            new java.awt.Polygon(new int[] {0, 5, -5}, new int[] {-5, 4, 4}, 3)};
        Color[] colours = {new Color(0x1b, 0x78, 0x37), new Color(0xb2, 0x18, 0x2b), new Color(0x44, 0x44, 0x44)};
        for (int i = 0; i < 3; i++) {
            renderer.setSeriesPaint(i, colours[i]);
            renderer.setSeriesStroke(i, dashes[i] == null ? new BasicStroke(2.5f)
                    : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dashes[i], 0f));
            renderer.setSeriesShape(i, shapes[i]);
        }
        plot.setRenderer(renderer);
        StringBuilder desc = new StringBuilder(title).append(": ").append(sweep.parameter());
        for (Sweep.Row row : sweep.rows()) {
            desc.append(String.format(Locale.ROOT, "; %s: adopted %.3f", Reports.text(row.value()),
                    row.odds().adopted()));
        }
        return svg(chart, desc.toString(), WIDTH, HEIGHT);
    }

    /**
     * The sweep that {@code scenario FILE --chart} draws, over the scenario's base: with a member, that member's
     * probability of abstaining from 0 to 1 in {@value #ABSTENTION_STEPS} steps ({@link Sweep#abstention}); without,
     * the number of affirmative votes required from 1 to the council's size ({@link Sweep#threshold}). The odds are
     * exact where the base's positions are independent, else the base correlation's Monte Carlo estimates.
     *
     * @param scenario the scenario, not null
     * @param abstainer the member whose abstention varies (an alpha-3 code of the base council), or empty
     * @return the sweep
     * @throws IllegalArgumentException if the member does not sit on the base council
     */
    public static Sweep scenarioSweep(Scenario scenario, Optional<String> abstainer) {
        AdoptionOdds odds = scenario.correlation().isIndependent() ? new ExactOdds() : scenario.correlation().odds();
        if (abstainer.isPresent()) {
            String code = abstainer.get();
            if (!scenario.council().contains(code)) {
                throw new IllegalArgumentException(code + " does not sit on " + scenario.council().name());
            }
            return Sweep.abstention(scenario.basePositions(), scenario.baseRule(), code, ABSTENTION_STEPS, odds);
        }
        return Sweep.threshold(scenario.basePositions(), scenario.baseRule(), 1, scenario.council().size(), odds);
    }

    /** The steps of the abstention sweep that {@link #scenarioSweep} makes. */
    public static final int ABSTENTION_STEPS = 20;

    private static void theme(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xbb, 0xbb, 0xbb));
        theme.setRangeGridlinePaint(new Color(0xbb, 0xbb, 0xbb));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
    }

    private static void styleBars(JFreeChart chart) {
        theme(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setItemMargin(0.05);
        renderer.setDrawBarOutline(true);
        // a long category ("new permanent, no veto") wraps onto a second line instead of being cut short
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        int series = plot.getDataset().getRowCount();
        for (int i = 0; i < series; i++) {
            renderer.setSeriesPaint(i, fill(i));
            renderer.setSeriesOutlinePaint(i, Color.BLACK);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(0.8f));
        }
    }

    /** A series' fill: solid for the first colours, then a two-tone stripe, so that neighbours differ in grey. */
    private static Paint fill(int series) {
        Color base = FILLS[series % FILLS.length];
        if (series < FILLS.length) {
            return base;
        }
        return new GradientPaint(0, 0, base, 4, 4, Color.WHITE, true);
    }

    /** Draws a chart into SVG and gives it a title and a description for screen readers. */
    private static String svg(JFreeChart chart, String description, int width, int height) {
        chart.getTitle().setPadding(8, 8, 4, 8);
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        String element = graphics.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        String title = chart.getTitle() == null ? description : chart.getTitle().getText();
        int close = element.indexOf('>');
        return element.substring(0, close) + " role=\"img\" style=\"max-width:100%;height:auto\">" + "<title>" + Pictures.escape(title) + "</title><desc>"
                + Pictures.escape(description) + "</desc>" + element.substring(close + 1) + "\n";
    }
}
