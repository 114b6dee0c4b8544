package org.unlearn.app;

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

    @AfterEach
    void stopTheWindowsWork(FxRobot robot) {
        robot.interact(() -> window.work().shutdown());
    }
}
