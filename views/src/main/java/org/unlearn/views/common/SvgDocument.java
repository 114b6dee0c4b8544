package org.unlearn.views.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The SVG text an {@link SvgGraphics} draws into, shared by the graphics it creates: the definitions (clip
 * paths, gradients) and the drawing, elements under one clip kept in one group. Numbers are written with at
 * most three decimals, the same whatever the locale.
 */
final class SvgDocument {
    private final int width;
    private final int height;
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private int ids;
    /** The path of the clip whose group is open, or null when no group is. */
    private String openClip;

    SvgDocument(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Adds an element drawn within a clip (in device space; null for none). */
    void add(String element, Shape clip) {
        String clipPath = clip == null ? null : path(clip, null);
        if (clipPath == null ? openClip != null : !clipPath.equals(openClip)) {
            if (openClip != null) {
                body.append("</g>\n");
            }
            openClip = clipPath;
            if (clipPath != null) {
                String id = "clip" + ids++;
                defs.append("<clipPath id=\"")
                        .append(id)
                        .append("\"><path d=\"")
                        .append(clipPath)
                        .append("\"/></clipPath>\n");
                body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
            }
        }
        body.append(element).append('\n');
    }

    /** A gradient's definition, returned as the reference a fill or stroke names. */
    String gradient(GradientPaint g) {
        String id = "gradient" + ids++;
        defs.append("<linearGradient id=\"")
                .append(id)
                .append("\" gradientUnits=\"userSpaceOnUse\" x1=\"")
                .append(number(g.getPoint1().getX()))
                .append("\" y1=\"")
                .append(number(g.getPoint1().getY()))
                .append("\" x2=\"")
                .append(number(g.getPoint2().getX()))
                .append("\" y2=\"")
                .append(number(g.getPoint2().getY()))
                .append(g.isCyclic() ? "\" spreadMethod=\"reflect\">" : "\">")
                .append(stop(0, g.getColor1()))
                .append(stop(1, g.getColor2()))
                .append("</linearGradient>\n");
        return "url(#" + id + ")";
    }

    private static String stop(int offset, Color c) {
        return "<stop offset=\"" + offset + "\" stop-color=\"" + rgb(c) + "\" stop-opacity=\""
                + number(c.getAlpha() / 255.0) + "\"/>";
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" width=\"" + width + "\" height=\"" + height + "\"")
                .append(" viewBox=\"0 0 " + width + " " + height + "\">\n")
                .append("<defs>\n")
                .append(defs)
                .append("</defs>\n")
                .append(body);
        if (openClip != null) {
            out.append("</g>\n");
        }
        return out.append("</svg>\n").toString();
    }

    /** A shape's outline as SVG path data, through a transform (null: as it is). */
    static String path(Shape shape, AffineTransform transform) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(transform); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(points(c, 1));
                case PathIterator.SEG_LINETO -> d.append('L').append(points(c, 1));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(points(c, 2));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(points(c, 3));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    /** "evenodd" or "nonzero", the winding rule a fill of the shape follows. */
    static String fillRule(Shape shape) {
        return shape.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD ? "evenodd" : "nonzero";
    }

    private static String points(double[] c, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 2 * count; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(number(c[i]));
        }
        return s.toString();
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        String s = BigDecimal.valueOf(v)
                .setScale(3, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String rgb(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** The transform attribute of an element drawn through this transform; empty for none. */
    static String transform(AffineTransform t) {
        if (t.isIdentity()) {
            return "";
        }
        return " transform=\"matrix(" + number(t.getScaleX()) + " " + number(t.getShearY()) + " "
                + number(t.getShearX()) + " " + number(t.getScaleY()) + " " + number(t.getTranslateX()) + " "
                + number(t.getTranslateY()) + ")\"";
    }

    /** The stroke's attributes for a BasicStroke. */
    static String stroke(BasicStroke s) {
        StringBuilder a = new StringBuilder();
        a.append(" stroke-width=\"").append(number(s.getLineWidth())).append('"');
        a.append(
                switch (s.getEndCap()) {
                    case BasicStroke.CAP_ROUND -> " stroke-linecap=\"round\"";
                    case BasicStroke.CAP_SQUARE -> " stroke-linecap=\"square\"";
                    default -> "";
                });
        a.append(
                switch (s.getLineJoin()) {
                    case BasicStroke.JOIN_ROUND -> " stroke-linejoin=\"round\"";
                    case BasicStroke.JOIN_BEVEL -> " stroke-linejoin=\"bevel\"";
                    default -> " stroke-miterlimit=\"" + number(Math.max(1, s.getMiterLimit())) + "\"";
                });
        float[] dash = s.getDashArray();
        if (dash != null && dash.length > 0) {
            a.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                a.append(i > 0 ? "," : "").append(number(dash[i]));
            }
            a.append("\" stroke-dashoffset=\"").append(number(s.getDashPhase())).append('"');
        }
        return a.toString();
    }

    /** The text with XML's five special characters escaped and characters XML cannot hold left out. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(ch)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        s.append(ch).append(text.charAt(++i));
                    } else if ((ch >= 0x20 && ch < 0xFFFE && !Character.isSurrogate(ch))
                            || ch == '\t'
                            || ch == '\n'
                            || ch == '\r') {
                        s.append(ch);
                    }
                }
            }
        }
        return s.toString();
    }

    /** The paint as a fill or stroke value and its opacity (times the composite's alpha). */
    String paint(Paint paint, float alpha, String what) {
        if (paint instanceof GradientPaint g) {
            return " " + what + "=\"" + gradient(g) + "\"" + opacity(alpha, what);
        }
        Color c = paint instanceof Color color ? color : Color.GRAY;
        return " " + what + "=\"" + rgb(c) + "\"" + opacity(alpha * c.getAlpha() / 255f, what);
    }

    private static String opacity(float alpha, String what) {
        return alpha >= 1 ? "" : " " + what + "-opacity=\"" + number(alpha) + "\"";
    }
}
