package org.unlearn.app.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The certificate's small charts as PNG images for the PDF: the PDF renderer draws SVG only with Batik (a
 * dozen megabytes we do not bundle), and the charts are bars and labels only — {@code rect} and {@code text}
 * elements, which this draws with Java2D in the embedded font, at twice their size so that they print
 * sharply. Each {@code <svg>} becomes an {@code <img>} of the same size with the PNG as a data URI.
 */
final class ChartImages {
    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    private static final int SCALE = 2;

    private ChartImages() {}

    /** The page with every inline SVG chart replaced by its picture. */
    static String inline(String html) {
        Matcher m = SVG.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(image(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String image(String svg) {
        Element root = parse(svg);
        int width = (int) number(root, "width");
        int height = (int) number(root, "height");
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    draw(g, e);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String label = root.getAttribute("aria-label");
        return "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray())
                + "\" alt=\"" + label.replace("\"", "&quot;") + "\" style=\"width:" + width + "px;height:" + height
                + "px\"/>";
    }

    private static void draw(Graphics2D g, Element e) {
        switch (e.getTagName()) {
            case "rect" -> {
                g.setColor(colour(e.getAttribute("fill")));
                g.fill(new Rectangle2D.Double(number(e, "x"), number(e, "y"), number(e, "width"), number(e, "height")));
            }
            case "text" -> {
                float size = e.hasAttribute("font-size") ? (float) number(e, "font-size") : 12f;
                g.setFont(Fonts.REGULAR.deriveFont(size));
                g.setColor(e.hasAttribute("fill") ? colour(e.getAttribute("fill")) : new Color(0x1a202c));
                g.drawString(e.getTextContent(), (float) number(e, "x"), (float) number(e, "y"));
            }
            default -> {
                // the certificate's charts have no other elements; anything else is left out, not guessed at
            }
        }
    }

    private static Color colour(String fill) {
        if (fill.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(fill.substring(1), 16));
        }
        return Color.BLACK;
    }

    private static double number(Element e, String attribute) {
        String v = e.getAttribute(attribute).replace("px", "").strip();
        return v.isEmpty() ? 0 : Double.parseDouble(v);
    }

    private static Element parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("a certificate chart is not well-formed SVG", e);
        }
    }

    /** The fonts bundled for the PDF (DejaVu Sans; its licence is beside it). */
    static final class Fonts {
        static final String FAMILY = "DejaVu Sans";
        static final String REGULAR_FILE = "fonts/DejaVuSans.ttf";
        static final String BOLD_FILE = "fonts/DejaVuSans-Bold.ttf";
        static final Font REGULAR = load(REGULAR_FILE);

        private Fonts() {}

        static InputStream open(String file) {
            InputStream in = ChartImages.class.getResourceAsStream(file);
            if (in == null) {
                throw new IllegalStateException("the bundled font " + file + " is missing from the build");
            }
            return in;
        }

        private static Font load(String file) {
            try (InputStream in = open(file)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("the bundled font " + file + " cannot be read", e);
            }
        }
    }
}
