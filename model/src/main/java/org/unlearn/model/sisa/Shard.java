package org.unlearn.model.sisa;

import java.util.Arrays;
import org.unlearn.model.data.TrainingSet;

/**
 * One shard: its rows (ascending row ids), each row's slice, and a checkpoint after every slice step. The
 * last checkpoint is the shard's constituent.
 */
record Shard(int index, TrainingSet rows, int[] sliceOfPosition, Checkpoint[] checkpoints) {
    Constituent constituent() {
        return checkpoints[checkpoints.length - 1].model();
    }

    /** The rows of slices 0..step, in row-id order. */
    StepRows stepRows(int step, int classes) {
        int n = 0;
        for (int s : sliceOfPosition) {
            if (s <= step) {
                n++;
            }
        }
        double[][] x = new double[n][];
        int[] y = new int[n];
        int[] ids = new int[n];
        int k = 0;
        for (int p = 0; p < sliceOfPosition.length; p++) {
            if (sliceOfPosition[p] <= step) {
                x[k] = rows.row(p);
                y[k] = rows.label(p);
                ids[k] = rows.rowId(p);
                k++;
            }
        }
        return new StepRows(x, y, ids, classes, rows.dimension(), step);
    }

    /** Rows per slice (not cumulative). */
    int[] sliceCounts() {
        int[] counts = new int[checkpoints.length];
        for (int s : sliceOfPosition) {
            counts[s]++;
        }
        return counts;
    }

    long work() {
        return Arrays.stream(checkpoints).mapToLong(Checkpoint::work).sum();
    }

    /** Work of the steps from {@code step} on. */
    long workFrom(int step) {
        long w = 0;
        for (int s = step; s < checkpoints.length; s++) {
            w += checkpoints[s].work();
        }
        return w;
    }

    /** Same rows, same slices, every checkpoint's constituent identical bit for bit. */
    boolean sameAs(Shard o) {
        if (!Arrays.equals(rows.rowIds(), o.rows.rowIds())
                || !Arrays.equals(sliceOfPosition, o.sliceOfPosition)
                || checkpoints.length != o.checkpoints.length) {
            return false;
        }
        for (int s = 0; s < checkpoints.length; s++) {
            if (!checkpoints[s].model().sameAs(o.checkpoints[s].model())
                    || checkpoints[s].work() != o.checkpoints[s].work()
                    || checkpoints[s].rows() != o.checkpoints[s].rows()) {
                return false;
            }
        }
        return true;
    }
}
