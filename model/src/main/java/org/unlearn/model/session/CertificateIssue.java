package org.unlearn.model.session;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.util.Storage;

/**
 * Issues a session's certificate, the one way the command line and the window both take: never over an audit
 * log that does not verify (a certificate vouches for the log), written whole to the file the user named, as PDF
 * or as an HTML page, and its issue logged with what it covers, the entry it is anchored to and the SHA-256 of the
 * file written, so a certificate shown later can be matched to its issue (the file's name and place are not
 * logged: they are the user's). The PDF layout lives in the app (its renderer is the app's dependency), which
 * hands it in.
 */
public final class CertificateIssue {
    private CertificateIssue() {}

    /** The refusal of a certificate over a log that does not verify; the command line exits with its own code. */
    public static final class LogDoesNotVerify extends BadInputException {
        private static final long serialVersionUID = 1L;

        LogDoesNotVerify(String message) {
            super(message);
        }
    }

    /**
     * Writes the certificate and logs its issue.
     *
     * @param requestId the request it certifies, or null for the last one
     * @param all the whole session rather than one request
     * @param pdf true to write it as PDF, false for an HTML page
     * @param pdfLayout lays the HTML certificate out as PDF, or null when none is at hand (then a PDF is refused
     *     rather than filled with HTML)
     * @return the audit log entry the certificate is anchored to
     */
    public static long write(
            Session s, String requestId, boolean all, Path out, boolean pdf, Function<String, byte[]> pdfLayout) {
        AuditLog.Verification v = s.verifyLog();
        if (!v.intact()) {
            throw new LogDoesNotVerify(
                    s.folder() + ": the audit log does not verify: " + v.problem() + "; no certificate written");
        }
        if (pdf && pdfLayout == null) {
            throw new BadInputException(out + ": a PDF certificate cannot be written here; save it as .html");
        }
        Instant now = Instant.now();
        String html = all
                ? Certificate.wholeSession(s, now)
                : requestId != null ? Certificate.ofRequest(s, requestId, now) : Certificate.lastRequest(s, now);
        long anchor = s.head().count();
        byte[] bytes = pdf ? pdfLayout.apply(html) : html.getBytes(StandardCharsets.UTF_8);
        NamedFile.write(Storage.DEFAULT, out, bytes);
        String covers = all ? "whole session" : requestId != null ? "request " + requestId : "last request";
        s.logCertificate(logFields(covers, pdf, anchor, bytes));
        return anchor;
    }

    private static Map<String, Object> logFields(String covers, boolean pdf, long anchoredTo, byte[] written) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("certificate", covers);
        fields.put("format", pdf ? "pdf" : "html");
        fields.put("anchored_to_entry", anchoredTo);
        fields.put("sha256", sha256(written));
        return fields;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
