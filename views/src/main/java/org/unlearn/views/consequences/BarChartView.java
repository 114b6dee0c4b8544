package org.unlearn.views.consequences;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.unlearn.views.common.ChartPane;

/** The before/after bars, or while there is no model, a line saying what will appear. */
final class BarChartView extends ChartPane<Bars> {
    BarChartView(ObservableValue<Bars> bars) {
        super(bars, BarCharts::of, new Label("Train a model: what forgetting changes inside it appears here."));
        setId("before-after");
        viewer().setId("before-after-chart");
    }
}
