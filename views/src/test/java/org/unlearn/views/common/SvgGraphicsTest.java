package org.unlearn.views.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What the SVG surface writes for each thing JFreeChart asks of a Graphics2D, read back as XML. */
class SvgGraphicsTest {
    @Test
    void coloursWithAlphaStrokesTransformsClipsGradientsAndTextBecomeSvg() throws Exception {
        SvgDocument document = new SvgDocument(200, 100);
        Graphics2D g = new SvgGraphics(document);
        g.setPaint(new Color(255, 0, 0, 128));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        g.fill(new Rectangle2D.Double(10, 10, 20, 20));
        g.setComposite(AlphaComposite.SrcOver);
        g.setPaint(Color.BLUE);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL, 1, new float[] {4, 2}, 0));
        Graphics2D child = (Graphics2D) g.create();
        child.translate(50, 0);
        child.rotate(Math.PI / 2);
        child.clip(new Rectangle2D.Double(0, 0, 40, 40));
        child.draw(new Ellipse2D.Double(0, 0, 30, 30));
        child.dispose();
        g.setPaint(new GradientPaint(0, 0, Color.WHITE, 100, 0, Color.BLACK));
        g.fillRect(0, 50, 100, 10);
        g.setPaint(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.BOLD | Font.ITALIC, 14));
        g.drawString("a < b & \"c\"", 5, 90);

        Document svg = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(document.text().getBytes(StandardCharsets.UTF_8)));
        Element square = element(svg, "path", 0);
        assertEquals("#ff0000", square.getAttribute("fill"));
        assertEquals("0.251", square.getAttribute("fill-opacity"), "the colour's alpha times the composite's");
        Element circle = element(svg, "path", 1);
        assertEquals("none", circle.getAttribute("fill"));
        assertEquals("#0000ff", circle.getAttribute("stroke"));
        assertEquals("2.5", circle.getAttribute("stroke-width"));
        assertEquals("round", circle.getAttribute("stroke-linecap"));
        assertEquals("bevel", circle.getAttribute("stroke-linejoin"));
        assertEquals("4,2", circle.getAttribute("stroke-dasharray"));
        assertEquals("matrix(0 1 -1 0 50 0)", circle.getAttribute("transform"));
        Element clipped = (Element) circle.getParentNode();
        assertEquals("g", clipped.getLocalName());
        String clipId = clipped.getAttribute("clip-path").replaceAll("url\\(#(.*)\\)", "$1");
        Element clip = byId(svg, clipId);
        assertEquals("M10 0L10 40L50 40L50 0Z", ((Element) clip.getFirstChild()).getAttribute("d"), "in device space");
        Element bar = element(svg, "path", 2);
        assertTrue(bar.getAttribute("fill").startsWith("url(#gradient"), bar.getAttribute("fill"));
        assertEquals(1, svg.getElementsByTagNameNS("*", "linearGradient").getLength());
        Element text = element(svg, "text", 0);
        assertEquals("a < b & \"c\"", text.getTextContent());
        assertEquals("serif", text.getAttribute("font-family"));
        assertEquals("bold", text.getAttribute("font-weight"));
        assertEquals("italic", text.getAttribute("font-style"));
        assertEquals("14", text.getAttribute("font-size"));
    }

    @Test
    void textKeepsOnlyWhatXmlCanHold() throws Exception {
        // a dataset's column name may hold anything: control characters, U+FFFF and a lone surrogate are left out
        String held = SvgDocument.escape("a\u0001b\uFFFFc\uD800d \uD83D\uDE00 <&>");
        assertEquals("abcd \uD83D\uDE00 &lt;&amp;&gt;", held);
        DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(("<t>" + held + "</t>").getBytes(StandardCharsets.UTF_8)));
    }

    /** The index-th element of this name drawn (clip paths' outlines left out). */
    private static Element element(Document svg, String name, int index) {
        var all = svg.getElementsByTagNameNS("*", name);
        int seen = 0;
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (!"clipPath".equals(e.getParentNode().getLocalName()) && seen++ == index) {
                return e;
            }
        }
        throw new AssertionError("no " + name + " " + index);
    }

    private static Element byId(Document svg, String id) {
        var all = svg.getElementsByTagNameNS("*", "clipPath");
        for (int i = 0; i < all.getLength(); i++) {
            if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                return (Element) all.item(i);
            }
        }
        throw new AssertionError("no clip path " + id);
    }
}
