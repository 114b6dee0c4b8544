package org.unlearn.views.steps;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.unlearn.views.forget.ForgetView;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.forget.ModelChain;
import org.unlearn.views.forget.RequestReport;

/** Puts the step-through into a forget view: the panel docked at its foot, the button by its history, Esc. */
public final class StepThrough {
    private StepThrough() {}

    /** @return the step-through's model, for a menu item to open it */
    public static StepThroughViewModel install(ForgetView view, ForgetViewModel forget) {
        ModelChain chain = forget.chain();
        ObservableValue<RequestReport> newest = chain.reportProperty();
        StepThroughViewModel model = new StepThroughViewModel(newest.map(RequestReport::report));
        StepThroughPanel panel = new StepThroughPanel(model);
        view.dock(panel);
        Button open = new Button("Step through the newest request");
        open.setId("step-through-open");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setTooltip(new Tooltip("Shows what the engine did for the newest forget request, step by step,"
                + " each step drawn where it happened (Ctrl+Shift+S)."));
        open.disableProperty().bind(model.openableProperty().not());
        open.setOnAction(e -> model.open());
        view.addHistoryAction(open);
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.openProperty().get()) {
                model.close();
                e.consume();
            }
        });
        // Each step drawn where it happens, on the view's own pictures too: one listener each.
        List<StepMarks> marks = List.of(
                new ShardMapHighlight(view),
                new CentroidMarks(forget.picture(), model),
                new LeafTreeMarks(view),
                new DebtMarks(view));
        model.stepProperty().addListener((o, was, now) -> marks.forEach(m -> m.show(now)));
        model.openProperty().addListener((o, was, now) -> {
            if (now) {
                panel.lookup("#step-next").requestFocus();
            }
        });
        return model;
    }
}
