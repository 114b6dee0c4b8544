package org.unlearn.app;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.unlearn.model.util.Progress;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Job;
import org.unlearn.views.common.Outcome;
import org.unlearn.views.common.WorkTicket;

/**
 * The app's one background executor: a single worker thread, so jobs run one at a time in the order
 * they were asked for. It turns the engine's {@link Progress} into properties on the FX thread, lets the
 * user cancel, and tells the user about endings: a refusal in a dialog with the engine's one line, a
 * cancellation in the status line, anything unexpected in the log with a dialog pointing at it.
 *
 * <p>{@link #submit} and {@link #cancel} are called on the FX thread, which alone touches the properties.
 */
final class FxBackgroundWork implements BackgroundWork {
    private static final double UNKNOWN = -1;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "unlearn-work");
        t.setDaemon(true);
        return t;
    });
    private final ProblemReporter problems;
    private final Logger log;
    private final Supplier<String> logLocation;
    private final Set<Ticket> outstanding = new LinkedHashSet<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    static final String READY = "Ready";
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(READY);
    private Ticket current;
    /** True while the FX event under way asks for work behind the view shown (see {@link #behindTheView}). */
    private boolean behind;

    FxBackgroundWork(ProblemReporter problems, Logger log, Supplier<String> logLocation) {
        this.problems = problems;
        this.log = log;
        this.logLocation = logLocation;
    }

    @Override
    public <T> WorkTicket submit(String title, Job<T> job, Consumer<Outcome<T>> whenDone) {
        requireFxThread();
        if (worker.isShutdown()) {
            return () -> {}; // quitting: work asked for on the way out is not started
        }
        Ticket ticket = new Ticket(title, behind);
        outstanding.add(ticket);
        running.set(true);
        worker.execute(() -> {
            if (ticket.isCancelled()) {
                Platform.runLater(() -> finish(ticket, new Outcome.Cancelled<>(), whenDone));
                return;
            }
            Platform.runLater(() -> start(ticket));
            Outcome<T> outcome = Outcome.capture(job, ticket);
            Platform.runLater(() -> finish(ticket, outcome, whenDone));
        });
        return ticket::cancelQuietly;
    }

    @Override
    public void cancel() {
        requireFxThread();
        outstanding.forEach(Ticket::cancelByUser);
    }

    /** Stops taking work; the job under way is asked to stop. */
    void shutdown() {
        outstanding.forEach(Ticket::cancelQuietly);
        worker.shutdownNow();
    }

    private void start(Ticket ticket) {
        current = ticket;
        ticket.lineBefore = message.get();
        progress.set(UNKNOWN);
        message.set(ticket.title + "…");
    }

    private <T> void finish(Ticket ticket, Outcome<T> outcome, Consumer<Outcome<T>> whenDone) {
        outstanding.remove(ticket);
        if (current == ticket) {
            current = null;
        }
        tell(ticket, outcome);
        running.set(!outstanding.isEmpty());
        progress.set(outstanding.isEmpty() ? 0 : UNKNOWN);
        try {
            whenDone.accept(outcome);
        } catch (RuntimeException e) {
            unexpected(ticket, e);
        }
    }

    private void tell(Ticket ticket, Outcome<?> outcome) {
        if (outcome instanceof Outcome.Succeeded<?> && ticket.behind && ticket.lineBefore != null) {
            message.set(ticket.lineBefore);
        } else if (outcome instanceof Outcome.Succeeded<?>) {
            String last = ticket.lastMessage.get();
            message.set(last != null ? last : "Done: " + ticket.title);
        } else if (outcome instanceof Outcome.Refused<?> r) {
            message.set(couldNot(ticket.title) + ": " + r.message());
            problems.refused(couldNot(ticket.title), r.message());
        } else if (outcome instanceof Outcome.Cancelled<?>) {
            if (ticket.byUser.get()) {
                message.set("Cancelled: " + ticket.title);
            }
        } else if (outcome instanceof Outcome.Failed<?> f) {
            unexpected(ticket, f.cause());
        }
    }

    private void unexpected(Ticket ticket, Throwable cause) {
        log.log(Level.SEVERE, ticket.title + " failed", cause);
        message.set(couldNot(ticket.title) + ": something unexpected went wrong (details in the log)");
        problems.failed(
                couldNot(ticket.title), "Something unexpected went wrong. The details are in " + logLocation.get());
    }

    /**
     * The user went elsewhere (another view): a finished job's last line ("converged in 6 Newton iterations")
     * no longer speaks of what is shown, so the line goes back to Ready. A job under way keeps its line.
     */
    void settle() {
        requireFxThread();
        if (outstanding.isEmpty()) {
            message.set(READY);
        }
    }

    /**
     * The work asked for in the rest of this FX event happens behind the view shown, e.g. the projection of a
     * session's copy of the data opened under the Audit view: while it runs the line shows its progress, and
     * once it has succeeded the line goes back to what it said before, rather than "Projected 4,454 rows of
     * credit_data.csv…", which describes a view the user is not looking at. A refusal or a failure says so.
     */
    void behindTheView() {
        requireFxThread();
        if (!behind) {
            behind = true;
            Platform.runLater(() -> behind = false);
        }
    }

    /** "Open penguins.csv" becomes "Could not open penguins.csv". */
    static String couldNot(String title) {
        return title.isEmpty()
                ? "Could not finish"
                : "Could not " + Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("background work is submitted and cancelled on the FX thread");
        }
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * One job's progress as the engine sees it. Reports arrive on the worker thread and are passed to the
     * FX thread at most one at a time, so a chatty job cannot flood the event queue.
     */
    private final class Ticket implements Progress {
        private final String title;
        /** Asked for behind the view shown: its success leaves the line as it was before it started. */
        private final boolean behind;
        /** The line when it started, on the FX thread; null until then. */
        private String lineBefore;

        private final AtomicBoolean cancelled = new AtomicBoolean(false);
        private final AtomicBoolean byUser = new AtomicBoolean(false);
        private final AtomicReference<String> lastMessage = new AtomicReference<>();
        private final AtomicReference<double[]> latestFraction = new AtomicReference<>();
        private final AtomicBoolean updatePending = new AtomicBoolean(false);

        Ticket(String title, boolean behind) {
            this.title = title;
            this.behind = behind;
        }

        @Override
        public void report(double fraction, String text) {
            lastMessage.set(text);
            latestFraction.set(new double[] {fraction});
            if (updatePending.compareAndSet(false, true)) {
                Platform.runLater(this::show);
            }
        }

        private void show() {
            updatePending.set(false);
            if (current != this) {
                return;
            }
            double f = latestFraction.get()[0];
            progress.set(Double.isNaN(f) ? UNKNOWN : Math.max(0, Math.min(1, f)));
            String text = lastMessage.get();
            if (text != null) {
                message.set(text);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        void cancelByUser() {
            byUser.set(true);
            cancelled.set(true);
        }

        void cancelQuietly() {
            cancelled.set(true);
        }
    }
}
