package org.unlearn.views.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.session.NamedFile;
import org.unlearn.model.session.Session;

/**
 * How the window writes a certificate, as the command line does: never over an audit log that does not verify
 * (a certificate vouches for the log), and as PDF when the file ends in .pdf, else as an HTML page. The PDF
 * layout lives in the app (its renderer is the app's dependency), which hands its writer in.
 */
final class CertificateFile {
    private CertificateFile() {}

    /** Refuses, in the command line's words, a session whose audit log does not verify. */
    static void refuseUnlessLogHolds(Session s) {
        AuditLog.Verification v = s.verifyLog();
        if (!v.intact()) {
            throw new BadInputException(
                    s.folder() + ": the audit log does not verify: " + v.problem() + "; no certificate written");
        }
    }

    /**
     * The certificate's bytes for this file.
     *
     * @param pdf lays an HTML certificate out as PDF, or null when none was given (then a .pdf file is refused
     *     rather than filled with HTML)
     */
    static byte[] bytes(Path out, String html, Function<String, byte[]> pdf) {
        if (!NamedFile.isPdf(out)) {
            return html.getBytes(StandardCharsets.UTF_8);
        }
        if (pdf == null) {
            throw new BadInputException(out + ": a PDF certificate cannot be written here; save it as .html");
        }
        return pdf.apply(html);
    }
}
