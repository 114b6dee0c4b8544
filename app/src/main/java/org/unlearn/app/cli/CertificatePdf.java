package org.unlearn.app.cli;

/** The window's door to the PDF certificate layout, so the window saves the same PDF the command line does. */
public final class CertificatePdf {
    private CertificatePdf() {}

    /** The HTML certificate laid out as PDF. */
    public static byte[] of(String html) {
        return PdfCertificate.of(html);
    }
}
