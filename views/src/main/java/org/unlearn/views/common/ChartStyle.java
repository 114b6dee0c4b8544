package org.unlearn.views.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every chart of the app shares: plain background, light grid, no frame, the same fonts and note.
 * It follows the theme: the background, gridlines and text of every chart made by {@link #chart} (or passed
 * to {@link #themed}) are repainted when the theme changes, so chart code need not know it.
 * Code that paints its own ink on a chart reads it from {@link #palette()}.
 */
public final class ChartStyle {
    /** Encoded features are standardized, so components vary on the order of one; a smaller range is noise. */
    public static final double MIN_RANGE = 1.0;

    /**
     * A theme's chart colours.
     *
     * @param background the chart's and the plot's background
     * @param grid       the gridlines
     * @param ink        titles, axis labels, tick labels, legend items; also marks drawn on the data (centroids)
     * @param muted      notes under the chart, axis lines and tick marks
     */
    public record Palette(Color background, Color grid, Color ink, Color muted) {}

    /** White, light grey grid, near-black ink: the light theme. */
    public static final Palette LIGHT =
            new Palette(Color.WHITE, new Color(0xE3E3E3), new Color(0x1F2933), new Color(0x555555));
    /**
     * The dark theme: a background dark enough that every class colour keeps a contrast of at least 3:1 on it
     * (WCAG's figure for graphics), a grid that is seen but not read, light ink.
     */
    public static final Palette DARK =
            new Palette(new Color(0x1B1E23), new Color(0x353A42), new Color(0xE4E7EB), new Color(0xA7B0BA));

    private static final Set<JFreeChart> CHARTS = Collections.newSetFromMap(new WeakHashMap<>());
    private static volatile Palette current = LIGHT;
    private static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 11);

    static {
        textStaysText();
    }

    private ChartStyle() {}

    /**
     * JFreeChart draws rotated labels (the vertical axis's) as glyph outlines unless told not to; drawn as
     * strings they stay text in a saved SVG (searchable, selectable) and look the same on screen and in a PNG.
     * The switch is process-wide: it is set once, always to the same value, and never flipped around one
     * drawing, so a chart saved on the background executor cannot change how the screen draws meanwhile.
     */
    static void textStaysText() {
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /**
     * The plot as a chart: plain, padded, with a line below saying what is drawn.
     *
     * @param legendEdge where the legend goes, or null for none
     */
    public static JFreeChart chart(XYPlot plot, String note, RectangleEdge legendEdge) {
        plain(plot);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legendEdge != null);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(legendEdge);
            legend.setItemFont(TICKS);
            legend.setFrame(BlockBorder.NONE);
        }
        TextTitle subtitle = new TextTitle(note, NOTE);
        subtitle.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(subtitle);
        return themed(chart);
    }

    /** Paints a chart in the current theme's colours and repaints it whenever the theme changes. */
    public static JFreeChart themed(JFreeChart chart) {
        synchronized (CHARTS) {
            CHARTS.add(chart);
        }
        paint(chart, current);
        return chart;
    }

    /** The current theme's chart colours. */
    public static Palette palette() {
        return current;
    }

    public static Palette palette(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    /** Repaints every themed chart in the theme's colours; {@link Styles} calls it when the theme changes. */
    static void follow(Theme theme) {
        current = palette(theme);
        List<JFreeChart> charts;
        synchronized (CHARTS) {
            charts = new ArrayList<>(CHARTS);
        }
        charts.forEach(c -> paint(c, current));
    }

    private static void paint(JFreeChart chart, Palette p) {
        chart.setBackgroundPaint(p.background());
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(p.background());
            plot.setDomainGridlinePaint(p.grid());
            plot.setRangeGridlinePaint(p.grid());
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                paint(plot.getDomainAxis(i), p);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                paint(plot.getRangeAxis(i), p);
            }
        } else if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setBackgroundPaint(p.background());
            plot.setDomainGridlinePaint(p.grid());
            plot.setRangeGridlinePaint(p.grid());
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                paint(plot.getDomainAxis(i), p);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                paint(plot.getRangeAxis(i), p);
            }
        } else if (chart.getPlot() != null) {
            chart.getPlot().setBackgroundPaint(p.background());
        }
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(p.ink());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setBackgroundPaint(p.background());
                legend.setItemPaint(p.ink());
            } else if (t instanceof TextTitle text) {
                text.setPaint(p.muted());
                text.setBackgroundPaint(null);
            }
        }
    }

    private static void paint(Axis axis, Palette p) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(p.ink());
        axis.setTickLabelPaint(p.ink());
        axis.setAxisLinePaint(p.muted());
        axis.setTickMarkPaint(p.muted());
    }

    private static void plain(XYPlot plot) {
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** A number axis in the shared fonts; its range is the caller's to set. */
    public static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICKS);
        paint(axis, current);
        return axis;
    }

    /** A flat or near-flat series is drawn over at least this share of its own size. */
    public static final double LEAST_RELATIVE_SPAN = 0.02;

    /**
     * Sets a value axis to a range that shows the values' change honestly, with plain tick labels: a series
     * that barely moves (an accuracy of 0.971 that one row in ten thousand changes) is drawn over at least
     * {@link #LEAST_RELATIVE_SPAN} of its size, centred on it, so a tiny change stays a tiny wiggle instead of
     * filling the chart, and the ticks are distinct plain numbers (0.96, 0.965, 0.97), never "9.710145E-1"
     * repeated. Values all in [0, 1] (shares, accuracies) keep their range inside [0, 1].
     */
    public static void honestRange(NumberAxis axis, double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        axis.setNumberFormatOverride(
                new java.text.DecimalFormat("#,##0.########", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
        if (min > max) {
            return;
        }
        double mid = (min + max) / 2;
        double span = max - min;
        double least = mid == 0 ? 1 : LEAST_RELATIVE_SPAN * Math.abs(mid);
        double shown = Math.max(span * 1.1, least);
        double lower = mid - shown / 2;
        double upper = mid + shown / 2;
        if (min >= 0 && max <= 1) {
            if (upper > 1) {
                lower -= upper - 1;
                upper = 1;
            }
            if (lower < 0) {
                upper = Math.min(1, upper - lower);
                lower = 0;
            }
        }
        axis.setAutoRange(false);
        axis.setRange(lower, upper);
    }

    /**
     * The dots' size for so many points: many points get smaller dots, so a dense class or cluster does not
     * hide the others entirely.
     *
     * @param few the size up to 1,000 points
     */
    public static double dotSize(int points, double few) {
        return points <= 1000 ? few : points <= 3000 ? 5 : 4;
    }

    /** A circle of this diameter around the point. */
    public static Shape circle(double size) {
        return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
    }
}
