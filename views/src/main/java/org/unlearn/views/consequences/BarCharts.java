package org.unlearn.views.consequences;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.unlearn.views.common.ChartStyle;

/** The before/after chart: horizontal bars, the trained model's beside the current model's. */
final class BarCharts {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private BarCharts() {}

    static JFreeChart of(Bars bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < bars.categories().size(); i++) {
            if (bars.before() != null) {
                data.addValue(bars.before()[i], "trained", bars.categories().get(i));
            }
            data.addValue(
                    bars.after()[i],
                    bars.before() != null ? "now" : "since training",
                    bars.categories().get(i));
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(TICKS);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = ChartStyle.axis(bars.valueLabel());
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, bars.before() != null ? new Color(0x9AA5B1) : new Color(0x1F4E9A));
        renderer.setSeriesPaint(1, new Color(0x1F4E9A));
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinesVisible(true);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(bars.title(), TITLE));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(TICKS);
        TextTitle note = new TextTitle(bars.note(), new Font(Font.SANS_SERIF, Font.ITALIC, 11));
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        return ChartStyle.themed(chart);
    }
}
