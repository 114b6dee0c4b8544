package org.unlearn.views.consequences;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.unlearn.views.common.ChartStyle;

/** The consequence charts: lines with their points marked, titled, with units on both axes. */
final class CurveCharts {
    /** A range wider than this many times from its least to its greatest value is drawn on a log axis. */
    static final double LOG_SPAN = 50;

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Color[] INKS = {
        new Color(0x1F4E9A),
        new Color(0xC0392B),
        new Color(0x2E8B57),
        new Color(0xD68910),
        new Color(0x7D3C98),
        new Color(0x5D6D7E)
    };

    private CurveCharts() {}

    static JFreeChart drift(List<Curve> curves, String metric) {
        NumberAxis x = ChartStyle.axis("Rows forgotten so far");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = ChartStyle.axis(metric);
        ChartStyle.honestRange(y, all(curves));
        boolean higherIsBetter = metric.toLowerCase(Locale.ROOT).contains("accuracy");
        return chart(
                "Quality as rows are forgotten",
                curves,
                x,
                y,
                "the training at 0, then one point per request; "
                        + (higherIsBetter ? "higher is better" : "lower is better")
                        + "; where dashed lines coincide, their dashes take turns");
    }

    static JFreeChart cost(List<Curve> curves, CostMeasure measure, String workUnit, boolean cumulative) {
        NumberAxis x = ChartStyle.axis("Request");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.05);
        x.setUpperMargin(0.05);
        String unit = measure == CostMeasure.TIME ? "ms" : workUnit;
        String kind = measure == CostMeasure.TIME ? "wall time" : "work";
        String what = cumulative ? "Total " + kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        List<Curve> drawn = curves.stream().map(Curve::positive).toList();
        boolean log = wide(drawn);
        ValueAxis y = log ? logAxis(what + " (" + unit + ", log scale)") : plainAxis(what + " (" + unit + ")", drawn);
        String title = cumulative ? "Cost of forgetting, added up" : "Cost of each forget request";
        return chart(
                title,
                drawn,
                x,
                y,
                measure == CostMeasure.TIME
                        ? "wall time on this machine; a retrain from scratch is timed from the same rows"
                        : "machine-independent work; a retrain from scratch is charged a full training's work");
    }

    /** A linear value axis from zero (a cost is measured from nothing), in plain numbers. */
    private static NumberAxis plainAxis(String label, List<Curve> curves) {
        NumberAxis axis = ChartStyle.axis(label);
        double[] values = all(curves);
        double max = java.util.Arrays.stream(values).max().orElse(0);
        ChartStyle.honestRange(axis, values);
        if (max > 0) {
            axis.setRange(0, max * 1.08);
        }
        return axis;
    }

    /** Every value of the curves, for the axis to span. */
    static double[] all(List<Curve> curves) {
        return curves.stream()
                .flatMapToDouble(c -> java.util.Arrays.stream(c.y()))
                .toArray();
    }

    private static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(1e-4);
        // Whole powers of ten, written as plain numbers (0.1, 1, 10, 100), not as fractional exponents.
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        ValueAxis shared = ChartStyle.axis(label);
        axis.setLabelFont(shared.getLabelFont());
        axis.setTickLabelFont(shared.getTickLabelFont());
        return axis;
    }

    /** True when the positive values span more than {@link #LOG_SPAN} times. */
    static boolean wide(List<Curve> curves) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Curve c : curves) {
            for (double v : c.y()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max > 0 && max / min > LOG_SPAN;
    }

    /**
     * The dashes of replay {@code index} of {@code count}: each line's dash falls in the others' gaps, so lines
     * that coincide (accuracy on a few hundred rows often ties) show every colour in turn instead of the last
     * one drawn hiding the rest.
     */
    static BasicStroke dashes(int index, int count) {
        if (count <= 1) {
            return new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f);
        }
        float dash = 7f;
        float period = dash * count;
        float phase = (period - dash * index) % period;
        return new BasicStroke(
                2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {dash, period - dash}, phase);
    }

    private static JFreeChart chart(String title, List<Curve> curves, ValueAxis x, ValueAxis y, String note) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        // Each line drawn whole, so its dashes run on from one point to the next instead of starting afresh.
        renderer.setDrawSeriesLineAsPath(true);
        int replays = (int) curves.stream().filter(c -> !c.live()).count();
        int replay = 0;
        for (int i = 0; i < curves.size(); i++) {
            Curve c = curves.get(i);
            XYSeries series = new XYSeries(c.name(), false, true);
            for (int p = 0; p < c.size(); p++) {
                series.add(c.x()[p], c.y()[p]);
            }
            data.addSeries(series);
            renderer.setSeriesPaint(i, INKS[i % INKS.length]);
            renderer.setSeriesShape(i, ChartStyle.circle(c.live() ? 8 : 6));
            renderer.setSeriesStroke(i, c.live() ? new BasicStroke(2.5f) : dashes(replay++, replays));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        // This model's solid line first, the replays' dashed lines over it: where an exact method's retrain
        // coincides with it, the dashes show on top rather than vanishing under it.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        JFreeChart chart = ChartStyle.chart(plot, note, RectangleEdge.BOTTOM);
        TextTitle heading = new TextTitle(title, TITLE);
        chart.setTitle(heading);
        return chart;
    }
}
