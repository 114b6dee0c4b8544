package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unlearn.model.session.ModelHash;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.forget.HistoryEntry;
import org.unlearn.views.forget.ModelState;

/**
 * The privacy officer's path (iris, logistic regression): a session started on an opened file, a person's row
 * forgotten in the Audit view; the forget view then shows the session's new model, which no longer holds the
 * row, never the model from before the request; Ctrl+R there checks that model against a retrain from scratch.
 */
@ExtendWith(ApplicationExtension.class)
class AuditRequestReachesForgetViewRobotTest extends WindowRobotTest {
    private Path dir;
    private final List<String> notices = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("unlearn-audit-request");
        window = TestWindows.showAtHome(stage, dir.resolve("home"), notices);
    }

    @AfterEach
    void closeTheSession(FxRobot robot) {
        TestWindows.closeAtHome(robot, window);
    }

    @Test
    void aRequestMadeInTheAuditViewIsTheModelTheForgetViewShows(FxRobot robot) throws Exception {
        Path source = Files.createDirectories(dir.resolve("mine")).resolve("iris.csv");
        Files.copy(TestFiles.sample("iris.csv"), source);
        robot.interact(() -> window.data().open(new OpenRequest(source, "target_name")));
        TestWindows.waitUntilJobsSettle(window);
        robot.interact(() -> SessionDialogs.create(window, dir.resolve("session"), "logreg"));
        TestWindows.waitUntilJobsSettle(window);
        assertTrue(window.audit().openProperty().get(), () -> "not created: " + notices);
        ModelState before = window.forget().chain().currentProperty().get();
        assertTrue(before != null, () -> "the session's model is shown: " + notices);
        int row = 1;
        while (!before.holds(row)) {
            row++;
        }
        String picked = Integer.toString(row);
        robot.interact(() -> {
            window.audit().rowsProperty().set(picked);
            window.audit().subjectProperty().set("case 7");
            window.audit().forget();
        });
        TestWindows.waitUntilJobsSettle(window);

        assertEquals(1, window.audit().session().requests().size(), () -> "not carried out: " + notices);
        ModelState now = window.forget().chain().currentProperty().get();
        assertEquals(window.audit().session().modelHash(), ModelHash.of(now.engine()), "the session's new model");
        assertFalse(now.holds(row), "row " + row + " is forgotten in the forget view too");
        assertEquals(before.provenance().trainingRows() - 1, now.provenance().trainingRows());
        String line = robot.lookup("#session-bar-line").queryAs(Label.class).getText();
        assertTrue(line.endsWith("r1 from the Audit view (shown)"), line);
        assertEquals(0, window.sessions().link().unrecordedProperty().get(), "nothing to lose on quitting");

        // Ctrl+R in the forget view checks the session's model against a retrain, though no request was made here.
        robot.interact(window::showForget);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        TestWindows.waitUntilJobsSettle(window);
        HistoryEntry checked = window.forget().chain().history().get(0);
        assertTrue(checked.verification() != null, () -> "not checked: " + notices);
        String text = checked.verification().text();
        assertTrue(text.startsWith("Identical to a retrain from scratch"), text);
        assertTrue(text.contains("this model was loaded, not made by a request timed here"), text);
        assertTrue(checked.subtitle().endsWith("✓ identical to a retrain"), checked.subtitle());
    }
}
