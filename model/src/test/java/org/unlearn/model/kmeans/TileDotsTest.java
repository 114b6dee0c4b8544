package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;

/**
 * Every distance kernel computes each x·c exactly as the single-row path does (fused multiply-adds in
 * feature order), bit for bit, so assignments do not depend on the kernel, the tile or the thread.
 */
class TileDotsTest {
    private static final int TILE = Points.TILE;

    @Test
    void everyKernelEqualsTheSingleRowArithmetic() throws Exception {
        TrainingSet data = KMeansData.firstRows("mnist_10k.csv.gz", "label", 700);
        List<TileDots> kernels = new ArrayList<>(List.of(new ColumnDots()));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            kernels.add(new VectorDots());
        }
        assertTrue(
                kernels.get(kernels.size() - 1).getClass() == TileDots.WIDE.getClass(),
                "the kernel in use is among those tested");
        for (TileDots kernel : kernels) {
            // every way the column kernel groups features: fours, a lone one, a four and one (5, 9, 37 = 32 + 5)
            for (int d : new int[] {data.dimension(), 1, 3, 5, 9, 37}) {
                checkKernel(kernel, data, d);
            }
        }
    }

    /** The kernel's products over the first d features equal the single-row arithmetic, bit for bit. */
    private static void checkKernel(TileDots kernel, TrainingSet data, int d) {
        int k = 7;
        double[][] centroids = new double[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = java.util.Arrays.copyOf(data.row(37 * c + 5), d);
        }
        int padded = 8;
        double[] transposed = new double[padded * d];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                transposed[j * padded + c] = centroids[c][j];
            }
        }
        int len = 300; // a partial tile: padding rows must not disturb the real ones
        double[] tile = new double[kernel.paddedRows(len) * d];
        for (int i = 0; i < len; i++) {
            for (int j = 0; j < d; j++) {
                tile[TileDots.index(i, j, d, kernel.width())] = data.row(100 + i)[j];
            }
        }
        double[] out = new double[padded * TILE];
        kernel.dots(tile, len, d, centroids, transposed, padded, out);
        for (int i = 0; i < len; i++) {
            double[] row = java.util.Arrays.copyOf(data.row(100 + i), d);
            for (int c = 0; c < k; c++) {
                double expected = TileDots.dot(row, centroids[c], d);
                assertEquals(
                        Double.doubleToRawLongBits(expected),
                        Double.doubleToRawLongBits(out[c * TILE + i]),
                        kernel.getClass().getSimpleName() + ", d = " + d + ": row " + i + ", centroid " + c);
            }
        }
    }

    @Test
    void theBulkAssignmentEqualsTheSingleRowOne() {
        TrainingSet data = KMeansData.firstRows("mnist_10k.csv.gz", "label", 2000);
        Points points = Points.of(data);
        double[][] initial = new double[10][];
        for (int c = 0; c < initial.length; c++) {
            initial[c] = data.row(150 * c + 3);
        }
        assertTrue(points.kernel() == TileDots.WIDE, "784 pixels take the wide kernel");
        Centroids centres = new Centroids(initial, data.dimension());
        int n = points.size();
        int[] labels = new int[n];
        double[] d2 = new double[n];
        Blocks.forEach(n, true, (from, to, block) -> centres.assign(points, from, to, labels, d2));
        double[] single = new double[1];
        for (int i = 0; i < n; i++) {
            assertEquals(centres.nearest(points.row(i), points.norm(i), single, 0), labels[i], "row " + i);
            assertEquals(Double.doubleToRawLongBits(single[0]), Double.doubleToRawLongBits(d2[i]), "row " + i);
        }
    }
}
