package org.unlearn.views.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.session.Certificate;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.model.session.ModelMismatchException;
import org.unlearn.model.session.Session;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Outcome;

/**
 * The Audit view's state: the open session (its lock held while it is open), its request history with a
 * search by subject reference, the audit log's integrity at a glance, and the commands — create or open a
 * session, carry out an erasure request, verify forgetting, export a certificate. Engine work runs in the
 * background; each job returns a snapshot of the session that the FX thread shows.
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

    /** What the view shows of a session, taken in the background after each change. */
    private record Snapshot(
            Session session,
            String title,
            List<Map<String, Object>> requests,
            AuditLog.Verification log,
            AuditLog.Head head,
            String message) {}

    private final BackgroundWork work;
    private Session session;
    private final ObservableList<RequestRow> requests = FXCollections.observableArrayList();
    private final FilteredList<RequestRow> shown = new FilteredList<>(requests, r -> true);
    private final StringProperty subjectSearch = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No session open");
    private final ReadOnlyStringWrapper integrity = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper logIntact = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper sessionName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final StringProperty rows = new SimpleStringProperty("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<ErasureRequest.Method> method =
            new SimpleObjectProperty<>(ErasureRequest.Method.EXACT);
    private final ObjectProperty<RequestRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper modelLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> rebuildable = new ReadOnlyObjectWrapper<>();
    /** Set by an opening job that found the stored model damaged, read when its refusal arrives. */
    private final java.util.concurrent.atomic.AtomicReference<Path> damagedModel =
            new java.util.concurrent.atomic.AtomicReference<>();

    private java.util.function.Consumer<Path> opened = dir -> {};
    private Runnable changed = () -> {};

    public AuditViewModel(BackgroundWork work) {
        this.work = work;
        subjectSearch.addListener((o, was, now) -> {
            String q = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(r -> q.isEmpty()
                    || (r.subject() != null
                            && r.subject().toLowerCase(Locale.ROOT).contains(q)));
        });
        selected.addListener((o, was, now) -> details.set(now == null ? "" : RequestFigures.describe(now.record())));
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
                p -> {
                    boolean byFilter = filter != null && sameRows(s, filter, rowIds);
                    ErasureRequest request = new ErasureRequest(
                            blank(subjectRef),
                            byFilter ? null : rowIds,
                            byFilter ? filter : null,
                            blank(why),
                            Instant.now(),
                            how);
                    Map<String, Object> r = s.forget(request, p);
                    int n = ((List<?>) r.get("rows")).size();
                    return snapshot(
                            s,
                            "Recorded in session " + s.folder().getFileName() + " as " + r.get("id") + ": " + n
                                    + (n == 1 ? " row, " : " rows, ") + r.get("status"));
                },
                null);
    }

    /**
     * How the rows of a data file the window opened map to the open session's row ids: the session's source
     * file as it was (same name and bytes) keeps its ids, the session's current data copy maps by position;
     * empty for any other file, or when no session is open.
     */
    public Optional<java.util.function.IntUnaryOperator> rowIdsOf(Path file) {
        if (session == null || file == null) {
            return Optional.empty();
        }
        if (file.toAbsolutePath()
                .normalize()
                .equals(session.dataCopy().toAbsolutePath().normalize())) {
            int[] ids = session.copyRowIds();
            return Optional.of(id -> ids[id - 1]);
        }
        // The source keeps the session's ids, but only while it holds no row the session forgot.
        return session.forgottenRows().length == 0 && isSource(file) ? Optional.of(id -> id) : Optional.empty();
    }

    private static boolean sameRows(Session s, String filter, int[] rowIds) {
        try {
            int[] matching = s.rowsMatching(filter);
            int[] given = rowIds.clone();
            java.util.Arrays.sort(matching);
            java.util.Arrays.sort(given);
            return java.util.Arrays.equals(matching, given);
        } catch (BadInputException e) {
            return false;
        }
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

    private boolean isSource(Path file) {
        if (!file.getFileName().toString().equals(session.recipe().source())) {
            return false;
        }
        try {
            String sha = java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            return sha.equals(session.recipe().sourceSha256());
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            return false;
        }
    }

    /** Opens a session folder (refused in one line if another process has it, or it is damaged). */
    public void open(Path dir) {
        closeSession();
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
        String ids = rows.get().strip();
        String where = filter.get().strip();
        ErasureRequest request;
        try {
            request = new ErasureRequest(
                    blank(subject.get()),
                    ids.isEmpty() ? null : ErasureRequest.rows(ids),
                    ids.isEmpty() && !where.isEmpty() ? where : null,
                    blank(reason.get()),
                    Instant.now(),
                    method.get());
        } catch (BadInputException e) {
            result.set(e.getMessage());
            return;
        }
        run(
                "Forget rows",
                p -> {
                    Map<String, Object> r = s.forget(request, p);
                    return snapshot(
                            s,
                            r.get("id") + ": " + r.get("status") + ", " + ((List<?>) r.get("rows")).size() + " rows"
                                    + (r.get("how") == null ? "" : "; " + r.get("how")));
                },
                null);
    }

    /** Checks that nothing forgotten is left and the model is as recorded; the outcome goes into the log. */
    public void verifyForgetting() {
        Session s = requireOpen();
        run(
                "Verify forgetting",
                p -> {
                    Map<String, Object> v = s.verifyForgetting(p);
                    return snapshot(
                            s,
                            Boolean.TRUE.equals(v.get("passed"))
                                    ? "Verified: no forgotten row is in the data, the model is the one recorded and"
                                            + " equals a retrain on the remaining rows, the log holds"
                                    : "Verification FAILED: " + RequestFigures.failedChecks(v));
                },
                null);
    }

    /**
     * Writes a certificate of the request selected in the history, or of the last one when none is ({@code all}:
     * of the whole session).
     */
    public void exportCertificate(Path out, boolean all) {
        Session s = requireOpen();
        RequestRow chosen = selected.get();
        run(
                "Export certificate",
                p -> {
                    String html = all
                            ? Certificate.wholeSession(s, Instant.now())
                            : chosen != null
                                    ? Certificate.ofRequest(s, chosen.id(), Instant.now())
                                    : Certificate.lastRequest(s, Instant.now());
                    try {
                        Storage.DEFAULT.writeAtomically(out, html.getBytes(StandardCharsets.UTF_8));
                    } catch (java.io.IOException e) {
                        Files.deleteIfExists(Storage.temporary(out));
                        throw new BadInputException(out + ": cannot be written (" + e.getMessage() + ")", e);
                    }
                    return snapshot(s, "Certificate written to " + out);
                },
                null);
    }

    /**
     * One line when a file just opened is the source of the open session and still holds rows the session
     * forgot (same name and same bytes as when the session began): the window says so instead of quietly
     * showing them again.
     */
    public Optional<String> forgottenRowsWarning(Path file) {
        if (session == null || session.forgottenRows().length == 0 || file == null || !isSource(file)) {
            return Optional.empty();
        }
        int n = session.forgottenRows().length;
        return Optional.of(file.getFileName() + " still holds " + (n == 1 ? "the row" : "the " + n + " rows")
                + " forgotten in the session " + session.folder().getFileName()
                + ": the session's own copy of the data is shown instead (replace the file with export-data)");
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
        open.set(false);
        sessionName.set("");
        requests.clear();
        title.set("No session open");
        integrity.set("");
        logIntact.set(true);
        modelLine.set("");
        changed.run();
    }

    private Session requireOpen() {
        if (session == null) {
            throw new IllegalStateException("no session open");
        }
        return session;
    }

    private interface SnapshotJob {
        Snapshot run(Progress progress) throws Exception;
    }

    private void run(String what, SnapshotJob job, String done) {
        busy.set(true);
        work.submit(
                what,
                p -> {
                    try {
                        Snapshot made = job.run(p); // its line, not a step's ("Feature injection"), outlives the work
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
                    if (outcome instanceof Outcome.Succeeded<Snapshot> s) {
                        if (what.equals("Forget rows")) {
                            rows.set("");
                            filter.set("");
                        }
                        show(s.value(), done);
                    } else if (outcome instanceof Outcome.Refused<Snapshot> r) {
                        result.set(r.message());
                        rebuildable.set(damagedModel.getAndSet(null));
                    }
                });
    }

    private Snapshot snapshot(Session s) {
        return snapshot(s, null);
    }

    private Snapshot snapshot(Session s, String message) {
        String t = s.folder().getFileName() + " — "
                + org.unlearn.model.family.Families.byCode(s.recipe().model()).title() + " on "
                + s.recipe().source() + ", " + org.unlearn.views.common.Figures.rows(s.remainingRows()) + ", "
                + s.forgottenRows().length
                + " forgotten · everything saved";
        return new Snapshot(s, t, s.requests(), s.verifyLog(), s.head(), message);
    }

    private void show(Snapshot s, String done) {
        boolean opening = session != s.session();
        session = s.session();
        open.set(true);
        sessionName.set("session " + session.folder().getFileName() + " (saved)");
        org.unlearn.model.family.FamilyDescriptor<?> family =
                org.unlearn.model.family.Families.byCode(session.recipe().model());
        modelLine.set("Session " + session.folder().getFileName() + " · " + family.title() + " · seed "
                + session.recipe().seed() + " · " + org.unlearn.views.common.Figures.rows(session.remainingRows()));
        title.set(s.title());
        logIntact.set(s.log().intact());
        integrity.set(
                s.log().intact()
                        ? "Audit log holds: " + s.head().count() + (s.head().count() == 1 ? " entry" : " entries")
                                + ", sealed with " + s.head().hash().substring(0, 16) + "…"
                        : "Audit log does NOT verify: " + s.log().problem());
        List<RequestRow> list = new ArrayList<>();
        for (Map<String, Object> r : s.requests()) {
            list.add(new RequestRow(
                    String.valueOf(r.get("id")),
                    (String) r.get("subject"),
                    when(r.get("received")),
                    String.valueOf(r.get("method")),
                    ((List<?>) r.get("rows")).size(),
                    String.valueOf(r.get("status")),
                    r.containsKey("exact") ? (Boolean.TRUE.equals(r.get("exact")) ? "yes" : "no") : "—",
                    r));
        }
        requests.setAll(list);
        result.set(s.message() != null ? s.message() : done == null ? "" : done);
        if (opening) {
            opened.accept(session.folder());
        }
        changed.run();
    }

    static String when(Object instant) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
                            .withZone(java.time.ZoneOffset.UTC)
                            .format(Instant.parse(String.valueOf(instant)))
                    + " UTC";
        } catch (java.time.format.DateTimeParseException e) {
            return String.valueOf(instant);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<RequestRow> shownRequests() {
        return shown;
    }

    public StringProperty subjectSearchProperty() {
        return subjectSearch;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty integrityProperty() {
        return integrity.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty logIntactProperty() {
        return logIntact.getReadOnlyProperty();
    }

    /** "session S (saved)" while a session is open (every change is committed as it is made), else empty. */
    public ReadOnlyStringProperty sessionNameProperty() {
        return sessionName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public StringProperty rowsProperty() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<ErasureRequest.Method> methodProperty() {
        return method;
    }

    public ObjectProperty<RequestRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** "Session S · SISA · seed 42 · 1,000 rows" while a session is open, else empty: the status bar's model. */
    public ReadOnlyStringProperty modelLineProperty() {
        return modelLine.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
