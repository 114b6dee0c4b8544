package org.unlearn.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.unlearn.model.util.Progress;

/**
 * Progress of a long command on standard error: on a terminal a bar redrawn in place (carriage return),
 * at most ten times a second; otherwise (a log, a pipe) a plain line every few seconds, none for work that
 * ends sooner. Nothing ever goes to standard output, which carries the result.
 */
final class ConsoleProgress implements Progress {
    static final long TERMINAL_EVERY_MS = 100;
    static final long PLAIN_EVERY_MS = 5_000;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clockMs;
    private final String task;
    private final long start;
    private long last;
    private int drawn;

    ConsoleProgress(PrintWriter err, boolean terminal, LongSupplier clockMs, String task) {
        this.err = err;
        this.terminal = terminal;
        this.clockMs = clockMs;
        this.task = task;
        this.start = clockMs.getAsLong();
        this.last = start;
    }

    /** Progress for a command: none when quiet, a bar when standard error is a terminal, else plain lines. */
    static Progress of(PrintWriter err, boolean quiet, String task) {
        return quiet
                ? Progress.NONE
                : new ConsoleProgress(err, System.console() != null, System::currentTimeMillis, task);
    }

    @Override
    public synchronized void report(double fraction, String message) {
        long now = clockMs.getAsLong();
        if (now - last < (terminal ? TERMINAL_EVERY_MS : PLAIN_EVERY_MS)) {
            return;
        }
        last = now;
        String percent = Double.isNaN(fraction) ? "" : String.format(Locale.ROOT, "%3.0f%% ", 100 * fraction);
        String elapsed = String.format(Locale.ROOT, "(%d s)", (now - start) / 1000);
        if (terminal) {
            int filled = Double.isNaN(fraction) ? 0 : (int) Math.round(BAR * Math.max(0, Math.min(1, fraction)));
            String line = task + " [" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + percent + message + " "
                    + elapsed;
            err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
            drawn = line.length();
        } else {
            err.println(task + ": " + percent + message + " " + elapsed);
        }
        err.flush();
    }

    /** Clears the bar so the terminal is left as it was; plain lines stay. */
    synchronized void finish() {
        if (terminal && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
            drawn = 0;
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
