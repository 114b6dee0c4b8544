package org.unlearn.views.audit;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.unlearn.model.BadInputException;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.model.session.ModelMismatchException;
import org.unlearn.model.session.Session;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Outcome;

/**
 * The Audit view's state: the open session (its lock held while it is open), what is shown of it at a glance
 * ({@link SessionSummary}), its request history ({@link RequestHistory}), the request form ({@link RequestForm}),
 * and the commands — create or open a session, carry out an erasure request, verify forgetting, export a
 * certificate. Engine work runs in the background; each job returns a snapshot of the session that the FX
 * thread shows.
 */
public final class AuditViewModel {
    /** One request as the history table shows it; {@code record} holds every figure, for the details. */
    public record RequestRow(
            String id,
            String subject,
            String received,
            String method,
            int rows,
            String status,
            String exact,
            Map<String, Object> record) {}

    private final BackgroundWork work;
    private Session session;
    private final RequestHistory history = new RequestHistory();
    private final RequestForm form = new RequestForm();
    private final SessionSummary summary = new SessionSummary();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Path> rebuildable = new ReadOnlyObjectWrapper<>();
    /** Set by an opening job that found the stored model damaged, read when its refusal arrives. */
    private final java.util.concurrent.atomic.AtomicReference<Path> damagedModel =
            new java.util.concurrent.atomic.AtomicReference<>();

    private java.util.function.Consumer<Path> opened = dir -> {};
    private Runnable changed = () -> {};
    private java.util.function.Function<String, byte[]> pdfWriter;

    public AuditViewModel(BackgroundWork work) {
        this.work = work;
    }

    /** Creates a session in an empty folder from a data file and opens it. */
    public void create(Path dir, Path data, String label, String model) {
        create(dir, data, label, model, Map.of(), 42);
    }

    /** Creates a session whose model is trained with these options and seed (the forget view's model's). */
    public void create(Path dir, Path data, String label, String model, Map<String, String> options, long seed) {
        closeSession();
        run(
                "Create session in " + dir.getFileName(),
                p -> snapshot(Session.create(dir, data, label, model, options, seed, 0.2, Storage.DEFAULT, p)),
                "Session created");
    }

    /**
     * Records rows forgotten elsewhere in the window (the forget view) as an erasure request of the open
     * session, carried out and logged by its commit protocol.
     *
     * @param rowIds the rows by the session's ids (1-based data rows of its source file)
     */
    public void record(int[] rowIds, ErasureRequest.Method how, String subjectRef, String why) {
        record(rowIds, null, how, subjectRef, why);
    }

    /**
     * Records rows forgotten elsewhere in the window; rows a filter chose are recorded as a request by that
     * filter (its columns and a keyed digest of it, as the command line's {@code --where} is) when the filter
     * takes exactly those rows from the session's data, else by their ids.
     *
     * @param filter the filter expression that chose the rows, or null
     */
    public void record(int[] rowIds, String filter, ErasureRequest.Method how, String subjectRef, String why) {
        Session s = requireOpen();
        run(
                "Record the request in the session",
                p -> snapshot(s, WindowForgets.carryOut(s, rowIds, filter, how, subjectRef, why, p)),
                null);
    }

    /**
     * How the rows of a data file the window opened map to the open session's row ids: the session's source
     * file as it was (same name and bytes) keeps its ids, the session's current data copy maps by position;
     * empty for any other file, or when no session is open.
     */
    public Optional<java.util.function.IntUnaryOperator> rowIdsOf(Path file) {
        return WindowForgets.rowIdsOf(session, file);
    }

    /** The open session, or null: the window links the forget view to it. */
    public Session session() {
        return session;
    }

    /** Called with the folder of each session opened or created (the recent sessions list). */
    public void onOpened(java.util.function.Consumer<Path> listener) {
        opened = listener;
    }

    /** Called after each change shown (a session opened, a request recorded, the session closed). */
    public void onChanged(Runnable listener) {
        changed = listener;
    }

    /**
     * Opens a session folder (refused in one line if another process has it, or it is damaged); the session
     * open before is closed only once the new one opened, so a refusal leaves the window as it was.
     */
    public void open(Path dir) {
        if (session != null
                && session.folder()
                        .toAbsolutePath()
                        .normalize()
                        .equals(dir.toAbsolutePath().normalize())) {
            closeSession(); // its own lock would refuse opening it again
        }
        rebuildable.set(null);
        run(
                "Open session " + dir.getFileName(),
                p -> {
                    try {
                        return snapshot(Session.open(dir, Storage.DEFAULT));
                    } catch (ModelMismatchException damaged) {
                        // Retraining is offered, never done unasked: the stored model is part of the evidence.
                        damagedModel.set(dir);
                        throw damaged;
                    }
                },
                "Session opened");
    }

    /** Opens the session whose stored model was refused, rebuilding the model by retraining (and logging it). */
    public void rebuild() {
        Path dir = rebuildable.get();
        if (dir == null) {
            return;
        }
        rebuildable.set(null);
        run(
                "Rebuild session " + dir.getFileName(),
                p -> snapshot(Session.rebuild(dir, Storage.DEFAULT)),
                "Session opened; its model was rebuilt by retraining on its data copy and the rebuild logged");
    }

    /** The session folder whose stored model could not be used, while its rebuild is on offer. */
    public ReadOnlyObjectProperty<Path> rebuildableProperty() {
        return rebuildable.getReadOnlyProperty();
    }

    /** Carries out the erasure request typed in the form: row ids, or else the filter. */
    public void forget() {
        Session s = requireOpen();
        ErasureRequest request;
        try {
            request = form.request();
        } catch (BadInputException e) {
            result.set(e.getMessage());
            return;
        }
        run("Forget rows", p -> snapshot(s, AuditActions.carryOut(s, request, p)), null);
    }

    /** Checks that nothing forgotten is left and the model is as recorded; the outcome goes into the log. */
    public void verifyForgetting() {
        Session s = requireOpen();
        run("Verify forgetting", p -> snapshot(s, AuditActions.verify(s, p)), null);
    }

    /**
     * Writes a certificate of the request selected in the history, or of the last one when none is ({@code all}:
     * of the whole session).
     */
    public void exportCertificate(Path out, boolean all) {
        Session s = requireOpen();
        RequestRow chosen = history.selected().get();
        run(
                "Export certificate",
                p -> snapshot(
                        s, AuditActions.writeCertificate(s, chosen == null ? null : chosen.id(), all, out, pdfWriter)),
                null);
    }

    /**
     * Writes the session's remaining rows (its data copy) as CSV, for the controller to replace their source
     * file with: the command line's export, logged alike.
     */
    public void exportData(Path out) {
        Session s = requireOpen();
        run(
                "Export remaining rows",
                p -> {
                    s.exportData(out);
                    return snapshot(
                            s,
                            org.unlearn.views.common.Figures.rows(s.remainingRows()) + " written to " + out
                                    + "; replace the source file with it");
                },
                null);
    }

    /**
     * One line when a file just opened is the source of the open session and still holds rows the session
     * forgot (same name and same bytes as when the session began): the window says so instead of quietly
     * showing them again.
     */
    public Optional<String> forgottenRowsWarning(Path file) {
        return WindowForgets.forgottenRowsWarning(session, file);
    }

    /** Lays an HTML certificate out as PDF: the app's renderer, for certificates saved as .pdf. */
    public void writePdfWith(java.util.function.Function<String, byte[]> writer) {
        pdfWriter = writer;
    }

    /** Every request is committed to the session folder as it is made; Save only says so. */
    public void save() {
        result.set(
                session == null
                        ? "No session open"
                        : "Everything is saved: each request was written to " + session.folder() + " as it was made");
    }

    /** Closes the session, releasing its lock. */
    public void closeSession() {
        if (session != null) {
            session.close();
            session = null;
        }
        summary.clear();
        history.clear();
        changed.run();
    }

    private Session requireOpen() {
        if (session == null) {
            throw new IllegalStateException("no session open");
        }
        return session;
    }

    private interface SnapshotJob {
        SessionSnapshot run(Progress progress) throws Exception;
    }

    private void run(String what, SnapshotJob job, String done) {
        busy.set(true);
        work.submit(
                what,
                p -> {
                    try {
                        SessionSnapshot made =
                                job.run(p); // its line, not a step's ("Feature injection"), outlives the work
                        p.report(1, made.message() != null ? made.message() : "Done: " + what);
                        return made;
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                outcome -> {
                    busy.set(false);
                    if (outcome instanceof Outcome.Succeeded<SessionSnapshot> s) {
                        if (what.equals("Forget rows")) {
                            form.clearForNext();
                        }
                        show(s.value(), done);
                    } else if (outcome instanceof Outcome.Refused<SessionSnapshot> r) {
                        result.set(r.message());
                        rebuildable.set(damagedModel.getAndSet(null));
                    }
                });
    }

    private SessionSnapshot snapshot(Session s) {
        return snapshot(s, null);
    }

    private SessionSnapshot snapshot(Session s, String message) {
        return SessionSnapshot.of(s, message);
    }

    private void show(SessionSnapshot s, String done) {
        boolean opening = session != s.session();
        if (opening && session != null) {
            session.close();
        }
        session = s.session();
        summary.show(s);
        history.showAll(s.rows());
        result.set(s.message() != null ? s.message() : done == null ? "" : done);
        if (opening) {
            opened.accept(session.folder());
        }
        changed.run();
    }

    public ObservableList<RequestRow> shownRequests() {
        return history.shown();
    }

    public StringProperty subjectSearchProperty() {
        return history.subjectSearch();
    }

    public ReadOnlyStringProperty titleProperty() {
        return summary.title();
    }

    public ReadOnlyStringProperty integrityProperty() {
        return summary.integrity();
    }

    public ReadOnlyBooleanProperty logIntactProperty() {
        return summary.logIntact();
    }

    /** "session S (saved)" while a session is open (every change is committed as it is made), else empty. */
    public ReadOnlyStringProperty sessionNameProperty() {
        return summary.sessionName();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return summary.open();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public StringProperty rowsProperty() {
        return form.rows();
    }

    public StringProperty filterProperty() {
        return form.filter();
    }

    public StringProperty subjectProperty() {
        return form.subject();
    }

    public StringProperty reasonProperty() {
        return form.reason();
    }

    public ObjectProperty<ErasureRequest.Method> methodProperty() {
        return form.method();
    }

    public ObjectProperty<RequestRow> selectedProperty() {
        return history.selected();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return history.details();
    }

    /** "Session S · SISA · seed 42 · 1,000 rows" while a session is open, else empty: the status bar's model. */
    public ReadOnlyStringProperty modelLineProperty() {
        return summary.modelLine();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
