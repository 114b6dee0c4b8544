package org.unlearn.views.common;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.BufferedImage;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.util.Map;

/**
 * A Graphics2D that writes SVG: what JFreeChart draws (shapes through their path iterators, fills, strokes,
 * colours with alpha, gradients, text in its font, images, transforms and clips) becomes SVG elements in an
 * {@link SvgDocument}. Shapes are written in user space with the transform as an attribute, so strokes and
 * gradients scale as drawn; clips are kept in device space. Font metrics come from an offscreen image's
 * graphics, so text is laid out as on a PNG.
 */
final class SvgGraphics extends ShapeGraphics {
    private static final Graphics2D METRICS = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();

    private final SvgDocument document;
    private AffineTransform transform = new AffineTransform();
    private Paint paint = Color.BLACK;
    private Color background = Color.WHITE;
    private Stroke stroke = new BasicStroke(1);
    private Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private Composite composite = AlphaComposite.SrcOver;
    /** In device space; null for none. */
    private Shape clip;

    private final RenderingHints hints = new RenderingHints(null);

    SvgGraphics(SvgDocument document) {
        this.document = document;
    }

    private SvgGraphics(SvgGraphics from) {
        this(from.document);
        transform = new AffineTransform(from.transform);
        paint = from.paint;
        background = from.background;
        stroke = from.stroke;
        font = from.font;
        composite = from.composite;
        clip = from.clip;
        hints.putAll(from.hints);
    }

    private float alpha() {
        return composite instanceof AlphaComposite a ? a.getAlpha() : 1f;
    }

    @Override
    public void draw(Shape s) {
        if (!(stroke instanceof BasicStroke basic)) {
            fill(stroke.createStrokedShape(s));
            return;
        }
        document.add(
                "<path d=\"" + SvgDocument.path(s, null) + "\" fill=\"none\"" + document.paint(paint, alpha(), "stroke")
                        + SvgDocument.stroke(basic) + SvgDocument.transform(transform) + "/>",
                clip);
    }

    @Override
    public void fill(Shape s) {
        document.add(
                "<path d=\"" + SvgDocument.path(s, null) + "\" fill-rule=\"" + SvgDocument.fillRule(s) + "\""
                        + document.paint(paint, alpha(), "fill") + SvgDocument.transform(transform) + "/>",
                clip);
    }

    @Override
    public void drawString(String text, float x, float y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String weight = font.isBold() ? " font-weight=\"bold\"" : "";
        String style = font.isItalic() ? " font-style=\"italic\"" : "";
        document.add(
                "<text x=\"" + SvgDocument.number(x) + "\" y=\"" + SvgDocument.number(y) + "\" font-family=\""
                        + SvgDocument.escape(family(font)) + "\" font-size=\"" + SvgDocument.number(font.getSize2D())
                        + "\"" + weight + style + document.paint(paint, alpha(), "fill") + " xml:space=\"preserve\""
                        + SvgDocument.transform(transform) + ">" + SvgDocument.escape(text) + "</text>",
                clip);
    }

    /** The font's family as CSS names it, with a generic family to fall back on. */
    private static String family(Font f) {
        return switch (f.getFamily()) {
            case Font.SANS_SERIF, Font.DIALOG, Font.DIALOG_INPUT -> "sans-serif";
            case Font.SERIF -> "serif";
            case Font.MONOSPACED -> "monospace";
            // quoted, so a family named with a comma, a quote or a leading digit stays one CSS name
            default -> "'" + f.getFamily().replace("\\", "\\\\").replace("'", "\\'") + "', sans-serif";
        };
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        fill(g.getOutline(x, y));
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        BufferedImage image = SvgImages.buffered(img);
        if (image == null) {
            return false;
        }
        AffineTransform at = new AffineTransform(transform);
        if (xform != null) {
            at.concatenate(xform);
        }
        document.add(SvgImages.element(image, 0, 0, image.getWidth(), image.getHeight(), at), clip);
        return true;
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        drawImage(SvgImages.buffered(img), xform, null);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        BufferedImage image = SvgImages.buffered(img);
        if (image == null) {
            return false;
        }
        document.add(SvgImages.element(image, x, y, width, height, transform), clip);
        return true;
    }

    @Override
    public boolean drawImage(
            Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, ImageObserver o) {
        BufferedImage image = SvgImages.buffered(img);
        if (image == null || sx2 <= sx1 || sy2 <= sy1) {
            return false;
        }
        return drawImage(image.getSubimage(sx1, sy1, sx2 - sx1, sy2 - sy1), dx1, dy1, dx2 - dx1, dy2 - dy1, o);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return METRICS.getDeviceConfiguration();
    }

    @Override
    public void setComposite(Composite comp) {
        composite = comp;
    }

    @Override
    public void setPaint(Paint p) {
        if (p != null) {
            paint = p;
        }
    }

    @Override
    public void setStroke(Stroke s) {
        stroke = s;
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        hints.put(key, value);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints.get(key);
    }

    @Override
    public void setRenderingHints(Map<?, ?> map) {
        hints.clear();
        hints.putAll(map);
    }

    @Override
    public void addRenderingHints(Map<?, ?> map) {
        hints.putAll(map);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setBackground(Color color) {
        background = color;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void clip(Shape s) {
        if (s == null) {
            setClip(null);
            return;
        }
        Area device = new Area(transform.createTransformedShape(s));
        if (clip != null) {
            device.intersect(new Area(clip));
        }
        clip = device;
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return new FontRenderContext(new AffineTransform(), true, true);
    }

    @Override
    public Graphics create() {
        return new SvgGraphics(this);
    }

    @Override
    public void setPaintMode() {
        composite = AlphaComposite.SrcOver;
    }

    /** XOR drawing has no SVG form; it is drawn as plain painting. */
    @Override
    public void setXORMode(Color c) {}

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font f) {
        if (f != null) {
            font = f;
        }
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return METRICS.getFontMetrics(f);
    }

    @Override
    public Rectangle getClipBounds() {
        Shape user = getClip();
        return user == null ? null : user.getBounds();
    }

    @Override
    public Shape getClip() {
        if (clip == null) {
            return null;
        }
        try {
            return transform.createInverse().createTransformedShape(clip);
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }

    @Override
    public void setClip(Shape s) {
        clip = s == null ? null : transform.createTransformedShape(s);
    }

    /** Copying pixels has no SVG form: nothing is drawn. */
    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {}

    @Override
    public void dispose() {}
}
