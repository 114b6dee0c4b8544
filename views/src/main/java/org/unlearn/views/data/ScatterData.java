package org.unlearn.views.data;

import org.unlearn.views.common.PointSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.unlearn.model.data.PcaProjection;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.model.util.RowKeys;

/**
 * The encoded rows projected onto their first two principal components, grouped by class, with a note
 * saying what was sampled. Drawing is capped at {@link #MAX_POINTS} rows, chosen by row key under the
 * seed, so the same rows are drawn every time and a forgotten row's neighbours do not change.
 */
public record ScatterData(String xLabel, String yLabel, List<PointSeries> series, int drawn, String note) {
    public static final int MAX_POINTS = 5000;
    private static final long PURPOSE = RowKeys.purpose("scatter-sample");

    public ScatterData {
        series = List.copyOf(series);
    }

    /**
     * @param rowsRead how many rows the file had, to say how many lack a label and are left out
     */
    static ScatterData project(TrainingSet set, int rowsRead, long seed, Progress progress) {
        progress.report(Double.NaN, "Fitting the principal components of " + set.name());
        PcaProjection pca = PcaProjection.fit(set, seed);
        progress.checkCancelled();
        progress.report(0.8, "Projecting " + set.name());
        int[] drawn = drawnPositions(set, seed);
        List<PointSeries> series = set.isClassification() ? byClass(set, pca, drawn) : List.of(all(set, pca, drawn));
        double[] explained = pca.explainedVariance();
        progress.report(1, String.format(Locale.ROOT, "Projected %,d rows of %s: the two components explain %.0f%% and %.0f%%"
                + " of the variance", drawn.length, set.name(), 100 * explained[0], 100 * explained[1]));
        return new ScatterData(pca.xLabel(), pca.yLabel(), series, drawn.length, note(set, rowsRead, drawn.length, seed));
    }

    private static List<PointSeries> byClass(TrainingSet set, PcaProjection pca, int[] drawn) {
        int k = set.classCount();
        int[] counts = new int[k];
        for (int p : drawn) {
            counts[set.label(p)]++;
        }
        double[][] xs = new double[k][];
        double[][] ys = new double[k][];
        int[][] ids = new int[k][];
        for (int c = 0; c < k; c++) {
            xs[c] = new double[counts[c]];
            ys[c] = new double[counts[c]];
            ids[c] = new int[counts[c]];
        }
        int[] filled = new int[k];
        for (int p : drawn) {
            int c = set.label(p);
            double[] point = pca.project(set.row(p));
            int i = filled[c]++;
            xs[c][i] = point[0];
            ys[c][i] = point[1];
            ids[c][i] = set.rowId(p);
        }
        List<PointSeries> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            out.add(new PointSeries(set.classes().get(c), c, xs[c], ys[c], ids[c]));
        }
        return out;
    }

    private static PointSeries all(TrainingSet set, PcaProjection pca, int[] drawn) {
        double[] x = new double[drawn.length];
        double[] y = new double[drawn.length];
        int[] ids = new int[drawn.length];
        for (int i = 0; i < drawn.length; i++) {
            double[] point = pca.project(set.row(drawn[i]));
            x[i] = point[0];
            y[i] = point[1];
            ids[i] = set.rowId(drawn[i]);
        }
        return new PointSeries("rows", -1, x, y, ids);
    }

    /**
     * The positions drawn when a set has more than {@link #MAX_POINTS} rows (all of them otherwise), ascending:
     * the same rows under the same seed wherever they are drawn.
     */
    public static int[] drawnPositions(TrainingSet set, long seed) {
        int n = set.size();
        if (n <= MAX_POINTS) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        // The key's upper bits decide the order; the position rides in the lowest bits, as few as n needs.
        long mask = (1L << (32 - Integer.numberOfLeadingZeros(n - 1))) - 1;
        long[] keyed = new long[n];
        for (int p = 0; p < n; p++) {
            keyed[p] = (RowKeys.key(seed, PURPOSE, set.rowId(p)) & ~mask) | p;
        }
        Arrays.sort(keyed);
        int[] out = new int[MAX_POINTS];
        for (int i = 0; i < MAX_POINTS; i++) {
            out[i] = (int) (keyed[i] & mask);
        }
        Arrays.sort(out);
        return out;
    }

    private static String note(TrainingSet set, int rowsRead, int drawn, long seed) {
        List<String> parts = new ArrayList<>();
        int n = set.size();
        String shown = drawn < n ? String.format(Locale.ROOT, "%,d of %,d rows drawn", drawn, n)
                : String.format(Locale.ROOT, "all %,d rows", n);
        boolean pcaSampled = n > PcaProjection.MAX_SAMPLE;
        if (pcaSampled) {
            shown += String.format(Locale.ROOT, ", PCA fitted on %,d", PcaProjection.MAX_SAMPLE);
        }
        parts.add(drawn < n || pcaSampled ? shown + " (seed " + seed + ")" : shown);
        if (rowsRead > n) {
            parts.add(String.format(Locale.ROOT, "%,d rows without a label left out", rowsRead - n));
        }
        return String.join("; ", parts);
    }
}
