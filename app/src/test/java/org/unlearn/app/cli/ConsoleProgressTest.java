package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.unlearn.model.util.Progress;

class ConsoleProgressTest {
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);

    @Test
    void plainLinesEveryFewSecondsAndNoneForShortWork() {
        ConsoleProgress p = new ConsoleProgress(err, false, clock::get, "bench");
        p.report(0.1, "Request 1 of 10");
        clock.addAndGet(ConsoleProgress.PLAIN_EVERY_MS - 1);
        p.report(0.2, "Request 2 of 10");
        assertEquals("", text.toString(), "work shorter than the interval prints nothing");
        clock.addAndGet(1);
        p.report(0.3, "Request 3 of 10");
        clock.addAndGet(1000);
        p.report(0.4, "Request 4 of 10");
        p.finish();
        assertEquals("bench:  30% Request 3 of 10 (5 s)" + System.lineSeparator(), text.toString());
    }

    @Test
    void aBarRedrawnInPlaceOnATerminalAndClearedAtTheEnd() {
        ConsoleProgress p = new ConsoleProgress(err, true, clock::get, "bench");
        clock.addAndGet(ConsoleProgress.TERMINAL_EVERY_MS);
        p.report(0.5, "Request 5 of 10");
        clock.addAndGet(ConsoleProgress.TERMINAL_EVERY_MS);
        p.report(1, "Done");
        p.finish();
        String out = text.toString();
        assertTrue(out.startsWith("\rbench [###############               ]  50% Request 5 of 10 (0 s)"), out);
        assertTrue(out.contains("\rbench [##############################] 100% Done (0 s)"), out);
        assertTrue(out.endsWith("\r") && !out.contains("\n"), "no new line: the bar is erased: " + out);
    }

    @Test
    void quietIsSilent() {
        assertEquals(Progress.NONE, ConsoleProgress.of(err, true, "bench"));
    }
}
