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
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        int r = s.reach;
        if (cx + r < 0 || cy + r < 0 || cx - r >= width || cy - r >= height) {
            return;
        }
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        int blue = rgb & 0xFF;
        int side = 2 * r + 1;
        for (int j = 0; j < side; j++) {
            int py = cy - r + j;
            if (py < 0 || py >= height) {
                continue;
            }
            int row = py * width;
            for (int i = 0; i < side; i++) {
                int cover = s.cover[j * side + i];
                int px = cx - r + i;
                if (cover == 0 || px < 0 || px >= width) {
                    continue;
                }
                int a = (opacity * cover + 127) / 255;
                if (a > 0) {
                    pixels[row + px] = over(pixels[row + px], a, red, green, blue);
                }
            }
        }
    }

    /** A colour of opacity a (1–255) over a premultiplied pixel. */
    private static int over(int under, int a, int red, int green, int blue) {
        int keep = 255 - a;
        int ua = under >>> 24;
        int ur = (under >> 16) & 0xFF;
        int ug = (under >> 8) & 0xFF;
        int ub = under & 0xFF;
        int oa = a + div255(ua * keep);
        int or = div255(red * a) + div255(ur * keep);
        int og = div255(green * a) + div255(ug * keep);
        int ob = div255(blue * a) + div255(ub * keep);
        return (oa << 24) | (Math.min(255, or) << 16) | (Math.min(255, og) << 8) | Math.min(255, ob);
    }

    private static int div255(int v) {
        return (v + 128 + ((v + 128) >> 8)) >> 8;
    }

    /** A disc or a ring as coverage (0–255) of the pixels around its centre, anti-aliased by 4 × 4 samples. */
    static final class Stamp {
        private final int reach;
        private final int[] cover;

        private Stamp(int reach, int[] cover) {
            this.reach = reach;
            this.cover = cover;
        }

        /** A filled disc of this diameter, in pixels. */
        static Stamp disc(double diameter) {
            double radius = diameter / 2;
            return of(radius, (d) -> d <= radius);
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
            int[] cover = new int[side * side];
            for (int j = 0; j < side; j++) {
                for (int i = 0; i < side; i++) {
                    int hits = 0;
                    for (int sj = 0; sj < 4; sj++) {
                        for (int si = 0; si < 4; si++) {
                            double dx = i - reach + (si + 0.5) / 4 - 0.5;
                            double dy = j - reach + (sj + 0.5) / 4 - 0.5;
                            hits += inside.test(Math.hypot(dx, dy)) ? 1 : 0;
                        }
                    }
                    cover[j * side + i] = hits * 255 / 16;
                }
            }
            return new Stamp(reach, cover);
        }
    }
}
