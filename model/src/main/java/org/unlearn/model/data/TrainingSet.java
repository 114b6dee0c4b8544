package org.unlearn.model.data;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.unlearn.model.BadInputException;

/**
 * Encoded rows ready for learning: a numeric feature vector per row, its row id and its label (a class
 * index, or a number for regression). Rows are kept in ascending row-id order, so a subset is always
 * listed in the same order whatever it was cut from.
 *
 * <p>Feature vectors are shared between a set and the subsets cut from it, never copied; nobody may
 * write into the arrays {@link #row} returns.
 */
public final class TrainingSet {
    private final String name;
    private final double[][] x;
    private final int[] rowIds;
    private final int[] y;
    private final double[] target;
    private final List<String> classes;
    private final List<String> features;

    /**
     * @param y       class index per row (classification), or null
     * @param target  numeric label per row (regression), or null; for classification it may be null
     */
    public TrainingSet(
            String name,
            double[][] x,
            int[] rowIds,
            int[] y,
            double[] target,
            List<String> classes,
            List<String> features) {
        if (x.length != rowIds.length
                || (y != null && y.length != x.length)
                || (target != null && target.length != x.length)) {
            throw new IllegalArgumentException("rows, ids and labels differ in length");
        }
        for (int i = 1; i < rowIds.length; i++) {
            if (rowIds[i] <= rowIds[i - 1]) {
                throw new IllegalArgumentException("row ids must be ascending and distinct");
            }
        }
        this.name = name;
        this.x = x;
        this.rowIds = rowIds;
        this.y = y;
        this.target = target;
        this.classes = List.copyOf(classes);
        this.features = List.copyOf(features);
    }

    /** A subset cut from this set: its ids are ascending already, so it is not checked again (O(n)). */
    private TrainingSet subset(double[][] nx, int[] nid, int[] ny, double[] nt) {
        return new TrainingSet(this, nx, nid, ny, nt);
    }

    private TrainingSet(TrainingSet from, double[][] x, int[] rowIds, int[] y, double[] target) {
        this.name = from.name;
        this.x = x;
        this.rowIds = rowIds;
        this.y = y;
        this.target = target;
        this.classes = from.classes;
        this.features = from.features;
    }

    public String name() {
        return name;
    }

    public int size() {
        return x.length;
    }

    /** Number of features (encoded columns). */
    public int dimension() {
        return features.size();
    }

    /** The encoded feature vector at a position; shared, never to be modified. */
    public double[] row(int position) {
        return x[position];
    }

    public int rowId(int position) {
        return rowIds[position];
    }

    /** All row ids, ascending (a copy). */
    public int[] rowIds() {
        return rowIds.clone();
    }

    /** The position of a row id, or -1 when the set does not hold it. */
    public int positionOf(int rowId) {
        int p = Arrays.binarySearch(rowIds, rowId);
        return p >= 0 ? p : -1;
    }

    public boolean contains(int rowId) {
        return positionOf(rowId) >= 0;
    }

    public boolean isClassification() {
        return y != null;
    }

    /** The class index of a row (classification only). */
    public int label(int position) {
        return y[position];
    }

    /** The numeric label of a row: the regression target, or the class index as a number. */
    public double target(int position) {
        return target != null ? target[position] : y[position];
    }

    /** Class names, indexed by class index; empty for regression. */
    public List<String> classes() {
        return classes;
    }

    public int classCount() {
        return classes.size();
    }

    /** Names of the encoded features (e.g. "Age (standardized)", "Home=rent"). */
    public List<String> features() {
        return features;
    }

    /** Rows per class (classification only). */
    public int[] classCounts() {
        int[] counts = new int[classes.size()];
        for (int c : y) {
            counts[c]++;
        }
        return counts;
    }

    /** This set without the given rows; every id must be present. */
    public TrainingSet without(int... forgotten) {
        int[] drop = new int[forgotten.length];
        for (int i = 0; i < forgotten.length; i++) {
            int p = positionOf(forgotten[i]);
            if (p < 0) {
                throw new BadInputException(name + ": row " + forgotten[i] + " is not in the training data"
                        + " (already forgotten, held out for testing, or never read)");
            }
            drop[i] = p;
        }
        Arrays.sort(drop);
        // a forget request is a few rows of many: copy the runs between them, not row by row
        int n = x.length;
        int dropped = 0;
        for (int i = 0; i < drop.length; i++) {
            if (i == 0 || drop[i] != drop[i - 1]) {
                drop[dropped++] = drop[i];
            }
        }
        int size = n - dropped;
        double[][] nx = new double[size][];
        int[] nid = new int[size];
        int[] ny = y == null ? null : new int[size];
        double[] nt = target == null ? null : new double[size];
        int from = 0;
        int to = 0;
        for (int i = 0; i <= dropped; i++) {
            int end = i < dropped ? drop[i] : n;
            int len = end - from;
            System.arraycopy(x, from, nx, to, len);
            System.arraycopy(rowIds, from, nid, to, len);
            if (ny != null) {
                System.arraycopy(y, from, ny, to, len);
            }
            if (nt != null) {
                System.arraycopy(target, from, nt, to, len);
            }
            to += len;
            from = end + 1;
        }
        return subset(nx, nid, ny, nt);
    }

    /** The rows whose row ids pass a test. */
    public TrainingSet whereRowId(IntPredicate keepRowId) {
        return keep(p -> keepRowId.test(rowIds[p]));
    }

    /** The rows at the given positions, which must be ascending. */
    public TrainingSet select(int[] positions) {
        double[][] nx = new double[positions.length][];
        int[] nid = new int[positions.length];
        int[] ny = y == null ? null : new int[positions.length];
        double[] nt = target == null ? null : new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            int p = positions[i];
            nx[i] = x[p];
            nid[i] = rowIds[p];
            if (ny != null) {
                ny[i] = y[p];
            }
            if (nt != null) {
                nt[i] = target[p];
            }
        }
        return new TrainingSet(name, nx, nid, ny, nt, classes, features);
    }

    private TrainingSet keep(IntPredicate keepPosition) {
        int n = 0;
        int[] positions = new int[x.length];
        for (int p = 0; p < x.length; p++) {
            if (keepPosition.test(p)) {
                positions[n++] = p;
            }
        }
        return select(Arrays.copyOf(positions, n));
    }

    @Override
    public String toString() {
        return name + " (" + size() + " rows x " + dimension() + " features"
                + (isClassification() ? ", " + classCount() + " classes)" : ")");
    }
}
