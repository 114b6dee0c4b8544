package org.unlearn.views.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The look every scatter picture of the app shares: white, light grid, no frame, the same fonts and note. */
public final class ChartStyle {
    /** Encoded features are standardized, so components vary on the order of one; a smaller range is noise. */
    public static final double MIN_RANGE = 1.0;
    private static final Color GRID = new Color(0xE3E3E3);
    private static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 11);
    private static final Color NOTE_INK = new Color(0x555555);

    private ChartStyle() {
    }

    /**
     * The plot as a chart: plain, padded, with a line below saying what is drawn.
     *
     * @param legendEdge where the legend goes, or null for none
     */
    public static JFreeChart chart(XYPlot plot, String note, RectangleEdge legendEdge) {
        plain(plot);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legendEdge != null);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(legendEdge);
            legend.setItemFont(TICKS);
            legend.setFrame(BlockBorder.NONE);
        }
        TextTitle subtitle = new TextTitle(note, NOTE);
        subtitle.setPaint(NOTE_INK);
        subtitle.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(subtitle);
        return chart;
    }

    private static void plain(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
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
        return axis;
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
