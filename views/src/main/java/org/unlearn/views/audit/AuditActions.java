package org.unlearn.views.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.unlearn.model.session.CertificateIssue;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.model.session.NamedFile;
import org.unlearn.model.session.Session;
import org.unlearn.model.util.Progress;

/** The engine side of the Audit view's commands on an open session, each with the line that reports it. */
final class AuditActions {
    private AuditActions() {}

    static String carryOut(Session s, ErasureRequest request, Progress p) {
        Map<String, Object> r = s.forget(request, p);
        return r.get("id") + ": " + r.get("status") + ", " + ((List<?>) r.get("rows")).size() + " rows"
                + (r.get("how") == null ? "" : "; " + r.get("how"));
    }

    static String verify(Session s, Progress p) {
        Map<String, Object> v = s.verifyForgetting(p);
        return Boolean.TRUE.equals(v.get("passed"))
                ? "Verified: no forgotten row is in the data, the model is the one recorded and"
                        + " equals a retrain on the remaining rows, the log holds"
                : "Verification FAILED: " + RequestFigures.failedChecks(v);
    }

    /** The certificate of the request {@code id}, of the last one when null, or of the whole session ({@code all}). */
    static String writeCertificate(
            Session s, String id, boolean all, Path out, java.util.function.Function<String, byte[]> pdfWriter) {
        CertificateIssue.write(s, id, all, out, NamedFile.isPdf(out), pdfWriter);
        return "Certificate written to " + out;
    }
}
