package org.unlearn.views.data;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;
import org.unlearn.views.common.ChartStyle;
import org.unlearn.views.common.ClassColours;
import org.unlearn.views.common.PointSeries;

/**
 * The projection as a JFreeChart scatter plot, one colour per class; while there is none, a line says
 * why (computing, cancelled, failed) with a button to try again.
 */
final class ScatterChartView extends StackPane {
    private static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 11);
    private static final int POINT_ALPHA = 190;
    /** Encoded features are standardized, so components vary on the order of one; a smaller range is noise. */
    private static final double MIN_AXIS_RANGE = 1.0;
    private final ChartViewer viewer = new ChartViewer();

    ScatterChartView(DataViewModel model) {
        setId("scatter");
        getStyleClass().add("scatter");
        viewer.setId("scatter-chart");
        Label status = new Label();
        status.setId("scatter-status");
        status.setWrapText(true);
        status.textProperty().bind(model.scatterStatusProperty());
        Button again = new Button("Compute the projection");
        again.setOnAction(e -> model.project());
        again.visibleProperty().bind(model.canProjectProperty());
        again.managedProperty().bind(again.visibleProperty());
        VBox placeholder = new VBox(10, status, again);
        placeholder.getStyleClass().add("scatter-placeholder");
        placeholder.visibleProperty().bind(model.scatterProperty().isNull());
        viewer.visibleProperty().bind(model.scatterProperty().isNotNull());
        getChildren().addAll(viewer, placeholder);
        model.scatterProperty().addListener((o, was, now) -> show(now));
        show(model.scatterProperty().get());
    }

    /** Without a projection the viewer keeps its last chart, hidden behind the placeholder. */
    private void show(ScatterData data) {
        if (data != null) {
            viewer.setChart(chart(data));
        }
    }

    static JFreeChart chart(ScatterData data) {
        DefaultXYDataset points = new DefaultXYDataset();
        List<PointSeries> series = data.series();
        for (PointSeries s : series) {
            points.addSeries(s.name(), s.coordinates());
        }
        // Many points get smaller dots, so dense classes do not hide the others entirely.
        double size = data.drawn() <= 1000 ? 6 : data.drawn() <= 3000 ? 5 : 4;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ClassColours.awt(series.get(i).colour(), POINT_ALPHA));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
            renderer.setLegendShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        renderer.setDefaultToolTipGenerator((dataset, s, item) -> "row " + series.get(s).rowId(item)
                + (series.get(s).colour() >= 0 ? " · " + series.get(s).name() : ""));
        NumberAxis x = axis(data.xLabel());
        NumberAxis y = axis(data.yLabel());
        XYPlot plot = new XYPlot(points, x, y, renderer);
        ChartStyle.plain(plot);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setItemFont(TICKS);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        TextTitle note = new TextTitle(data.note(), NOTE);
        note.setPaint(new Color(0x555555));
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        return chart;
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICKS);
        axis.setAutoRangeIncludesZero(false);
        // A component with almost no variance would otherwise be stretched until rounding noise fills the axis.
        axis.setAutoRangeMinimumSize(MIN_AXIS_RANGE);
        return axis;
    }
}
