package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Styles;

/**
 * A privacy officer's walk through a session (review items 10, 15 and 17): after a forget at 1320x860 the
 * ids field still shows; after the start screen's Reopen of the session's source, "Forget by" names the
 * model's method; at 1024x700 the Audit view's title and the status bar's facts show whole, and the forget view's
 * title and the session's line beside it, however long the session's name.
 */
@ExtendWith(ApplicationExtension.class)
class SessionLayoutRobotTest {
    private Path dir;
    private Path source;
    private Stage stage;
    private MainWindow window;
    private final List<String> notices = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("unlearn-session-layout");
        System.setProperty("unlearn.home", dir.resolve("home").toString());
        source = Files.createDirectories(dir.resolve("mine")).resolve("credit_data.csv");
        Files.copy(TestFiles.sample("credit_data.csv"), source);
        ProblemReporter problems = new ProblemReporter() {
            @Override
            public void refused(String heading, String line) {
                notices.add(line);
            }

            @Override
            public void failed(String heading, String line) {
                notices.add(line);
            }
        };
        FxBackgroundWork work = new FxBackgroundWork(
                problems, java.util.logging.Logger.getAnonymousLogger(), () -> "/tmp/unlearn0.log");
        window = new MainWindow(
                work,
                TestFiles.sampleFolder(),
                Optional::empty,
                problems,
                Settings.load(dir.resolve("home").resolve(Settings.FILE_NAME)));
        stage.setScene(Styles.apply(new Scene(window, 1320, 860)));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            window.audit().closeSession();
            window.work().shutdown();
        });
        System.clearProperty("unlearn.home");
    }

    @Test
    void aSessionsWalkThroughKeepsTheIdsFieldForgetByAndTheTitlesWhole(FxRobot robot) throws Exception {
        robot.interact(() -> window.data().open(new OpenRequest(source, "Status")));
        waitUntilIdle();
        robot.interact(() -> {
            window.showForget();
            window.forget().form().choose("logreg");
            window.forget().train();
        });
        waitUntilIdle();
        // A folder named as an officer would: the line beside the forget view's title grows long with it.
        robot.interact(() -> SessionDialogs.create(window, dir.resolve("credit-erasure-requests-2026"), "logreg"));
        waitUntilIdle();
        assertTrue(window.audit().openProperty().get(), () -> "not created: " + notices);
        robot.interact(window::showForget);
        WaitForAsyncUtils.waitForFxEvents(3);
        assertForgetBy(robot, "a session's model");

        robot.interact(() -> {
            window.showForget();
            window.forget().picks().pickTextProperty().set("20");
            window.forget().picks().pickTyped();
            window.forget().forget();
        });
        waitUntilIdle();
        assertEquals(1, window.audit().session().requests().size(), () -> "not recorded: " + notices);
        WaitForAsyncUtils.waitForFxEvents(3);
        TeachingLayoutRobotTest.assertInSight(
                robot.lookup("#pick-ids").query(), "1320x860, after a forget: the ids field");
        TeachingLayoutRobotTest.assertInSight(
                robot.lookup("#pick-summary").query(), "1320x860, after a forget: what is picked");

        // the start screen's Reopen card: the source, whose forgotten row would come back, shows as the copy
        robot.interact(window::showStart);
        robot.interact(() -> robot.lookup("#reopen-last").queryButton().fire());
        waitUntilIdle();
        assertEquals(
                window.audit().session().dataCopy().toAbsolutePath().normalize(),
                window.data().dataProperty().get().file().toAbsolutePath().normalize(),
                "the session's copy is shown");
        robot.interact(window::showForget);
        waitUntilIdle();
        assertForgetBy(robot, "after the Reopen card");

        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            window.showAudit();
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        for (String id : new String[] {"#audit-title", "#status-model", "#status-debt", "#status-memory"}) {
            assertShowsItsText(robot.lookup(id).query(), "1024x700, Audit view: " + id);
        }
        robot.interact(window::showForget);
        WaitForAsyncUtils.waitForFxEvents(3);
        for (String id : new String[] {"#forget-title", "#session-bar-line", "#status-model", "#status-debt"}) {
            assertShowsItsText(robot.lookup(id).query(), "1024x700, forget view: " + id);
        }
    }

    /** "Forget by" shows the method the next request takes: nothing chosen, the model's own. */
    private void assertForgetBy(FxRobot robot, String when) {
        ComboBox<?> method = robot.lookup("#request-method").queryAs(ComboBox.class);
        ListCell<?> button = method.getButtonCell();
        var chosen = window.forget().chain().requestMethodProperty().get();
        assertEquals(
                chosen == null ? "the model's method" : chosen.code(),
                button.getText(),
                when + ": Forget by shows \"" + button.getText() + "\"");
    }

    private static void assertShowsItsText(Labeled label, String what) {
        assertTrue(label.isVisible(), what + " is hidden");
        javafx.scene.text.Text text = (javafx.scene.text.Text) label.lookup(".text");
        assertEquals(label.getText(), text.getText(), what + " is cut");
    }

    private void waitUntilIdle() throws TimeoutException {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(
                    120,
                    TimeUnit.SECONDS,
                    () -> !window.work().runningProperty().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
