package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.session.ModelHash;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.Figures;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.forget.HistoryEntry;
import org.unlearn.views.forget.ModelState;

/**
 * One truth about the model after an approximate forget recorded in a session (credit data, logistic regression):
 * the session keeps the exact retrain, so the forget view shows that model (loaded from the session, no debt)
 * and the session bar names the session's own measured time, the one its log records.
 */
@ExtendWith(ApplicationExtension.class)
class SessionKeepsRetrainRobotTest {
    private Path dir;
    private MainWindow window;
    private final List<String> notices = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("unlearn-session-keeps");
        window = TestWindows.showAtHome(stage, dir.resolve("home"), notices);
    }

    @AfterEach
    void stop(FxRobot robot) {
        TestWindows.closeAtHome(robot, window);
    }

    private String barLine(FxRobot robot) {
        return robot.lookup("#session-bar-line").queryAs(Label.class).getText();
    }

    @Test
    void anApproximateForgetLeavesTheWindowShowingTheRetrainTheSessionKeeps(FxRobot robot) throws Exception {
        Path source = Files.createDirectories(dir.resolve("mine")).resolve("credit_data.csv");
        Files.copy(TestFiles.sample("credit_data.csv"), source);
        robot.interact(() -> window.data().open(new OpenRequest(source, "Status")));
        TestWindows.waitUntilJobsSettle(window);
        robot.interact(() -> {
            window.showForget();
            window.forget().form().choose("logreg");
            window.forget().train();
        });
        TestWindows.waitUntilJobsSettle(window);
        Path session = dir.resolve("session");
        robot.interact(() -> SessionDialogs.create(window, session, "logreg"));
        TestWindows.waitUntilJobsSettle(window);
        assertTrue(window.audit().openProperty().get(), () -> "not created: " + notices);
        ModelState shown = window.forget().chain().currentProperty().get();
        int row = 1;
        while (!shown.holds(row)) {
            row++;
        }
        ForgetMethod approximate = Families.byCode("logreg").forgetMethods().stream()
                .filter(m -> !m.exact())
                .findFirst()
                .orElseThrow();
        int picked = row;
        robot.interact(() -> {
            window.forget().chain().requestMethodProperty().set(approximate);
            window.forget().picks().pickTextProperty().set(Integer.toString(picked));
            window.forget().picks().pickTyped();
            window.forget().forget();
        });
        TestWindows.waitUntilJobsSettle(window);

        assertEquals(1, window.audit().session().requests().size(), () -> "not recorded: " + notices);
        Map<String, Object> recorded = window.audit().session().requests().get(0);
        assertEquals(Boolean.FALSE, recorded.get("exact"), "an approximate step is not the retrain");
        ModelState now = window.forget().chain().currentProperty().get();
        assertEquals(window.audit().session().modelHash(), ModelHash.of(now.engine()), "the session's kept model");
        assertTrue(now.provenance().isExact(), "no debt: the window's model is the exact retrain");
        assertFalse(now.holds(picked));
        assertEquals(
                Figures.rows(window.audit().session().trainingRows().size()),
                Figures.rows(now.provenance().trainingRows()));
        String line = barLine(robot);
        assertTrue(line.contains("r1 kept as the exact retrain (shown)"), line);
        double sessionMs = ((Number) recorded.get("wall_ms")).doubleValue();
        assertTrue(
                line.endsWith(
                        "session's run " + Figures.duration(java.time.Duration.ofNanos(Math.round(sessionMs * 1e6)))),
                line);
        assertTrue(
                robot.lookup("#session-bar-line")
                        .queryAs(Label.class)
                        .getTooltip()
                        .getText()
                        .startsWith(line),
                "the tooltip tells the line whole");
        HistoryEntry loaded = window.forget().chain().history().get(0);
        assertTrue(loaded.title().startsWith("#0 Loaded Logistic regression"), loaded.title());
        assertEquals("Loaded from session session (not trained here)", loaded.subtitle());
    }
}
