package org.unlearn.app;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;

/**
 * What a robot test of the whole window holds and how it ends: the stage and the window its {@code @Start}
 * method shows (TestFX looks for that method on the test class itself, so each class keeps its own), and the
 * window's background work stopped after every test.
 */
abstract class WindowRobotTest {
    protected Stage stage;
    protected MainWindow window;

    /** Opens the penguins sample, goes to Train and forget and trains the SISA ensemble at its defaults. */
    protected void trainSisaOnPenguins(FxRobot robot) throws TimeoutException {
        robot.interact(() -> robot.lookup("#sample-penguins-csv").queryButton().fire());
        TestWindows.waitUntilIdle(window);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.interact(
                () -> robot.lookup("#family-sisa").queryAs(RadioButton.class).fire());
        robot.interact(() -> robot.lookup("#train").queryButton().fire());
        TestWindows.waitUntilIdle(window);
    }

    @AfterEach
    void stopTheWindowsWork(FxRobot robot) {
        robot.interact(() -> window.work().shutdown());
    }
}
