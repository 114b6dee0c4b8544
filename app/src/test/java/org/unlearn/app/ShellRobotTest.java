package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.Styles;
import org.unlearn.views.common.Theme;
import org.unlearn.views.data.LoadedData;

/**
 * The shell around the views, as a user meets it: the theme, the recent files and last dataset, a file
 * dropped on the window, the status bar and the shortcuts, with the real executor, files and dialogs, and a
 * settings file of the test's own.
 */
@ExtendWith(ApplicationExtension.class)
class ShellRobotTest {
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private Path dir;
    private Path settingsFile;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("unlearn-shell");
        settingsFile = dir.resolve("home").resolve(Settings.FILE_NAME);
        DialogProblemReporter problems = new DialogProblemReporter(stage);
        FxBackgroundWork work = new FxBackgroundWork(problems, Logger.getAnonymousLogger(), () -> "/tmp/unlearn0.log");
        window = new MainWindow(
                work,
                TestFiles.sampleFolder(),
                () -> Optional.ofNullable(chosen.get()),
                problems,
                Settings.load(settingsFile));
        stage.setScene(Styles.apply(new Scene(window, 1280, 800)));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            window.work().shutdown();
            Styles.setTheme(Theme.LIGHT);
        });
    }

    private void waitUntilIdle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path ownCopyOfIris(String name) throws IOException {
        return Files.copy(TestFiles.sample("iris.csv"), dir.resolve(name));
    }

    private String title(FxRobot robot) {
        return robot.lookup("#data-title").queryLabeled().getText();
    }

    @Test
    void theDarkThemeShortcutSwitchesTheWindowAndIsRememberedForTheNextRun(FxRobot robot) {
        assertFalse(window.getStyleClass().contains(Styles.DARK));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);

        assertTrue(window.getStyleClass().contains(Styles.DARK));
        assertEquals(Theme.DARK, Settings.load(settingsFile).theme());
        CheckMenuItem item = (CheckMenuItem) ((MenuBar) window.getTop())
                .getMenus().get(1).getItems().stream()
                        .filter(i -> "menu-dark-theme".equals(i.getId()))
                        .findFirst()
                        .orElseThrow();
        assertTrue(item.isSelected());

        robot.clickOn("#menu-view").clickOn("Dark theme");

        assertFalse(window.getStyleClass().contains(Styles.DARK));
        assertFalse(item.isSelected());
        assertEquals(Theme.LIGHT, Settings.load(settingsFile).theme());
    }

    @Test
    void anOpenedFileIsRecentAndTheLastDatasetAndReopensFromTheStartScreen(FxRobot robot) throws Exception {
        Path flowers = ownCopyOfIris("flowers.csv");
        chosen.set(flowers);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        waitUntilIdle();
        assertEquals("flowers.csv", title(robot));
        assertEquals(
                List.of(flowers.toAbsolutePath()), Settings.load(settingsFile).recent());

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        verifyThat("#reopen-last", LabeledMatchers.hasText("Reopen flowers.csv"));
        robot.clickOn("#sample-penguins-csv");
        waitUntilIdle();
        assertEquals("penguins.csv", title(robot));
        Settings saved = Settings.load(settingsFile);
        assertEquals(TestFiles.sample("penguins.csv").toAbsolutePath().normalize(), saved.lastDataset());
        assertEquals(List.of(flowers.toAbsolutePath()), saved.recent(), "a sample has its card, not a recent entry");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.clickOn(robot.lookup(".recent-entry").queryButton());
        waitUntilIdle();
        assertEquals("flowers.csv", title(robot));
        assertTrue(window.showsData());

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        waitUntilIdle();
        assertEquals("flowers.csv", title(robot), "Reopen last dataset opens the last one again");
    }

    @Test
    void aRecentFileThatWasDeletedIsGreyedAndTakenOffWithANotice(FxRobot robot) throws Exception {
        Path gone = ownCopyOfIris("gone.csv");
        chosen.set(gone);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        waitUntilIdle();
        Files.delete(gone);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        verifyThat(".recent-missing", NodeMatchers.isVisible());
        robot.clickOn(".recent-missing");

        verifyThat(
                "#problem-line",
                LabeledMatchers.hasText(
                        "gone.csv is no longer at " + dir.toAbsolutePath() + "; it was taken off the recent files."));
        robot.clickOn("OK");
        assertTrue(robot.lookup(".recent-entry").queryAll().isEmpty());
        assertTrue(Settings.load(settingsFile).recent().isEmpty());
    }

    @Test
    void aFileDroppedOnTheWindowOpensAfterACueSaysItWill(FxRobot robot) throws Exception {
        Path flowers = ownCopyOfIris("flowers.csv");

        robot.interact(() -> window.drops().showCue(List.of(flowers)));
        assertTrue(window.drops().cueShown());
        assertEquals("Drop to open flowers.csv", window.drops().cueText());
        robot.interact(() -> window.drops().dropped(List.of(flowers)));
        waitUntilIdle();

        assertFalse(window.drops().cueShown());
        assertTrue(window.showsData());
        assertEquals("flowers.csv", title(robot));
        assertEquals(
                List.of(flowers.toAbsolutePath()), Settings.load(settingsFile).recent());
    }

    @Test
    void aBadDroppedFileIsRefusedInTheErrorDialogAndTheOpenDatasetStays(FxRobot robot) throws Exception {
        robot.clickOn("#sample-penguins-csv");
        waitUntilIdle();
        LoadedData before = window.data().dataProperty().get();

        robot.interact(() -> window.drops().dropped(List.of(TestFiles.bad("ragged.csv"))));
        waitUntilIdle();

        verifyThat("#problem-line", LabeledMatchers.hasText("ragged.csv line 3: 2 fields, expected 3"));
        robot.clickOn("OK");
        assertSame(before, window.data().dataProperty().get());
        assertEquals("penguins.csv", title(robot));
        assertTrue(Settings.load(settingsFile).recent().isEmpty(), "a refused file is not a recent one");

        Path a = ownCopyOfIris("a.csv");
        robot.interact(() -> window.drops().showCue(List.of(a, TestFiles.bad("ragged.csv"))));
        assertEquals(
                "Drop one file at a time: 2 files were dropped.", window.drops().cueText());
        robot.interact(() -> window.drops().dropped(List.of(a, TestFiles.bad("ragged.csv"))));
        WaitForAsyncUtils.waitForFxEvents();
        verifyThat("#problem-line", LabeledMatchers.hasText("Drop one file at a time: 2 files were dropped."));
        robot.clickOn("OK");
        assertSame(before, window.data().dataProperty().get());
    }

    @Test
    void theStatusBarShowsTheCurrentModelItsDebtAndTheMemory(FxRobot robot) throws Exception {
        verifyThat("#status-model", LabeledMatchers.hasText("No model"));
        assertTrue(robot.lookup("#status-memory").queryLabeled().getText().matches("Memory [0-9,]+ MB of [0-9,]+ MB"));
        robot.clickOn("#sample-penguins-csv");
        waitUntilIdle();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("#family-qkmeans");
        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitUntilIdle();

        verifyThat("#status-model", LabeledMatchers.hasText("Q-k-means · seed 42 · 344 rows"));
        verifyThat("#status-debt", LabeledMatchers.hasText("exact"));

        robot.clickOn("#pick-ids").write("160").type(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntilIdle();
        verifyThat("#status-model", LabeledMatchers.hasText("Q-k-means · seed 42 · 343 rows"));
        verifyThat("#status-debt", LabeledMatchers.hasText("exact"));
    }

    @Test
    void everyMainActionHasAShortcutAndF1ListsThem(FxRobot robot) {
        List<ShortcutsDialog.Shortcut> listed = ShortcutsDialog.fromMenus((MenuBar) window.getTop());
        List<String> actions =
                listed.stream().map(ShortcutsDialog.Shortcut::action).toList();
        for (String action : List.of(
                "Open CSV…",
                "Reopen last dataset",
                "Quit",
                "Start screen",
                "Dataset",
                "Train and forget",
                "Dark theme",
                "Train",
                "Forget the picked rows",
                "Check against a retrain from scratch",
                "Pick no rows",
                "Keyboard shortcuts")) {
            assertTrue(actions.contains(action), action + " has a shortcut: " + actions);
        }
        assertEquals(
                listed.size(),
                listed.stream().map(ShortcutsDialog.Shortcut::keys).distinct().count(),
                "no two commands share keys");

        robot.push(KeyCode.F1);

        verifyThat("#shortcuts-dialog", NodeMatchers.isVisible());
        verifyThat("#shortcuts-table", NodeMatchers.hasChild("Forget the picked rows"));
        robot.clickOn("OK");
    }
}
