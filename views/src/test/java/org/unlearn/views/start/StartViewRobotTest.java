package org.unlearn.views.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.RecordingOpener;
import org.unlearn.views.common.Styles;

@ExtendWith(ApplicationExtension.class)
class StartViewRobotTest {
    private final RecordingOpener opener = new RecordingOpener();
    private final Path picked = TestFiles.bad("ragged.csv");
    private StartViewModel model;

    @Start
    void start(Stage stage) {
        model = new StartViewModel(TestFiles.sampleFolder(), opener, () -> Optional.of(picked));
        stage.setScene(Styles.apply(new Scene(new StartView(model), 1100, 720)));
        stage.show();
    }

    @Test
    void showsTheShippedDatasetsAsCards(FxRobot robot) {
        assertEquals(10, robot.lookup(".sample-card").queryAll().size());
        Button penguins = robot.lookup("#sample-penguins-csv").queryButton();
        verifyThat(penguins, NodeMatchers.isVisible());
        verifyThat(penguins, NodeMatchers.hasChild("344 rows × 8 columns"));
    }

    @Test
    void anOfferedEntryKeepsItsWholeTextBesideTheTagline(FxRobot robot) throws Exception {
        Button learn = new Button("Learn…");
        // A narrow window of its own: the shared stage narrowed and widened back made the headless renderer
        // reuse the narrow frame's pixel buffer and log "Too small int buffer size 1100x720".
        Stage narrow = WaitForAsyncUtils.asyncFx(() -> {
                    StartView view = new StartView(model);
                    view.offer(learn);
                    Stage window = new Stage();
                    window.setScene(Styles.apply(new Scene(view, 900, 720)));
                    window.show();
                    return window;
                })
                .get();
        try {
            WaitForAsyncUtils.waitForFxEvents();
            double width = learn.getWidth();
            // Squeezed by the growing tagline, a button below its preferred width shows only "...".
            assertEquals(learn.prefWidth(-1), width, 0.5, () -> "Learn… is " + width + " wide");
        } finally {
            robot.interact(narrow::close);
        }
    }

    @Test
    void besideAReopenCardTheEmptyListDoesNotSayNothingWasOpened(FxRobot robot) throws Exception {
        // The sample opened last: its Reopen card shows, and the recent files (one's own files only) are empty.
        StartViewModel lastRun = new StartViewModel(
                TestFiles.sampleFolder(),
                opener,
                () -> Optional.of(picked),
                new RecentFiles(List.of()),
                TestFiles.sampleFolder().resolve("penguins.csv"),
                line -> {});
        Stage window = WaitForAsyncUtils.asyncFx(() -> {
                    Stage w = new Stage();
                    w.setScene(Styles.apply(new Scene(new StartView(lastRun), 1024, 700)));
                    w.show();
                    return w;
                })
                .get();
        try {
            WaitForAsyncUtils.waitForFxEvents();
            Button reopen = robot.from(window.getScene().getRoot())
                    .lookup("#reopen-last")
                    .queryButton();
            javafx.scene.control.Label hint = robot.from(window.getScene().getRoot())
                    .lookup("#recent-empty")
                    .queryAs(javafx.scene.control.Label.class);
            assertTrue(reopen.isVisible() && hint.isVisible(), "the Reopen card and the hint both show");
            assertFalse(hint.getText().startsWith("Files you open appear here"), hint.getText());
            assertTrue(hint.getText().contains("samples keep their cards"), hint.getText());
        } finally {
            robot.interact(window::close);
        }
    }

    @Test
    void clickingACardOpensItsDataset(FxRobot robot) {
        robot.clickOn("#sample-penguins-csv");
        assertEquals(
                List.of(new OpenRequest(TestFiles.sampleFolder().resolve("penguins.csv"), "species")),
                opener.requests());
    }

    @Test
    void aFocusedCardOpensWithTheKeyboard(FxRobot robot) {
        robot.interact(() -> robot.lookup("#sample-iris-csv").queryButton().requestFocus());
        robot.type(KeyCode.SPACE);
        assertEquals(
                List.of(new OpenRequest(TestFiles.sampleFolder().resolve("iris.csv"), "target_name")),
                opener.requests());
    }

    @Test
    void enterOpensTheFocusedCardToo(FxRobot robot) {
        robot.interact(() -> robot.lookup("#sample-penguins-csv").queryButton().requestFocus());
        robot.type(KeyCode.ENTER);
        assertEquals(
                List.of(new OpenRequest(TestFiles.sampleFolder().resolve("penguins.csv"), "species")),
                opener.requests());
    }

    @Test
    void theOpenButtonOpensThePickedFile(FxRobot robot) {
        robot.clickOn("#open-csv");
        assertEquals(List.of(OpenRequest.inferLabel(picked)), opener.requests());
    }

    @Test
    void cardsAreDisabledWhileAFileIsBeingOpened(FxRobot robot) {
        robot.interact(() -> opener.setExecutable(false));
        robot.clickOn("#sample-penguins-csv");
        verifyThat("#sample-penguins-csv", NodeMatchers.isDisabled());
        assertEquals(List.of(), opener.requests());
    }
}
