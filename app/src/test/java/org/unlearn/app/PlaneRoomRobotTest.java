package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the forget view's narrow middle column (1024×700, or beside the lesson panel) the plane's legend goes
 * under the points: beside them it left the points a strip about 120 px wide.
 */
@ExtendWith(ApplicationExtension.class)
class PlaneRoomRobotTest extends WindowRobotTest {

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = TestWindows.show(stage, Optional::empty);
    }

    @Test
    void thePointsKeepTheColumnsWidthBesideTheLessons(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        robot.clickOn("#start-learn");
        trainSisa(robot);
        Bounds area = bounds(robot.lookup(".forget-view #plane-area").query());
        Bounds key = bounds(robot.lookup(".forget-view #plane-legend").query());
        assertTrue(area.getWidth() > 250, "the points are " + area.getWidth() + " px wide");
        // The column beside the lessons is wide enough now for the legend to stand beside the points or under them
        // (whichever leaves the points the larger smaller side); either way it stays off them.
        assertTrue(
                key.getMinY() >= area.getMaxY() - 1 || key.getMinX() >= area.getMaxX() - 1,
                "the legend lies beside or under the points: " + key + " / " + area);
        // a short column keeps the legend beside the points: under them it would leave a strip
        robot.interact(() -> {
            window.classroom().lessons().close();
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds small = bounds(robot.lookup(".forget-view #plane-area").query());
        Bounds smallKey = bounds(robot.lookup(".forget-view #plane-legend").query());
        assertTrue(
                smallKey.getMinX() >= small.getMaxX() - 1,
                "the legend lies beside the points: " + smallKey + " / " + small);
    }

    private void trainSisa(FxRobot robot) throws Exception {
        robot.clickOn("#sample-penguins-csv");
        TestWindows.waitUntilIdle(window);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("#family-sisa");
        robot.clickOn("#train");
        TestWindows.waitUntilIdle(window);
        assertNotNull(window.forget().chain().currentProperty().get(), "a model is trained");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
