package org.unlearn.views.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A value worked out in the background for whatever the user looks at now (the projection of the open
 * dataset, the plan for the picked rows): each request replaces the one before, which is cancelled, and
 * whose outcome is dropped should it still arrive. While a job runs there is no value and a status line
 * says so; an ending other than success leaves no value and says why in one line.
 *
 * @param <T> what the job works out
 */
public final class LatestJob<T> {
    private final BackgroundWork work;
    private final String cancelledText;
    private final String failedText;
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private WorkTicket ticket = () -> {};
    /** Counts the requests, so an outcome can tell whether a newer request came after its own. */
    private long requests;

    /**
     * @param cancelledText the status after the user cancelled the job ("The projection was cancelled.")
     * @param failedText    the status after an unexpected failure, which the log explains
     */
    public LatestJob(BackgroundWork work, String cancelledText, String failedText) {
        this.work = Objects.requireNonNull(work);
        this.cancelledText = cancelledText;
        this.failedText = failedText;
    }

    /** Starts the job in the background; until it ends there is no value and the status is {@code busyText}. */
    public void start(String title, Job<T> job, String busyText) {
        long request = replace(null, busyText);
        busy.set(true);
        ticket = work.submit(title, job, outcome -> {
            if (request == requests) {
                finish(outcome);
            }
        });
    }

    /** Shows a value worked out at once, with no status line. */
    public void show(T worked) {
        replace(worked, "");
    }

    /** Shows no value, and why ("Pick rows to see …"; empty to say nothing). */
    public void clear(String why) {
        replace(null, why);
    }

    private long replace(T shown, String text) {
        ticket.cancel();
        ticket = () -> {};
        requests++;
        busy.set(false);
        value.set(shown);
        status.set(text);
        return requests;
    }

    private void finish(Outcome<T> outcome) {
        busy.set(false);
        if (outcome instanceof Outcome.Succeeded<T> s) {
            value.set(s.value());
            status.set("");
        } else if (outcome instanceof Outcome.Refused<T> r) {
            status.set(r.message());
        } else if (outcome instanceof Outcome.Cancelled<T>) {
            status.set(cancelledText);
        } else {
            status.set(failedText);
        }
    }

    /** What the latest request worked out; null while it runs, after it did not succeed, or when cleared. */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** True while the latest request's job runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why there is no value (working, cancelled, refused, failed, or what {@link #clear} said); empty with one. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
