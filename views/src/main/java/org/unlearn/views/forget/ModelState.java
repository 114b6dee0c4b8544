package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.model.util.Progress;
import org.unlearn.views.common.Figures;
import org.unlearn.views.data.RowPlane;

/**
 * One model as the view shows it, worked out off the FX thread (assignments and loss take a pass over
 * every row): its clusters, centroids on the picture, loss, and a row entry for every row it holds.
 */
public final class ModelState {
    private final Fitted<?> fitted;
    private final RowPlane plane;
    private final TrainingSet rows;
    private final int[] assignments;
    private final int[] clusterSizes;
    private final double loss;
    private final double[][] centroids;
    private final double[][] projected;
    private final List<RowEntry> entries;
    private final String facts;

    private ModelState(Fitted<?> fitted, RowPlane plane, TrainingSet rows, int[] assignments, int[] clusterSizes, double loss,
                       double[][] centroids, double[][] projected, List<RowEntry> entries, String facts) {
        this.fitted = fitted;
        this.plane = plane;
        this.rows = rows;
        this.assignments = assignments;
        this.clusterSizes = clusterSizes;
        this.loss = loss;
        this.centroids = centroids;
        this.projected = projected;
        this.entries = List.copyOf(entries);
        this.facts = facts;
    }

    /**
     * @param labelled whether the dataset has a label column at all (a set without one still reports class 0)
     */
    static ModelState of(Fitted<?> fitted, RowPlane plane, boolean labelled, Progress progress) {
        ClusteringModel<?> model = fitted.model();
        progress.report(Double.NaN, "Assigning " + Figures.rows(model.trainingData().size()) + " to their clusters");
        TrainingSet rows = model.trainingData();
        int[] assignments = model.assignments();
        double loss = model.loss();
        double[][] centroids = model.centroids();
        double[][] projected = new double[centroids.length][];
        for (int c = 0; c < centroids.length; c++) {
            projected[c] = plane.project(centroids[c]);
        }
        int[] sizes = new int[centroids.length];
        for (int a : assignments) {
            sizes[a]++;
        }
        progress.checkCancelled();
        List<RowEntry> entries = new ArrayList<>(rows.size());
        long[] seeds = seedRows(model);
        for (int p = 0; p < rows.size(); p++) {
            int id = rows.rowId(p);
            entries.add(new RowEntry(id, labelled ? label(rows, p) : "", assignments[p] + 1, note(model, seeds, id)));
        }
        return new ModelState(fitted, plane, rows, assignments, sizes, loss, centroids, projected, entries, facts(model));
    }

    private static String label(TrainingSet rows, int p) {
        return rows.isClassification() ? rows.classes().get(rows.label(p))
                : String.format(Locale.ROOT, "%.4g", rows.target(p));
    }

    private static long[] seedRows(ClusteringModel<?> model) {
        long[] seeds = model instanceof QKMeans q ? q.seedRowIds() : new long[0];
        Arrays.sort(seeds);
        return seeds;
    }

    /** Q-k-means' seeds matter (forgetting one seeds again); DC-k-means' leaves say what a deletion re-runs. */
    private static String note(ClusteringModel<?> model, long[] seeds, int rowId) {
        if (model instanceof DCKMeans dc) {
            return "leaf " + (dc.leafOf(rowId) + 1);
        }
        return Arrays.binarySearch(seeds, rowId) >= 0 ? "k-means++ seed" : "";
    }

    private static String facts(ClusteringModel<?> model) {
        if (model instanceof QKMeans q) {
            return q.iterations() + (q.iterations() == 1 ? " iteration" : " iterations")
                    + (q.stoppedEarly() ? " (stopped when the loss no longer improved)" : "")
                    + "; the model is iteration " + q.chosenIteration() + "; k-means++ seeds: rows "
                    + RowSelection.of(Arrays.stream(q.seedRowIds()).mapToInt(id -> (int) id).toArray()).compact();
        }
        if (model instanceof DCKMeans dc) {
            int[] sizes = dc.leafSizes();
            int min = Arrays.stream(sizes).min().orElse(0);
            int max = Arrays.stream(sizes).max().orElse(0);
            DCKMeans.Options o = dc.options();
            return o.leaves() + " leaves of " + Figures.count(min) + "–" + Figures.count(max) + " rows, tree of height "
                    + o.height() + " (width " + o.width() + ")";
        }
        if (model instanceof LloydKMeans lloyd) {
            return lloyd.iterations() + (lloyd.iterations() == 1 ? " iteration" : " iterations")
                    + (lloyd.converged() ? " (converged)" : " (stopped at the cap)");
        }
        return "";
    }

    Fitted<?> fitted() {
        return fitted;
    }

    /** The dataset's plane, on which the model's rows and centroids are drawn and picked. */
    RowPlane plane() {
        return plane;
    }

    ClusteringModel<?> model() {
        return fitted.model();
    }

    Provenance provenance() {
        return fitted.model().provenance();
    }

    /** The rows the model holds, ascending by id. */
    TrainingSet rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public int k() {
        return centroids.length;
    }

    /** The cluster (from 0) of a row the model holds, or -1 when it does not hold it. */
    public int clusterOf(int rowId) {
        int p = rows.positionOf(rowId);
        return p < 0 ? -1 : assignments[p];
    }

    public boolean holds(int rowId) {
        return rows.contains(rowId);
    }

    public int clusterSize(int cluster) {
        return clusterSizes[cluster];
    }

    /** Mean squared distance from the rows to their nearest centroid. */
    public double loss() {
        return loss;
    }

    double[][] centroids() {
        return Arrays.stream(centroids).map(double[]::clone).toArray(double[][]::new);
    }

    /** Centroid c on the picture: {x, y}. */
    double[] projectedCentroid(int c) {
        return projected[c].clone();
    }

    List<RowEntry> entries() {
        return entries;
    }

    /** What the family knows about its run ("3 iterations; k-means++ seeds: rows 12, 97, 230"). */
    public String facts() {
        return facts;
    }
}
