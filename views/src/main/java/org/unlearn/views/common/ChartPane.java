package org.unlearn.views.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A chart of whatever is to be shown, and while there is nothing, a placeholder in front saying why. The
 * viewer keeps its last chart meanwhile, hidden, so nothing is drawn for a picture that is not there.
 *
 * @param <T> what a chart is made of
 */
public class ChartPane<T> extends StackPane {
    private final ChartViewer viewer = new ChartViewer();

    /**
     * @param chart       makes the chart of what is shown
     * @param placeholder what the placeholder says (a line, a button to try again), one above the other
     */
    protected ChartPane(ObservableValue<T> shown, Function<T, JFreeChart> chart, Node... placeholder) {
        VBox empty = new VBox(10, placeholder);
        empty.getStyleClass().add("scatter-placeholder");
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> shown.getValue() == null, shown));
        viewer.visibleProperty().bind(empty.visibleProperty().not());
        getChildren().addAll(viewer, empty);
        shown.addListener((o, was, now) -> {
            if (now != null) {
                viewer.setChart(chart.apply(now));
            }
        });
        if (shown.getValue() != null) {
            viewer.setChart(chart.apply(shown.getValue()));
        }
    }

    /** The chart drawn now, or null before the first. */
    public final JFreeChart chart() {
        return viewer.getChart();
    }

    protected final ChartViewer viewer() {
        return viewer;
    }
}
