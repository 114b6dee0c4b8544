package org.unlearn.views.data;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;
import org.unlearn.views.common.ChartPane;
import org.unlearn.views.common.ChartStyle;
import org.unlearn.views.common.ClassColours;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.PointSeries;

/**
 * The projection as a JFreeChart scatter plot, one colour per class; while there is none, a line says
 * why (computing, cancelled, failed) with a button to try again.
 */
final class ScatterChartView extends ChartPane<ScatterData> {
    private static final int POINT_ALPHA = 190;

    ScatterChartView(DataViewModel model) {
        super(model.scatterProperty(), ScatterChartView::chart, status(model), again(model));
        setId("scatter");
        getStyleClass().add("scatter");
        viewer().setId("scatter-chart");
    }

    private static Label status(DataViewModel model) {
        Label status = new Label();
        status.setId("scatter-status");
        status.setWrapText(true);
        status.textProperty().bind(model.scatterStatusProperty());
        return status;
    }

    private static Button again(DataViewModel model) {
        Button again = new Button("Compute the projection");
        again.setOnAction(e -> model.project());
        Nodes.showWhen(again, model.canProjectProperty());
        return again;
    }

    private static JFreeChart chart(ScatterData data) {
        DefaultXYDataset points = new DefaultXYDataset();
        List<PointSeries> series = data.series();
        for (PointSeries s : series) {
            points.addSeries(s.name(), s.coordinates());
        }
        double size = ChartStyle.dotSize(data.drawn(), 6);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ClassColours.awt(series.get(i).colour(), POINT_ALPHA));
            renderer.setSeriesShape(i, ChartStyle.circle(size));
            renderer.setLegendShape(i, ChartStyle.circle(8));
        }
        renderer.setDefaultToolTipGenerator((dataset, s, item) -> "row " + series.get(s).rowId(item)
                + (series.get(s).colour() >= 0 ? " · " + series.get(s).name() : ""));
        XYPlot plot = new XYPlot(points, axis(data.xLabel()), axis(data.yLabel()), renderer);
        return ChartStyle.chart(plot, data.note(), series.size() > 1 ? RectangleEdge.RIGHT : null);
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = ChartStyle.axis(label);
        axis.setAutoRangeIncludesZero(false);
        // A component with almost no variance would otherwise be stretched until rounding noise fills the axis.
        axis.setAutoRangeMinimumSize(ChartStyle.MIN_RANGE);
        return axis;
    }
}
