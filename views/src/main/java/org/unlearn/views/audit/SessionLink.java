package org.unlearn.views.audit;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.model.session.Session;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.data.LoadedData;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.forget.GivenModel;
import org.unlearn.views.forget.HistoryEntry;

/**
 * One history for the forget view and the open compliance session. While the dataset shown is the session's
 * (its source file as it was, or its data copy), every forget request made in the forget view is recorded in
 * the session as an erasure request, with the method it used and the subject reference and reason typed
 * beside it. The forget view shows the session's own stored model on the session's data (named as its source,
 * under the session's row ids, encoded as the model was trained), never a model retrained on the copy. With no
 * session open it says, in one line, that nothing is being recorded.
 */
public final class SessionLink {
    private final AuditViewModel audit;
    private final ForgetViewModel forget;
    private final ObservableValue<LoadedData> data;
    private final Consumer<OpenRequest> openData;
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper otherData = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyIntegerWrapper unrecorded =
            new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private IntUnaryOperator ids;
    private Session linked;
    private LoadedData linkedData;
    /** The session's request count when a request went to it, -1 when none is on its way. */
    private int recordedBefore = -1;
    /** True when the request on its way was approximate: the window then takes the model the session keeps. */
    private boolean adopt;
    /** What the line adds once the window shows the model the session kept instead of its own. */
    private String kept = "";
    /** The session's requests the forget view's model accounts for: more means one was made in the Audit view. */
    private int seen;

    /** @param openData opens a data file in the window (the session's copy, when another dataset is shown) */
    public SessionLink(
            AuditViewModel audit,
            ForgetViewModel forget,
            ObservableValue<LoadedData> data,
            Consumer<OpenRequest> openData) {
        this.audit = Objects.requireNonNull(audit);
        this.forget = Objects.requireNonNull(forget);
        this.data = Objects.requireNonNull(data);
        this.openData = Objects.requireNonNull(openData);
        audit.onChanged(this::relink);
        data.addListener((o, was, now) -> relink());
        // Only a request made now is recorded: a history brought back (another family, the same file opened
        // again) holds requests already recorded, or made on other rows, and must never be recorded again.
        forget.chain().onNewRequest(this::record);
        forget.chain().history().addListener((ListChangeListener<HistoryEntry>) c -> {
            if (c.getList().size() <= 1) {
                unrecorded.set(0); // a new training or another dataset: the old chain is gone
            }
            if (!kept.isEmpty() && c.getList().size() == 1 && c.getList().get(0).loadedFrom() == null) {
                kept = ""; // trained here again: the model shown is no longer the session's
                relink();
            }
        });
        relink();
    }

    private void relink() {
        Session s = audit.session();
        LoadedData shown = data.getValue();
        if (s != linked || shown != linkedData) {
            boolean opened = s != null && s != linked;
            recordedBefore = -1;
            kept = "";
            linked = s;
            linkedData = shown;
            seen = s == null ? 0 : s.requests().size();
            ids = shown == null
                    ? null
                    : isSessionsData(s, shown)
                            ? id -> id
                            : audit.rowIdsOf(shown.file()).orElse(null);
            if (ids != null && forget.chain().currentProperty().get() == null) {
                if (isSessionsData(s, shown)) {
                    showTheSessionsModel(s);
                } else {
                    // The source file as it was: its rows are the session's, but the session's model is shown
                    // on the session's own data, encoded as it was trained.
                    useSessionData();
                }
            } else if (ids == null && opened) {
                // A session just opened over other data: the window shows the session's data and model.
                useSessionData();
            }
        }
        if (s != null && ids != null) {
            afterRecording(s);
            afterAuditRequest(s);
        }
        recording.set(s != null && ids != null);
        otherData.set(s != null && ids == null);
        if (s == null) {
            line.set("Nothing is being recorded (no session open)");
        } else if (ids == null) {
            line.set("Not recorded: this is not session " + s.folder().getFileName() + "'s data");
        } else {
            line.set("Recording in session " + s.folder().getFileName() + kept);
        }
    }

    /** True when the data shown is the session's data as the session gave it (its rows under its ids). */
    private static boolean isSessionsData(Session s, LoadedData shown) {
        return s != null
                && shown.file()
                        .toAbsolutePath()
                        .normalize()
                        .equals(s.dataCopy().toAbsolutePath().normalize())
                && shown.dataset().name().equals(s.recipe().source())
                && java.util.Arrays.equals(shown.dataset().rowIds(), s.copyRowIds());
    }

    /** The session's family, options and seed in the form, and its stored model in the forget view (no training). */
    private void showTheSessionsModel(Session s) {
        try {
            forget.form().choose(s.recipe().model());
            for (Map.Entry<String, String> o : s.recipe().options().entrySet()) {
                forget.form().option(o.getKey()).textProperty().set(o.getValue());
            }
            forget.form().seedProperty().set(Long.toString(s.recipe().seed()));
        } catch (RuntimeException e) {
            // A recipe this form cannot show (a family not offered here): the form keeps its choice.
        }
        forget.chain()
                .show(p -> new GivenModel(
                        s.recipe().family(),
                        s.recipe().seed(),
                        s.model(),
                        s.heldOutRows(),
                        "session " + s.folder().getFileName()));
    }

    /**
     * Once the session has recorded the request the window sent, the line says what the session did with it:
     * the session runs the request again on its own copy, so its measured time (the one the log and certificate
     * give) is named as the session's. After an approximate request the session keeps the exact retrain it was
     * checked against, not the window's approximate model: the forget view takes the session's model, so the
     * window shows the one model the session keeps (no debt, the session's rows), never a second one.
     */
    private void afterRecording(Session s) {
        int recorded = s.requests().size();
        if (recordedBefore < 0 || recorded <= recordedBefore) {
            return;
        }
        recordedBefore = -1;
        seen = recorded;
        // Recorded with the request: the next forget is another person's, as in the Audit view's form.
        subject.set("");
        reason.set("");
        Map<String, Object> r = s.requests().get(recorded - 1);
        String took = r.get("wall_ms") instanceof Number ms ? " · session's run " + sessionTime(ms.doubleValue()) : "";
        if (adopt) {
            kept = " · " + r.get("id") + " kept as the exact retrain (shown)" + took;
            showTheSessionsModel(s);
        } else {
            kept = " · " + r.get("id") + " recorded" + took;
        }
    }

    /**
     * A request made in the Audit view forgets rows from the session's model, not from the forget view's: the
     * forget view then shows the session's new model, so it never offers rows the session already forgot as
     * still learnt (nor counts them as held).
     */
    private void afterAuditRequest(Session s) {
        int recorded = s.requests().size();
        if (recordedBefore >= 0 || recorded <= seen) {
            return;
        }
        seen = recorded;
        if (forget.chain().currentProperty().get() != null) {
            kept = " · " + s.requests().get(recorded - 1).get("id") + " from the Audit view (shown)";
            showTheSessionsModel(s);
        }
    }

    /** A session's recorded wall time ("0.87 ms"), as the window writes durations. */
    static String sessionTime(double ms) {
        return org.unlearn.views.common.Figures.duration(java.time.Duration.ofNanos(Math.round(ms * 1e6)));
    }

    private void record(HistoryEntry entry) {
        if (entry.isTraining()) {
            unrecorded.set(0);
            return;
        }
        if (entry.request().report().method().equals("consolidate")) {
            return;
        }
        if (ids == null || audit.session() != linked) {
            unrecorded.set(unrecorded.get() + 1);
            return;
        }
        int[] rows = java.util.Arrays.stream(entry.request().report().rowIds())
                .map(ids)
                .toArray();
        if (rows.length == 0) {
            return;
        }
        ErasureRequest.Method how =
                entry.request().report().exact() ? ErasureRequest.Method.EXACT : ErasureRequest.Method.APPROXIMATE;
        recordedBefore = linked.requests().size();
        adopt = how == ErasureRequest.Method.APPROXIMATE;
        audit.record(rows, entry.request().filter(), how, subject.get(), reason.get());
    }

    /** Opens the session's current data copy in the window, with its label. */
    public void useSessionData() {
        Session s = audit.session();
        if (s != null) {
            openData.accept(new OpenRequest(s.dataCopy(), s.recipe().label(), p -> s.preparedData()));
        }
    }

    /** True when a file is a session's data copy (kept off the recent files: it is replaced at each request). */
    public boolean isSessionCopy(Path file) {
        Session s = audit.session();
        return s != null
                && file.toAbsolutePath()
                        .normalize()
                        .getParent()
                        .equals(s.folder().toAbsolutePath().normalize());
    }

    /** Forget requests of the forget view's chain that no session recorded (lost when the app quits). */
    public javafx.beans.property.ReadOnlyIntegerProperty unrecordedProperty() {
        return unrecorded.getReadOnlyProperty();
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The one line saying whether forgetting here is recorded, and where. */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    /** True while a session is open but the dataset shown is not its data. */
    public ReadOnlyBooleanProperty otherDataProperty() {
        return otherData.getReadOnlyProperty();
    }
}
