package org.unlearn.views.consequences;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.jfree.chart.JFreeChart;
import org.unlearn.views.common.ChartPane;

/** A consequence chart, or while it has no line, a line saying what will appear. */
final class CurveChartView extends ChartPane<List<Curve>> {
    CurveChartView(
            String id, ObservableValue<List<Curve>> curves, Function<List<Curve>, JFreeChart> chart, String empty) {
        super(
                Bindings.createObjectBinding(
                        () -> curves.getValue() == null || curves.getValue().isEmpty() ? null : curves.getValue(),
                        curves),
                chart,
                new Label(empty));
        setId(id);
        viewer().setId(id + "-chart");
    }
}
