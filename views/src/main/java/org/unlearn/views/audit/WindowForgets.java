package org.unlearn.views.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.unlearn.model.BadInputException;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.model.session.Session;
import org.unlearn.model.util.Progress;

/**
 * Rows forgotten elsewhere in the window (the forget view) and the open session: recording them as its
 * erasure request, mapping a data file's rows to the session's ids, and warning when a file just opened is the
 * session's source and still holds rows the session forgot.
 */
final class WindowForgets {
    private WindowForgets() {}

    /**
     * Carries out rows forgotten in the window as a request of the session (by the filter when it takes exactly
     * those rows from the session's data, else by their ids); the line that says what was recorded.
     */
    static String carryOut(
            Session s,
            int[] rowIds,
            String filter,
            ErasureRequest.Method how,
            String subjectRef,
            String why,
            Progress p) {
        boolean byFilter = filter != null && sameRows(s, filter, rowIds);
        ErasureRequest request = new ErasureRequest(
                RequestForm.blank(subjectRef),
                byFilter ? null : rowIds,
                byFilter ? filter : null,
                RequestForm.blank(why),
                Instant.now(),
                how);
        Map<String, Object> r = s.forget(request, p);
        int n = ((List<?>) r.get("rows")).size();
        return "Recorded in session " + s.folder().getFileName() + " as " + r.get("id") + ": " + n
                + (n == 1 ? " row, " : " rows, ") + r.get("status");
    }

    /** See {@link AuditViewModel#rowIdsOf}; empty when no session is open. */
    static Optional<IntUnaryOperator> rowIdsOf(Session session, Path file) {
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
        return session.forgottenRows().length == 0 && isSource(session, file)
                ? Optional.of(id -> id)
                : Optional.empty();
    }

    /** See {@link AuditViewModel#forgottenRowsWarning}; empty when no session is open. */
    static Optional<String> forgottenRowsWarning(Session session, Path file) {
        if (session == null || session.forgottenRows().length == 0 || file == null || !isSource(session, file)) {
            return Optional.empty();
        }
        int n = session.forgottenRows().length;
        return Optional.of(
                file.getFileName() + " still holds " + (n == 1 ? "the row" : "the " + n + " rows")
                        + " forgotten in the session " + session.folder().getFileName()
                        + ": the session's own copy of the data is shown instead (replace the file with the remaining rows: Audit view, Export remaining rows…)");
    }

    private static boolean sameRows(Session s, String filter, int[] rowIds) {
        try {
            int[] matching = s.rowsMatching(filter);
            int[] given = rowIds.clone();
            Arrays.sort(matching);
            Arrays.sort(given);
            return Arrays.equals(matching, given);
        } catch (BadInputException e) {
            return false;
        }
    }

    /** The session's source file as it was when the session began: same name and same bytes. */
    private static boolean isSource(Session session, Path file) {
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
}
