package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.Styles;

/**
 * The Audit view in the window: View ▸ Audit (Ctrl+5), an erasure request typed in its form, Verify forgetting,
 * a PDF certificate, a search finding nothing.
 */
@ExtendWith(ApplicationExtension.class)
class AuditRobotTest {
    private Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("unlearn-audit");
        DialogProblemReporter problems = new DialogProblemReporter(stage);
        FxBackgroundWork work = new FxBackgroundWork(problems, Logger.getAnonymousLogger(), () -> "/tmp/unlearn0.log");
        window = new MainWindow(
                work,
                TestFiles.sampleFolder(),
                Optional::empty,
                problems,
                Settings.load(dir.resolve("home").resolve(Settings.FILE_NAME)));
        stage.setScene(Styles.apply(new Scene(window, 1200, 800)));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            window.audit().closeSession();
            window.work().shutdown();
        });
    }

    private void waitUntilIdle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRequestTypedInTheAuditViewIsCarriedOutListedAndVerified(FxRobot robot) throws Exception {
        robot.interact(() ->
                window.audit().create(dir.resolve("session"), TestFiles.sample("penguins.csv"), "species", "logreg"));
        waitUntilIdle();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        assertTrue(window.showsAudit());
        // Typed and pressed through the controls themselves, without moving the pointer: a pointer left over
        // this window's buttons changes where the next test class's menus open.
        robot.interact(() -> {
            robot.lookup("#audit-rows").queryTextInputControl().setText("12, 40-42");
            robot.lookup("#audit-subject").queryTextInputControl().setText("case-77");
            robot.lookup("#audit-forget").queryButton().fire();
        });
        waitUntilIdle();
        TableView<?> table = robot.lookup("#audit-requests").queryTableView();
        assertEquals(
                1,
                table.getItems().size(),
                robot.lookup("#audit-result").queryAs(Label.class).getText());
        robot.interact(() -> robot.lookup("#audit-verify").queryButton().fire());
        waitUntilIdle();
        assertTrue(robot.lookup("#audit-result").queryAs(Label.class).getText().startsWith("Verified"));
        assertTrue(
                robot.lookup("#audit-integrity").queryAs(Label.class).getText().startsWith("Audit log holds: 3"));
        // Export certificate… saves a .pdf as PDF, laid out as the command line lays it out
        Path pdf = dir.resolve("session-certificate.pdf");
        robot.interact(() -> window.audit().exportCertificate(pdf, true));
        waitUntilIdle();
        assertTrue(
                new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"),
                robot.lookup("#audit-result").queryAs(Label.class).getText());
        robot.interact(
                () -> robot.lookup("#audit-search").queryTextInputControl().setText("nobody"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table.getItems().size());
        assertEquals(
                "No request matches “nobody”",
                robot.lookup("#audit-requests-empty").queryAs(Label.class).getText());
        robot.interact(
                () -> robot.lookup("#audit-search").queryTextInputControl().setText(""));
        robot.interact(() -> table.getSelectionModel().select(0));
        Path shot = Path.of(System.getProperty("java.io.tmpdir"), "audit-view.png");
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(window.snapshot(null, null), null), "png", shot.toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
