package org.unlearn.views.common;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Images drawn into an SVG: each embedded as a PNG data URI. */
final class SvgImages {
    private SvgImages() {}

    /** The image as a BufferedImage, or null when it is not loaded (nothing to draw yet). */
    static BufferedImage buffered(Image img) {
        if (img instanceof BufferedImage b) {
            return b;
        }
        if (img == null || img.getWidth(null) <= 0 || img.getHeight(null) <= 0) {
            return null;
        }
        BufferedImage b = new BufferedImage(img.getWidth(null), img.getHeight(null), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = b.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return b;
    }

    static BufferedImage buffered(RenderedImage img) {
        if (img instanceof BufferedImage b) {
            return b;
        }
        BufferedImage b = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_ARGB);
        b.setData(img.getData());
        return b;
    }

    static String element(BufferedImage image, int x, int y, int width, int height, AffineTransform transform) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "<image x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + height
                + "\" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png.toByteArray()) + "\"" + SvgDocument.transform(transform)
                + "/>";
    }
}
