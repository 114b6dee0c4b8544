package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.model.linear.RidgeModel;
import org.unlearn.model.sisa.SisaModel;
import org.unlearn.model.util.Progress;
import org.unlearn.views.common.Figures;
import org.unlearn.views.data.RowLabels;
import org.unlearn.views.data.RowPlane;

/**
 * One model as the view shows it, worked out off the FX thread (assignments, predictions and quality take
 * a pass over every row): its groups (clusters, or predicted classes), its centroids on the dataset's
 * plane, its quality, and what its family knows of its run. The row table's entries are made when asked,
 * for the current model alone.
 */
public final class ModelState {
    private final Fitted<?> fitted;
    private final RowPlane plane;
    private final RowLabels labels;
    private final int[] assignments;
    private final int[] clusterSizes;
    private final double[][] projected;
    private final String facts;
    private final double quality;
    /** A classifier's prediction for every row of the plane (held, held out or forgotten); null for k-means. */
    private final int[] planePredictions;

    private ModelState(Fitted<?> fitted, RowPlane plane, RowLabels labels, int[] assignments, int[] clusterSizes,
                       double[][] projected, String facts, double quality, int[] planePredictions) {
        this.fitted = fitted;
        this.plane = plane;
        this.labels = labels;
        this.assignments = assignments;
        this.clusterSizes = clusterSizes;
        this.projected = projected;
        this.facts = facts;
        this.quality = quality;
        this.planePredictions = planePredictions;
    }

    /**
     * @param plane  the dataset's plane, on which the centroids are placed
     * @param labels the dataset's row labels, for the row table
     */
    static ModelState of(Fitted<?> fitted, RowPlane plane, RowLabels labels, Progress progress) {
        UnlearningModel<?> engine = fitted.model();
        TrainingSet rows = engine.trainingData();
        int[] assignments;
        double[][] projected;
        int groups;
        int[] planePredictions = null;
        if (engine instanceof ClusteringModel<?> model) {
            progress.report(Double.NaN, "Assigning " + Figures.rows(rows.size()) + " to their clusters");
            assignments = model.assignments();
            projected = Arrays.stream(model.centroids()).map(plane::project).toArray(double[][]::new);
            groups = projected.length;
        } else {
            progress.report(Double.NaN, "Predicting " + Figures.rows(rows.size()));
            planePredictions = predictions(engine, plane.rows(), progress);
            assignments = onRows(planePredictions, plane, rows);
            projected = new double[0][];
            groups = Math.max(1, rows.classCount());
        }
        // Quality takes a pass over the rows (DC-k-means works its loss out on first asking): ask here, so the
        // FX thread never waits for it.
        double quality = fitted.quality();
        int[] sizes = new int[groups];
        for (int a : assignments) {
            if (a >= 0) {
                sizes[a]++;
            }
        }
        progress.checkCancelled();
        return new ModelState(fitted, plane, labels, assignments, sizes, projected, facts(engine), quality,
                planePredictions);
    }

    /** The plane's predictions for the rows the model holds: every held row is a row of the plane. */
    private static int[] onRows(int[] planePredictions, RowPlane plane, TrainingSet rows) {
        int[] out = new int[rows.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = planePredictions[plane.positionOf(rows.rowId(p))];
        }
        return out;
    }

    /** The class each row is predicted, or -1 for every row when the model predicts no class. */
    private static int[] predictions(UnlearningModel<?> engine, TrainingSet rows, Progress progress) {
        int[] out = new int[rows.size()];
        Classifier classifier = classifierOf(engine);
        if (classifier == null || !rows.isClassification()) {
            Arrays.fill(out, -1);
            return out;
        }
        for (int p = 0; p < out.length; p++) {
            if ((p & 1023) == 0) {
                progress.checkCancelled();
            }
            out[p] = classifier.predict(rows.row(p));
        }
        return out;
    }

    /** The model as a classifier: itself, a ridge model on a two-class label by its sign, or null. */
    private static Classifier classifierOf(UnlearningModel<?> engine) {
        if (engine instanceof RidgeModel ridge) {
            return ridge.classifies() ? ridge.asClassifier() : null;
        }
        return engine instanceof Classifier c ? c : null;
    }

    private static long[] seedRows(UnlearningModel<?> model) {
        long[] seeds = model instanceof QKMeans q ? q.seedRowIds() : new long[0];
        Arrays.sort(seeds);
        return seeds;
    }

    /** Q-k-means' seeds matter (forgetting one seeds again); DC-k-means' leaves say what a deletion re-runs. */
    private static String note(UnlearningModel<?> model, long[] seeds, int rowId) {
        if (model instanceof SisaModel sisa) {
            return "shard " + (sisa.shardOf(rowId) + 1) + ", slice " + (sisa.sliceOf(rowId) + 1);
        }
        if (model instanceof DCKMeans dc) {
            return "leaf " + (dc.leafOf(rowId) + 1);
        }
        return Arrays.binarySearch(seeds, rowId) >= 0 ? "k-means++ seed" : "";
    }

    private static String facts(UnlearningModel<?> model) {
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

    RowLabels labels() {
        return labels;
    }

    UnlearningModel<?> model() {
        return fitted.model();
    }

    /** The engine's model itself, for the views that draw a family's own structure (the shard map, coefficients). */
    public UnlearningModel<?> engine() {
        return fitted.model();
    }

    /** True for a k-means model: centroids, clusters and a loss. */
    public boolean clusters() {
        return fitted.model() instanceof ClusteringModel<?>;
    }

    /** Where the model came from: its family, seed, rows and requests since it was last exact (for the status bar). */
    public Provenance provenance() {
        return fitted.model().provenance();
    }

    /** The rows the model holds, ascending by id. */
    TrainingSet rows() {
        return model().trainingData();
    }

    public int size() {
        return assignments.length;
    }

    /** The centroids on the picture: k for a k-means model, none otherwise. */
    public int k() {
        return projected.length;
    }

    /** The groups rows are coloured by: k clusters, or the classes a classifier predicts. */
    public int groups() {
        return clusterSizes.length;
    }

    /** The cluster (from 0) of a row the model holds, or -1 when it does not hold it. */
    public int clusterOf(int rowId) {
        int p = rows().positionOf(rowId);
        return p < 0 ? -1 : assignments[p];
    }

    /** The class a classifier predicts for the plane's row at a position (any row, held or not); -1 for k-means. */
    public int predictedAt(int planePosition) {
        return planePredictions == null ? -1 : planePredictions[planePosition];
    }

    /** True for a row held out by the seed to score the model: never trained on, so never forgotten. */
    public boolean heldOut(int rowId) {
        TrainingSet heldOut = fitted.heldOut();
        return heldOut != null && heldOut.contains(rowId);
    }

    public boolean holds(int rowId) {
        return rows().contains(rowId);
    }

    public int clusterSize(int cluster) {
        return clusterSizes[cluster];
    }

    /** The model's quality: the k-means loss on the rows held, or the family's figure on the held-out rows. */
    public double quality() {
        return quality;
    }

    /** What the family's work units count ("point–centroid distances", "sample-gradient evaluations"). */
    public String workUnit() {
        return Contenders.workUnit(fitted.family());
    }

    /** What {@link #quality()} is ("k-means loss (mean squared distance)", "accuracy"). */
    public String metric() {
        return fitted.recipe().metric();
    }

    /** "loss 2.995", or "accuracy 0.953 on 69 held-out rows". */
    public String qualityLine() {
        if (clusters()) {
            return "loss " + Figures.value(quality);
        }
        TrainingSet heldOut = fitted.heldOut();
        return metric() + " " + Figures.value(quality)
                + (heldOut == null ? "" : " on " + Figures.count(heldOut.size()) + " held-out rows");
    }

    /** Mean squared distance from the rows to their nearest centroid (k-means); the quality otherwise. */
    public double loss() {
        return quality;
    }

    /** The centroids in the encoded features' units (a copy); none for a model without centroids. */
    double[][] centroids() {
        return model() instanceof ClusteringModel<?> c ? c.centroids() : new double[0][];
    }

    /** Centroid c on the picture: {x, y}. */
    double[] projectedCentroid(int c) {
        return projected[c].clone();
    }

    /** A row table entry for every row the model holds, made now: only the current model's are ever shown. */
    List<RowEntry> entries() {
        UnlearningModel<?> model = model();
        TrainingSet rows = rows();
        long[] seeds = seedRows(model);
        List<RowEntry> entries = new ArrayList<>(rows.size());
        for (int p = 0; p < rows.size(); p++) {
            int id = rows.rowId(p);
            int a = assignments[p];
            String group = clusters() ? Integer.toString(a + 1) : a < 0 ? "" : rows.classes().get(a);
            entries.add(new RowEntry(id, labels.of(id), a + 1, group, note(model, seeds, id)));
        }
        return entries;
    }

    /** What the family knows about its run ("3 iterations; k-means++ seeds: rows 12, 97, 230"). */
    public String facts() {
        return facts;
    }
}
