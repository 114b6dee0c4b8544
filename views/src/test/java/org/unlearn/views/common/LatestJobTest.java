package org.unlearn.views.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;

class LatestJobTest {
    private final ImmediateWork work = new ImmediateWork();
    private final LatestJob<String> latest = new LatestJob<>(work, "Cancelled.", "Could not be done.");

    LatestJobTest() {
        work.hold();
    }

    private static Job<String> answer(String text) {
        return progress -> text;
    }

    @Test
    void whileItRunsThereIsNoValueAndTheStatusSaysSo() {
        latest.show("old");
        latest.start("Work", answer("new"), "Working…");

        assertNull(latest.valueProperty().get());
        assertTrue(latest.busyProperty().get());
        assertEquals("Working…", latest.statusProperty().get());

        work.runHeld();

        assertEquals("new", latest.valueProperty().get());
        assertFalse(latest.busyProperty().get());
        assertEquals("", latest.statusProperty().get());
    }

    @Test
    void aNewerRequestCancelsTheOneBeforeAndDropsItsOutcome() {
        latest.start("First", answer("first"), "Working…");
        latest.start("Second", answer("second"), "Working again…");

        work.runHeld();

        assertInstanceOf(Outcome.Cancelled.class, work.outcomes().get(0), "the first job's ticket was cancelled");
        assertEquals("second", latest.valueProperty().get());
        assertEquals("", latest.statusProperty().get(), "the first job's cancellation is not the latest news");
    }

    @Test
    void aValueShownAtOnceOrAClearDropsTheJobStillRunning() {
        latest.start("Slow", answer("slow"), "Working…");
        latest.show("at once");
        work.runHeld();
        assertEquals("at once", latest.valueProperty().get());

        latest.start("Slow", answer("slow"), "Working…");
        latest.clear("Nothing to work out.");
        work.runHeld();
        assertNull(latest.valueProperty().get());
        assertFalse(latest.busyProperty().get());
        assertEquals("Nothing to work out.", latest.statusProperty().get());
    }

    @Test
    void anEndingOtherThanSuccessLeavesNoValueAndSaysWhy() {
        latest.start(
                "Refuse",
                progress -> {
                    throw new BadInputException("not like that");
                },
                "Working…");
        work.runHeld();
        assertEquals("not like that", latest.statusProperty().get());

        work.cancelJobs(title -> title.equals("Cancel"));
        latest.start("Cancel", answer("never"), "Working…");
        work.runHeld();
        assertEquals("Cancelled.", latest.statusProperty().get());

        latest.start(
                "Break",
                progress -> {
                    throw new IllegalStateException("a bug");
                },
                "Working…");
        work.runHeld();
        assertEquals("Could not be done.", latest.statusProperty().get());
        assertNull(latest.valueProperty().get());
        assertFalse(latest.busyProperty().get());
    }
}
