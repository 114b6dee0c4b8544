package org.unlearn.views.plane;

import java.util.Arrays;

/**
 * A pixel buffer (premultiplied ARGB ints, as JavaFX's {@code IntArgbPre} takes them) the plane's points
 * are stamped into: one anti-aliased disc or ring per row, blended "source over". Stamping 60,000 small
 * stamps into an int array costs a few milliseconds, where as many vector shapes on a canvas cost far more.
 */
final class PointRaster {
    private int width;
    private int height;
    private int[] pixels = new int[0];

    /** Makes the buffer this size and transparent. */
    void reset(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        int n = this.width * this.height;
        if (pixels.length < n) {
            pixels = new int[n];
        } else {
            Arrays.fill(pixels, 0, n, 0);
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The buffer, row by row, {@link #width()} ints a row (shared, not a copy). */
    int[] pixels() {
        return pixels;
    }

    /**
     * Blends a stamp centred on (x, y) (pixels of the buffer) in a colour (0xRRGGBB) at an opacity (0–255).
     */
    void stamp(Stamp s, double x, double y, int rgb, int opacity) {
        int cx = (int) Math.floor(x + 0.5);
        int cy = (int) Math.floor(y + 0.5);
        int r = s.reach;
        if (cx + r < 0 || cy + r < 0 || cx - r >= width || cy - r >= height) {
            return;
        }
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        int blue = rgb & 0xFF;
        int[] dx = s.dx;
        int[] dy = s.dy;
        int[] alpha = s.alphas(opacity);
        boolean inside = cx - r >= 0 && cy - r >= 0 && cx + r < width && cy + r < height;
        int centre = cy * width + cx;
        for (int k = 0; k < alpha.length; k++) {
            if (!inside) {
                int px = cx + dx[k];
                int py = cy + dy[k];
                if (px < 0 || py < 0 || px >= width || py >= height) {
                    continue;
                }
            }
            int a = alpha[k];
            if (a > 0) {
                int at = centre + dy[k] * width + dx[k];
                pixels[at] = over(pixels[at], a, red, green, blue);
            }
        }
    }

    /**
     * A colour of opacity a (1–255) over a premultiplied pixel: alpha and green, red and blue, each pair in
     * one multiply (a + (255 - a) = 255, so no lane overflows into the next).
     */
    private static int over(int under, int a, int red, int green, int blue) {
        int keep = 255 - a;
        int rb = ((red << 16) | blue) * a + (under & 0x00FF00FF) * keep + 0x00800080;
        int ag = ((255 << 16) | green) * a + ((under >>> 8) & 0x00FF00FF) * keep + 0x00800080;
        rb = ((rb + ((rb >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
        ag = ((ag + ((ag >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
        return (ag << 8) | rb;
    }

    private static int div255(int v) {
        return (v + 128 + ((v + 128) >> 8)) >> 8;
    }

    /**
     * A disc or a ring as the pixels it covers around its centre, each with its coverage (1–255), anti-aliased
     * by 4 × 4 samples; pixels it does not touch are left out, so stamping walks only what it paints.
     */
    static final class Stamp {
        private final int reach;
        private final int[] dx;
        private final int[] dy;
        private final int[] cover;
        private int alphasFor = -1;
        private int[] alphas;

        private Stamp(int reach, int[] dx, int[] dy, int[] cover) {
            this.reach = reach;
            this.dx = dx;
            this.dy = dy;
            this.cover = cover;
        }

        /** Each pixel's opacity (0–255) at an opacity of the whole stamp, kept for the last opacity asked. */
        int[] alphas(int opacity) {
            if (opacity != alphasFor) {
                int[] out = new int[cover.length];
                for (int k = 0; k < out.length; k++) {
                    out[k] = div255(opacity * cover[k]);
                }
                alphas = out;
                alphasFor = opacity;
            }
            return alphas;
        }

        /** A filled disc of this diameter, in pixels. */
        static Stamp disc(double diameter) {
            double radius = diameter / 2;
            return of(radius, d -> d <= radius);
        }

        /** A ring of this diameter (to the middle of its line) and line width, in pixels. */
        static Stamp ring(double diameter, double lineWidth) {
            double radius = diameter / 2;
            double half = lineWidth / 2;
            return of(radius + half, d -> Math.abs(d - radius) <= half);
        }

        private static Stamp of(double outer, java.util.function.DoublePredicate inside) {
            int reach = (int) Math.ceil(outer);
            int side = 2 * reach + 1;
            int[] dx = new int[side * side];
            int[] dy = new int[side * side];
            int[] cover = new int[side * side];
            int n = 0;
            for (int j = 0; j < side; j++) {
                for (int i = 0; i < side; i++) {
                    int hits = 0;
                    for (int sj = 0; sj < 4; sj++) {
                        for (int si = 0; si < 4; si++) {
                            double x = i - reach + (si + 0.5) / 4 - 0.5;
                            double y = j - reach + (sj + 0.5) / 4 - 0.5;
                            hits += inside.test(Math.hypot(x, y)) ? 1 : 0;
                        }
                    }
                    // A pixel touched by two samples of sixteen or fewer adds almost nothing but time: left out.
                    if (hits > 2) {
                        dx[n] = i - reach;
                        dy[n] = j - reach;
                        cover[n++] = hits * 255 / 16;
                    }
                }
            }
            return new Stamp(reach, Arrays.copyOf(dx, n), Arrays.copyOf(dy, n), Arrays.copyOf(cover, n));
        }
    }
}
