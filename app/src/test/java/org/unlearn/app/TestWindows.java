package org.unlearn.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.FilePicker;
import org.unlearn.views.common.Styles;

/**
 * The main window as the robot tests open it: the real executor, real dialogs, the shipped samples, fresh
 * settings of its own; only the file chooser is stood in for.
 */
final class TestWindows {
    private TestWindows() {}

    /** Shows the window in the stage, at the headless screen's size. */
    static MainWindow show(Stage stage, FilePicker picker) throws IOException {
        DialogProblemReporter problems = new DialogProblemReporter(stage);
        FxBackgroundWork work = new FxBackgroundWork(problems, Logger.getAnonymousLogger(), () -> "/tmp/unlearn0.log");
        Settings settings =
                Settings.load(Files.createTempDirectory("unlearn-settings").resolve("settings.properties"));
        MainWindow window = new MainWindow(work, TestFiles.sampleFolder(), picker, problems, settings);
        stage.setScene(Styles.apply(new Scene(window, 1280, 800)));
        stage.show();
        return window;
    }

    /** Waits until the window's background work has ended and its outcome has reached the FX thread. */
    static void waitUntilIdle(MainWindow window) throws TimeoutException {
        waitUntilIdle(window, () -> true);
    }

    /** Idle as above, and {@code alsoIdle} holds on the FX thread too (a lesson's setup done, say). */
    static void waitUntilIdle(MainWindow window, java.util.function.BooleanSupplier alsoIdle) throws TimeoutException {
        // Read on the FX thread: a finished job is taken off and handed its result in one event there. The
        // robot's actions drain the FX events before returning; two more rounds catch what the result posted.
        WaitForAsyncUtils.waitFor(
                90,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.waitFor(
                        30,
                        TimeUnit.SECONDS,
                        WaitForAsyncUtils.asyncFx(
                                () -> !window.work().runningProperty().get() && alsoIdle.getAsBoolean())));
        WaitForAsyncUtils.waitForFxEvents(2);
    }

    /**
     * The window as the app sets it up in a home of its own ({@code unlearn.home}: settings and the log), at a
     * laptop's 1024×700; every refusal and failure the user would be told is added to {@code notices}. End it
     * with {@link #closeAtHome}.
     */
    static MainWindow showAtHome(Stage stage, Path home, List<String> notices) throws IOException {
        System.setProperty("unlearn.home", home.toString());
        AppLog.install(AppLog.folder());
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
        FxBackgroundWork work = new FxBackgroundWork(problems, AppLog.logger(FxBackgroundWork.class), AppLog::location);
        MainWindow window = new MainWindow(
                work,
                TestFiles.sampleFolder(),
                Optional::empty,
                problems,
                Settings.load(home.resolve(Settings.FILE_NAME)));
        stage.setScene(Styles.apply(new Scene(window, 1024, 700)));
        stage.show();
        return window;
    }

    /** Closes the session of a window from {@link #showAtHome}, stops its work and its log, forgets its home. */
    static void closeAtHome(FxRobot robot, MainWindow window) {
        robot.interact(() -> {
            window.audit().closeSession();
            window.work().shutdown();
        });
        AppLog.close();
        System.clearProperty("unlearn.home");
    }

    /**
     * Waits until no job runs, three times over: the outcome of a job may start the next one (a forget, then
     * its record in the session).
     */
    static void waitUntilJobsSettle(MainWindow window) throws TimeoutException {
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
