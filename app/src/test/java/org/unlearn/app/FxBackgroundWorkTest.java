package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.Job;
import org.unlearn.views.common.Outcome;
import org.unlearn.views.common.WorkTicket;

@ExtendWith(ApplicationExtension.class)
class FxBackgroundWorkTest {
    private final RecordingProblems problems = new RecordingProblems();
    private final List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    private final Logger log = Logger.getAnonymousLogger();
    private FxBackgroundWork work;

    @Start
    void start(Stage stage) {
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        work = new FxBackgroundWork(problems, log, () -> "/var/log/unlearn0.log");
    }

    @AfterEach
    void stop() {
        Platform.runLater(work::shutdown);
    }

    /** Submits on the FX thread and waits for the outcome, which must arrive on the FX thread. */
    private <T> Outcome<T> run(FxRobot robot, String title, Job<T> job) throws TimeoutException {
        AtomicReference<Outcome<T>> outcome = new AtomicReference<>();
        robot.interact(() -> work.submit(title, job, o -> {
            assertTrue(Platform.isFxApplicationThread());
            outcome.set(o);
        }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outcome.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return outcome.get();
    }

    @Test
    void aFinishedJobDeliversItsResultAndItsLastWordToTheStatusLine(FxRobot robot) throws Exception {
        Outcome<Dataset> o = run(robot, "Open iris.csv", p -> CsvReader.read(TestFiles.sample("iris.csv"), p));

        Outcome.Succeeded<?> done = assertInstanceOf(Outcome.Succeeded.class, o);
        assertEquals(150, ((Dataset) done.value()).rowCount());
        assertEquals("Read iris.csv: 150 rows", work.messageProperty().get());
        assertFalse(work.runningProperty().get());
        assertEquals(List.of(), problems.told());
    }

    @Test
    void aFinishedJobsLineGoesBackToReadyWhenTheUserGoesElsewhereButARunningJobKeepsIts(FxRobot robot)
            throws Exception {
        run(robot, "Open iris.csv", p -> CsvReader.read(TestFiles.sample("iris.csv"), p));
        assertFalse(work.messageProperty().get().equals(FxBackgroundWork.READY));
        robot.interact(work::settle);
        assertEquals(FxBackgroundWork.READY, work.messageProperty().get());

        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Outcome<Boolean>> outcome = new AtomicReference<>();
        robot.interact(() -> work.submit("Wait", p -> awaited(release), outcome::set));
        robot.interact(work::settle);
        assertEquals("Wait…", work.messageProperty().get(), "a job under way keeps its line");
        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outcome.get() != null);
    }

    private static boolean awaited(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aRefusedFileIsToldInOneLineAndNamedInTheStatusLine(FxRobot robot) throws Exception {
        Outcome<Dataset> o = run(robot, "Open ragged.csv", p -> CsvReader.read(TestFiles.bad("ragged.csv"), p));

        assertEquals(new Outcome.Refused<Dataset>("ragged.csv line 3: 2 fields, expected 3"), o);
        assertEquals(
                List.of("refused: Could not open ragged.csv | ragged.csv line 3: 2 fields, expected 3"),
                problems.told());
        assertEquals(
                "Could not open ragged.csv: ragged.csv line 3: 2 fields, expected 3",
                work.messageProperty().get());
        assertTrue(logged.isEmpty(), "a refusal is the user's input, not a bug");
    }

    @Test
    void anUnexpectedFailureGoesToTheLogAndTheUserLearnsWhereInOneLine(FxRobot robot) throws Exception {
        IllegalStateException bug = new IllegalStateException("index out of step");
        Outcome<Object> o = run(robot, "Project penguins.csv", p -> {
            throw bug;
        });

        assertSame(bug, assertInstanceOf(Outcome.Failed.class, o).cause());
        assertEquals(1, logged.size());
        assertEquals(Level.SEVERE, logged.get(0).getLevel());
        assertSame(bug, logged.get(0).getThrown(), "the stack trace is kept, in the log");
        assertEquals(
                List.of("failed: Could not project penguins.csv | Something unexpected went wrong. The details are in"
                        + " /var/log/unlearn0.log"),
                problems.told());
        assertFalse(work.messageProperty().get().contains("index out of step"));
    }

    @Test
    void cancelStopsTheRunningJobAndTheStatusLineSaysSo(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Outcome<Object>> outcome = new AtomicReference<>();
        robot.interact(() -> work.submit(
                "Spin",
                p -> {
                    started.countDown();
                    while (true) {
                        p.checkCancelled();
                        Thread.onSpinWait();
                    }
                },
                outcome::set));
        assertTrue(started.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(work.runningProperty().get());

        robot.interact(work::cancel);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outcome.get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertInstanceOf(Outcome.Cancelled.class, outcome.get());
        assertEquals("Cancelled: Spin", work.messageProperty().get());
        assertFalse(work.runningProperty().get());
        assertEquals(List.of(), problems.told());
    }

    @Test
    void jobsRunOneAtATimeAndAQueuedJobCancelledByItsTicketNeverRuns(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        List<Outcome<String>> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<WorkTicket> second = new AtomicReference<>();
        robot.interact(() -> {
            work.submit(
                    "First",
                    p -> {
                        ran.add("first");
                        awaitQuietly(release);
                        return "first";
                    },
                    outcomes::add);
            second.set(work.submit(
                    "Second",
                    p -> {
                        ran.add("second");
                        return "second";
                    },
                    outcomes::add));
            work.submit(
                    "Third",
                    p -> {
                        ran.add("third");
                        return "third";
                    },
                    outcomes::add);
        });
        robot.interact(() -> second.get().cancel());
        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outcomes.size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("first", "third"), ran);
        assertEquals(new Outcome.Succeeded<>("first"), outcomes.get(0));
        assertInstanceOf(Outcome.Cancelled.class, outcomes.get(1));
        assertEquals(new Outcome.Succeeded<>("third"), outcomes.get(2));
        assertEquals("Done: Third", work.messageProperty().get(), "a quiet cancel leaves the status line alone");
    }

    @Test
    void progressReachesTheFxThread(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> work.submit(
                "Half way",
                p -> {
                    p.report(0.5, "Reading rows");
                    awaitQuietly(release);
                    return null;
                },
                o -> {}));
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> work.progressProperty().get() == 0.5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Reading rows", work.messageProperty().get());
        release.countDown();
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !work.runningProperty().get());
    }

    @Test
    void afterShutdownNothingMoreStarts(FxRobot robot) {
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> {
            work.shutdown();
            work.submit("Late", p -> ran.add("late"), o -> ran.add("outcome"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), ran);
        assertFalse(work.runningProperty().get());
    }

    @Test
    void refusesToBeCalledOffTheFxThread() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class, () -> work.submit("Anything", p -> null, o -> {}));
        assertEquals("background work is submitted and cancelled on the FX thread", e.getMessage());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
