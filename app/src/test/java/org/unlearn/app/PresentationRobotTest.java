package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.Presentation;
import org.unlearn.views.common.Styles;

/** Presentation mode: Ctrl+Plus, Ctrl+Minus and Ctrl+0 size the rendered type, high contrast, both remembered. */
@ExtendWith(ApplicationExtension.class)
class PresentationRobotTest {
    private Path settingsFile;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        settingsFile = Files.createTempDirectory("unlearn-presentation").resolve(Settings.FILE_NAME);
        window = open(stage);
    }

    private MainWindow open(Stage stage) {
        DialogProblemReporter problems = new DialogProblemReporter(stage);
        FxBackgroundWork work = new FxBackgroundWork(problems, Logger.getAnonymousLogger(), () -> "/tmp/unlearn0.log");
        MainWindow made =
                new MainWindow(work, TestFiles.sampleFolder(), Optional::empty, problems, Settings.load(settingsFile));
        stage.setScene(Styles.apply(new Scene(made, 1100, 750)));
        stage.show();
        return made;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> window.work().shutdown());
    }

    private static double size(MainWindow w, String id) {
        return ((Labeled) w.lookup(id)).getFont().getSize();
    }

    @Test
    void theTypeGrowsAndShrinksWithTheKeysAndIsRememberedForTheNextRun(FxRobot robot) {
        double learn = size(window, "#start-learn");
        double title = size(window, ".start-title");

        robot.push(KeyCode.CONTROL, KeyCode.PLUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(learn * 1.1, size(window, "#start-learn"), 0.01);
        assertEquals(title * 1.1, size(window, ".start-title"), 0.01);
        assertEquals(1.1, Settings.load(settingsFile).fontScale(), 1e-9);

        // Ctrl and = (where + is on most keyboards) does the same.
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(learn * 1.2, size(window, "#start-learn"), 0.01);

        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(learn * 0.9, size(window, "#start-learn"), 0.01);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(learn, size(window, "#start-learn"), 0.01);
        assertEquals(1.0, Settings.load(settingsFile).fontScale(), 1e-9);

        for (int i = 0; i < 16; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.PLUS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(learn * Presentation.MAX_SCALE, size(window, "#start-learn"), 0.01, "the largest size stops");

        // The next run starts at the size this one ended with.
        AtomicReference<MainWindow> next = new AtomicReference<>();
        robot.interact(() -> next.set(open(new Stage())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(learn * Presentation.MAX_SCALE, size(next.get(), "#start-learn"), 0.01);
        robot.interact(() -> {
            next.get().work().shutdown();
            next.get().getScene().getWindow().hide();
        });
    }

    @Test
    void highContrastTurnsTheInkBlackAndIsRemembered(FxRobot robot) {
        Color before = (Color) ((Labeled) window.lookup(".start-title")).getTextFill();
        assertNotEquals(Color.BLACK, before);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.getStyleClass().contains(Presentation.HIGH_CONTRAST));
        assertEquals(Color.BLACK, ((Labeled) window.lookup(".start-title")).getTextFill());
        assertTrue(Settings.load(settingsFile).highContrast());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.getStyleClass().contains(Presentation.HIGH_CONTRAST));
        assertEquals(before, ((Labeled) window.lookup(".start-title")).getTextFill());
        assertFalse(Settings.load(settingsFile).highContrast());
    }
}
