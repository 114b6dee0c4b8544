package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.OpenRequest;

/**
 * The status bar's line describes the state the user is in: a session's copy of the data opened and projected
 * behind the Audit view (on starting a session, after a request made there) left "Projected 344 rows of
 * penguins.csv: the two components explain…" in the line, a fact of the data view the user was not shown.
 */
@ExtendWith(ApplicationExtension.class)
class StatusLineRobotTest {
    private final List<String> notices = new ArrayList<>();
    private MainWindow window;
    private Path dir;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("unlearn-status-line");
        window = TestWindows.showAtHome(stage, dir.resolve("home"), notices);
    }

    @AfterEach
    void stop(FxRobot robot) {
        TestWindows.closeAtHome(robot, window);
    }

    @Test
    void aSessionsCopyProjectedBehindTheAuditViewLeavesNoProjectionInTheLine(FxRobot robot) throws Exception {
        robot.interact(() -> window.data().open(new OpenRequest(TestFiles.sample("penguins.csv"), "species")));
        TestWindows.waitUntilJobsSettle(window);
        assertTrue(window.showsData());
        assertTrue(line().startsWith("Projected 344 rows"), "on the data view the projection is news: " + line());

        robot.interact(
                () -> { // as File ▸ New session… does once its folder is chosen
                    SessionDialogs.create(window, dir.resolve("penguin-erasures"), "sisa");
                    window.showAudit();
                });
        TestWindows.waitUntilJobsSettle(window);
        assertTrue(window.audit().openProperty().get(), () -> "not created: " + notices);
        assertTrue(window.showsAudit(), "the Audit view is shown");
        assertFalse(line().startsWith("Projected"), "after the session started, in the Audit view: " + line());

        robot.interact(() -> {
            window.audit().rowsProperty().set("5, 40-44"); // some held out: the line says so
            window.audit().methodProperty().set(ErasureRequest.Method.EXACT);
            window.audit().forget();
        });
        TestWindows.waitUntilJobsSettle(window);
        assertEquals(1, window.audit().session().requests().size(), () -> "not recorded: " + notices);
        // The Audit view's own line confirms the request, whole at 1024x700 (it was cut at "never train…").
        robot.interact(() -> {});
        javafx.scene.control.Label result = robot.lookup("#audit-result").queryAs(javafx.scene.control.Label.class);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) result.lookup(".text");
        assertTrue(result.getText().startsWith("r1: done"), result.getText());
        assertEquals(result.getText(), shown.getText().replace("\n", " "), "the Audit view's result line is cut");
        assertFalse(line().startsWith("Projected"), "after a request made in the Audit view: " + line());
    }

    private String line() {
        return window.work().messageProperty().get();
    }
}
