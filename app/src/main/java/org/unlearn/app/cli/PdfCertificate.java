package org.unlearn.app.cli;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A certificate laid out as PDF by openhtmltopdf from the same page the HTML certificate is. The PDF uses the
 * standard PDF fonts (so the few signs they lack are written in ASCII: "->" for an arrow) and leaves out the
 * inline SVG chart (openhtmltopdf draws SVG only with Batik, which is not bundled); every sentence and figure of
 * the page is in it.
 */
final class PdfCertificate {
    private PdfCertificate() {}

    static byte[] of(String html) {
        // the renderer logs every unsupported CSS property and the skipped chart to stderr otherwise
        XRLog.setLoggingEnabled(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(ascii(html), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("the certificate could not be laid out as PDF", e);
        }
        return out.toByteArray();
    }

    /** Signs the standard PDF fonts lack, in ASCII. */
    private static String ascii(String html) {
        return html.replace("→", "-&gt;")
                .replace("≤", "&lt;=")
                .replace("≥", "&gt;=")
                .replace("≈", "~")
                .replace("−", "-")
                .replace("✓", "yes")
                .replace("✗", "no");
    }
}
