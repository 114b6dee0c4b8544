package org.unlearn.app.cli;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.unlearn.app.cli.ChartImages.Fonts;

/**
 * A certificate laid out as PDF by openhtmltopdf from the same page the HTML certificate is, in DejaVu Sans
 * (bundled and embedded, so the arrows, ≤ and ≥ of the page print as they read on screen and the PDF looks
 * the same on every machine) with its charts as pictures ({@link ChartImages}).
 */
final class PdfCertificate {
    private PdfCertificate() {}

    static byte[] of(String html) {
        // the renderer logs every unsupported CSS property to stderr otherwise
        XRLog.setLoggingEnabled(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> Fonts.open(Fonts.REGULAR_FILE), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> Fonts.open(Fonts.BOLD_FILE), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(inFont(ChartImages.inline(html)), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("the certificate could not be laid out as PDF", e);
        }
        return out.toByteArray();
    }

    /** The page's text in the bundled font (the screen page asks for the system's). */
    private static String inFont(String html) {
        return html.replace("</style>", "body{font-family:'" + Fonts.FAMILY + "',sans-serif}\n</style>");
    }
}
