package org.unlearn.views.plane;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A free-form closed polygon, and which points lie inside it (even–odd rule, so a lasso that crosses itself
 * leaves out what it wraps twice). Built once per selection: the edges are sorted into horizontal bands,
 * so a point is tested against the few edges of its band rather than every edge, which keeps a lasso of
 * a thousand vertices over 60,000 points well inside a frame.
 */
public final class Lasso {
    private final double[] x;
    private final double[] y;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;
    private final int bandCount;
    private final double bandHeight;
    private final int[][] bands;

    /** @param x the vertices' first coordinates, in order; the last vertex joins the first */
    public Lasso(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        this.x = x.clone();
        this.y = y.clone();
        int n = x.length;
        minX = n == 0 ? 0 : Arrays.stream(x).min().getAsDouble();
        maxX = n == 0 ? 0 : Arrays.stream(x).max().getAsDouble();
        minY = n == 0 ? 0 : Arrays.stream(y).min().getAsDouble();
        maxY = n == 0 ? 0 : Arrays.stream(y).max().getAsDouble();
        bandCount = Math.max(1, Math.min(512, n / 2));
        bandHeight = maxY > minY ? (maxY - minY) / bandCount : 1;
        bands = n < 3 ? new int[0][] : bands(bandCount);
    }

    private int[][] bands(int count) {
        int n = x.length;
        int[] sizes = new int[count];
        for (int e = 0; e < n; e++) {
            for (int b = band(Math.min(y[e], y[next(e)])); b <= band(Math.max(y[e], y[next(e)])); b++) {
                sizes[b]++;
            }
        }
        int[][] out = new int[count][];
        for (int b = 0; b < count; b++) {
            out[b] = new int[sizes[b]];
            sizes[b] = 0;
        }
        for (int e = 0; e < n; e++) {
            for (int b = band(Math.min(y[e], y[next(e)])); b <= band(Math.max(y[e], y[next(e)])); b++) {
                out[b][sizes[b]++] = e;
            }
        }
        return out;
    }

    private int next(int e) {
        return e + 1 == x.length ? 0 : e + 1;
    }

    private int band(double py) {
        int b = (int) ((py - minY) / bandHeight);
        return Math.max(0, Math.min(bandCount - 1, b));
    }

    /** Whether a point is inside; a polygon of fewer than three vertices holds nothing. */
    public boolean contains(double px, double py) {
        if (bands.length == 0 || px < minX || px > maxX || py < minY || py > maxY) {
            return false;
        }
        boolean inside = false;
        for (int e : bands[band(py)]) {
            int f = next(e);
            double y0 = y[e];
            double y1 = y[f];
            if ((y0 > py) != (y1 > py) && px < x[e] + (py - y0) * (x[f] - x[e]) / (y1 - y0)) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The positions of the points inside, ascending, among those {@code eligible} lets through. */
    public int[] inside(double[] px, double[] py, IntPredicate eligible) {
        int[] out = new int[px.length];
        int n = 0;
        for (int p = 0; p < px.length; p++) {
            if (contains(px[p], py[p]) && eligible.test(p)) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The positions of the points inside a rectangle (corners in any order), ascending, among the eligible. */
    public static int[] insideRectangle(
            double x0, double y0, double x1, double y1, double[] px, double[] py, IntPredicate eligible) {
        double left = Math.min(x0, x1);
        double right = Math.max(x0, x1);
        double bottom = Math.min(y0, y1);
        double top = Math.max(y0, y1);
        int[] out = new int[px.length];
        int n = 0;
        for (int p = 0; p < px.length; p++) {
            if (px[p] >= left && px[p] <= right && py[p] >= bottom && py[p] <= top && eligible.test(p)) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    public int vertexCount() {
        return x.length;
    }
}
