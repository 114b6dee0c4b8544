package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.session.Certificate;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.model.session.Session;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.Storage;

/** The PDF certificate prints the page's signs in its embedded font and carries the page's charts as pictures. */
class PdfCertificateTest {
    @TempDir
    Path tmp;

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    private static List<PDImageXObject> images(PDDocument doc) throws IOException {
        List<PDImageXObject> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources r = page.getResources();
            for (COSName name : r.getXObjectNames()) {
                if (r.getXObject(name) instanceof PDImageXObject image) {
                    out.add(image);
                }
            }
        }
        return out;
    }

    private static List<String> fonts(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                out.add(page.getResources().getFont(name).getName());
            }
        }
        return out;
    }

    @Test
    void theSignsPrintAsTheyReadOnScreenInTheEmbeddedFont() throws IOException {
        String signs = "a ≤ b ≥ c → d ≈ e − f ✓ ✗";
        byte[] pdf = PdfCertificate.of(
                "<!DOCTYPE html><html><head><style>p{margin:0}</style></head><body><p>" + signs + "</p></body></html>");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(signs, text(doc).strip());
            assertTrue(
                    fonts(doc).stream().allMatch(f -> f.contains("DejaVuSans")),
                    fonts(doc).toString());
        }
    }

    @Test
    void aSessionCertificateCarriesItsChartAsAPicture() throws IOException {
        StringBuilder csv = new StringBuilder("name,age,fare,survived\n");
        Random random = new Random(3);
        for (int i = 1; i <= 80; i++) {
            csv.append("P").append(i).append(',').append(5 + random.nextInt(70)).append(',');
            csv.append(10 + random.nextInt(200)).append(',').append(random.nextBoolean() ? "yes" : "no");
            csv.append('\n');
        }
        Path data = Files.writeString(tmp.resolve("people.csv"), csv);
        String html;
        try (Session s = Session.create(
                tmp.resolve("session"),
                data,
                "survived",
                "logreg",
                Map.of(),
                42,
                0.2,
                Storage.DEFAULT,
                Progress.NONE)) {
            s.forget(
                    new ErasureRequest(
                            "case-1", new int[] {3, 4}, null, "art. 17", Instant.now(), ErasureRequest.Method.EXACT),
                    Progress.NONE);
            html = Certificate.wholeSession(s, Instant.now());
        }
        int charts = html.split("<svg", -1).length - 1;
        assertTrue(charts >= 1 && html.contains("→"), "the page has a chart and an arrow to print");
        try (PDDocument doc = Loader.loadPDF(PdfCertificate.of(html))) {
            assertEquals(charts, images(doc).size(), "every chart of the page is a picture in the PDF");
            assertTrue(images(doc).get(0).getWidth() >= 560, "drawn at print resolution");
            assertTrue(text(doc).contains("before → after"), text(doc));
        }
    }
}
