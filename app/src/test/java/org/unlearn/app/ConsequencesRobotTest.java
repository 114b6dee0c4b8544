package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;

/** Train, forget twice, then see the cost and consequences: the lines gain points, Compare adds the other methods. */
@ExtendWith(ApplicationExtension.class)
class ConsequencesRobotTest extends WindowRobotTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws IOException {
        window = TestWindows.show(stage, Optional::empty);
    }

    private void waitUntilIdle() throws TimeoutException {
        TestWindows.waitUntilIdle(window);
    }

    private void forget(FxRobot robot, String ids) throws TimeoutException {
        robot.clickOn("#pick-ids").push(KeyCode.CONTROL, KeyCode.A).write(ids).type(KeyCode.ENTER);
        waitUntilIdle();
        robot.clickOn("#forget");
        waitUntilIdle();
    }

    private static List<String> lines(FxRobot robot, String chart) {
        JFreeChart drawn =
                robot.lookup("#" + chart + "-chart").queryAs(ChartViewer.class).getChart();
        XYPlot plot = drawn.getXYPlot();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
            names.add(plot.getDataset().getSeriesKey(i).toString());
        }
        return names;
    }

    @Test
    void theChartsGainAPointPerRequestAndCompareAddsTheOtherMethods(FxRobot robot) throws Exception {
        robot.clickOn("#sample-penguins-csv");
        waitUntilIdle();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("#family-qkmeans");
        robot.clickOn("#train");
        waitUntilIdle();
        forget(robot, "5");
        forget(robot, "40-43");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertTrue(window.showsConsequences());
        verifyThat("#drift-chart", NodeMatchers.isVisible());
        assertEquals(List.of("Q-k-means — this model"), lines(robot, "drift"));
        JFreeChart drift =
                robot.lookup("#drift-chart").queryAs(ChartViewer.class).getChart();
        assertEquals(3, drift.getXYPlot().getDataset().getItemCount(0), "the training and two requests");

        robot.clickOn("#compare-methods");
        waitUntilIdle();
        assertEquals(
                List.of(
                        "Q-k-means — this model",
                        "Q-k-means retrained from scratch",
                        "Lloyd k-means (retrains from scratch)",
                        "DC-k-means (re-runs one leaf)"),
                lines(robot, "drift"));
        verifyThat("#consequences-note", NodeMatchers.isVisible());

        robot.clickOn("Retraining cost");
        assertEquals(4, lines(robot, "cost").size());
        Path saved = folder.resolve("cost.svg");
        robot.interact(() -> window.useChartPicker(name -> Optional.of(saved)));
        robot.clickOn("Save SVG…");
        // written on the background executor: the line beside the buttons says when it is there
        org.testfx.util.WaitForAsyncUtils.waitFor(
                30,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(org.testfx.matcher.control.LabeledMatchers.hasText("Saved cost.svg"))
                        .tryQuery()
                        .isPresent());
        assertTrue(Files.readString(saved).contains("Cost of each forget request"));
    }
}
