package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.model.family.Families;
import org.unlearn.model.linear.LinearModel;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.plane.PlaneContent;
import org.unlearn.views.plane.PlaneView;
import org.unlearn.views.plane.PlaneViewport;

/**
 * The whole flow on a real sample, as a user goes through it: a SISA ensemble, a lasso, the shard map's
 * plan and its crossed-out checkpoints, the ghosts; then a logistic model forgetting approximately and
 * exactly, its debt, Consolidate, and the drift chart gaining a point per request.
 */
@ExtendWith(ApplicationExtension.class)
class UnlearningFlowRobotTest extends WindowRobotTest {

    @Start
    void start(Stage stage) throws IOException {
        window = TestWindows.show(stage, Optional::empty);
    }

    private void waitUntilIdle() throws TimeoutException {
        TestWindows.waitUntilIdle(window);
    }

    private void lasso(FxRobot robot) {
        ForgetViewModel forget = window.forget();
        PlaneView plane = robot.lookup("#cluster-picture").query();
        PlaneViewport v = forget.picture().plane().viewportProperty().get();
        double[][] loop = {{0.05, 0.1}, {0.45, 0.05}, {0.55, 0.5}, {0.35, 0.95}, {0.08, 0.7}};
        double[] px = Arrays.stream(loop)
                .mapToDouble(p -> v.left() + p[0] * v.width())
                .toArray();
        double[] py = Arrays.stream(loop)
                .mapToDouble(p -> v.top() + p[1] * v.height())
                .toArray();
        robot.drag(plane.screenPointOfPixel(px[0], py[0]), MouseButton.PRIMARY);
        for (int i = 1; i < px.length; i++) {
            robot.moveTo(plane.screenPointOfPixel(px[i], py[i]));
        }
        robot.moveTo(plane.screenPointOfPixel(px[0], py[0])).drop();
    }

    @Test
    void sisaThenALinearModelForgetExactlyAndApproximately(FxRobot robot) throws Exception {
        robot.clickOn("#sample-penguins-csv");
        waitUntilIdle();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("#family-sisa");
        robot.clickOn("#train");
        waitUntilIdle();
        ForgetViewModel forget = window.forget();
        assertNotNull(forget.chain().currentProperty().get(), "a SISA ensemble is trained");
        verifyThat("#shard-map", NodeMatchers.isVisible());

        lasso(robot);
        WaitForAsyncUtils.waitForFxEvents();
        int[] picked = forget.picks().pickedProperty().get().ids();
        assertTrue(picked.length > 5, "the lasso picks rows: " + picked.length);
        assertTrue(
                robot.lookup(".shard-cell.planned").queryAll().size() > 0,
                "the shard map shows what would be retrained");

        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntilIdle();
        assertTrue(forget.chain().reportProperty().get().report().exact(), "SISA forgets exactly");
        assertTrue(robot.lookup(".shard-cell.deleted").queryAll().size() > 0, "deleted checkpoints are crossed out");
        PlaneContent after = forget.picture().pictureProperty().get();
        assertEquals(picked.length, after.ghostCount(), "the forgotten rows stay as ghosts");

        robot.clickOn("#family-logreg");
        robot.clickOn("#train");
        waitUntilIdle();
        LinearModel<?> trained =
                (LinearModel<?>) forget.chain().currentProperty().get().engine();
        verifyThat("#debt-panel", NodeMatchers.isVisible());
        robot.interact(() -> forget.chain()
                .requestMethodProperty()
                .set(Families.byCode("logreg").forgetMethod("pru")));
        robot.clickOn("#pick-ids")
                .push(KeyCode.CONTROL, KeyCode.A)
                .write(Integer.toString(trained.trainingData().rowId(3)))
                .type(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntilIdle();
        assertTrue(
                robot.lookup("#debt-line").queryLabeled().getText().startsWith("Debt: 1 approximate request"),
                robot.lookup("#debt-line").queryLabeled().getText());

        robot.interact(() -> forget.chain()
                .requestMethodProperty()
                .set(Families.byCode("logreg").forgetMethod("exact")));
        robot.clickOn("#pick-ids")
                .push(KeyCode.CONTROL, KeyCode.A)
                .write(Integer.toString(trained.trainingData().rowId(9)))
                .type(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntilIdle();
        assertTrue(forget.chain().reportProperty().get().report().exact(), "an exact request retrains");
        assertTrue(robot.lookup("#debt-line").queryLabeled().getText().startsWith("Exact"), "and pays the debt");

        robot.interact(() -> forget.chain()
                .requestMethodProperty()
                .set(Families.byCode("logreg").forgetMethod("newton")));
        robot.clickOn("#pick-ids")
                .push(KeyCode.CONTROL, KeyCode.A)
                .write(Integer.toString(trained.trainingData().rowId(20)))
                .type(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntilIdle();
        robot.clickOn("#consolidate");
        waitUntilIdle();
        assertTrue(robot.lookup("#debt-line").queryLabeled().getText().startsWith("Exact"), "consolidated");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        JFreeChart drift =
                robot.lookup("#drift-chart").queryAs(ChartViewer.class).getChart();
        assertEquals(
                5, drift.getXYPlot().getDataset().getItemCount(0), "the training, three requests, the consolidation");
    }
}
