package org.unlearn.views.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.Styles;

/** The status bar of an approximate model's long debt line still fits a 1024-pixel window (the window must hold). */
@ExtendWith(ApplicationExtension.class)
class StatusViewWidthTest {
    private final SimpleObjectProperty<Provenance> current = new SimpleObjectProperty<>();
    private StatusView bar;

    @Start
    void start(Stage stage) {
        bar = new StatusView(
                new StatusViewModel(new ImmediateWork(), current, () -> new MemoryUse(1L << 28, 1L << 31)));
        stage.setScene(Styles.apply(new Scene(new BorderPane(null, null, null, bar, null), 1024, 200)));
        // The robot's stage is shared by the test classes of one run: it keeps the size an earlier one gave it.
        stage.setWidth(1024);
        stage.setHeight(200);
        stage.show();
    }

    @Test
    void anApproximateModelsDebtLineDoesNotPushTheBarPastTheWindow(FxRobot robot) {
        Provenance trained = Provenance.trained(QKMeans.FAMILY, 42, 18_734, Duration.ofMillis(60));
        Provenance debt = trained;
        for (int i = 0; i < 12; i++) {
            debt = debt.child("newton", new int[] {i}, 18_733 - i, false, Duration.ZERO);
        }
        Provenance shown = debt;
        robot.interact(() -> current.set(shown));
        robot.interact(() -> {});
        assertTrue(bar.minWidth(-1) <= 1024, "the bar needs " + bar.minWidth(-1) + " px");
        double window = bar.getScene().getWidth();
        assertTrue(
                bar.getWidth() <= window + 0.5,
                "the bar is " + bar.getWidth() + " px wide in a " + window + " px window");
        Label debtLabel = (Label) bar.lookup("#status-debt");
        assertEquals("12 approximate requests since the last exact model", debtLabel.getText());
        assertTrue(debtLabel.getTooltip().getText().startsWith(debtLabel.getText()), "the tooltip tells it whole");
    }

    @Test
    void theModelFactIsNeverCutWhileNoWorkRuns(FxRobot robot) {
        Label model = (Label) bar.lookup("#status-model");
        robot.interact(() -> current.set(null));
        robot.interact(() -> {});
        assertEquals("No model", model.getText());
        assertTrue(model.getWidth() >= model.prefWidth(-1) - 0.5, "cut to " + model.getWidth() + " px");
        Provenance trained = Provenance.trained(QKMeans.FAMILY, 42, 18_734, Duration.ofMillis(60));
        robot.interact(() -> current.set(trained));
        robot.interact(() -> {});
        assertTrue(model.getText().endsWith("18,734 rows"), model.getText());
        assertTrue(model.getWidth() >= model.prefWidth(-1) - 0.5, "cut to " + model.getWidth() + " px");
        assertTrue(bar.getWidth() <= bar.getScene().getWidth() + 0.5, "the bar is " + bar.getWidth() + " px wide");
        assertTrue(!bar.lookup("#cancel-work").isManaged(), "Cancel takes no room while nothing runs");
    }
}
