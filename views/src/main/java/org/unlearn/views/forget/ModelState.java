package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.List;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.forget.Clusterer;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.forget.Sharded;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;
import org.unlearn.views.common.Figures;
import org.unlearn.views.data.RowLabels;
import org.unlearn.views.data.RowPlane;

/**
 * One model as the view shows it, worked out off the FX thread (assignments, predictions and quality take
 * a pass over every row): its groups ({@link RowGroups}: clusters, or predicted classes), its centroids on
 * the dataset's plane, its quality, and what its family knows of its run ({@link FamilyFacts}). The row
 * table's entries are made when asked, for the current model alone.
 */
public final class ModelState {
    private final Fitted<?> fitted;
    private final RowPlane plane;
    private final RowLabels labels;
    private final RowGroups groups;
    private final String facts;
    private final double quality;
    /** The colour of each cluster, matched to the model before ({@link ClusterColours}). */
    private final int[] colours;

    private ModelState(
            Fitted<?> fitted,
            RowPlane plane,
            RowLabels labels,
            RowGroups groups,
            String facts,
            double quality,
            int[] colours) {
        this.fitted = fitted;
        this.plane = plane;
        this.labels = labels;
        this.groups = groups;
        this.facts = facts;
        this.quality = quality;
        this.colours = colours;
    }

    /**
     * @param plane  the dataset's plane, on which the centroids are placed
     * @param labels the dataset's row labels, for the row table
     */
    static ModelState of(Fitted<?> fitted, RowPlane plane, RowLabels labels, Progress progress) {
        RowGroups groups = RowGroups.of(fitted.model(), plane, progress);
        // Quality takes a pass over the rows (DC-k-means works its loss out on first asking): ask here, so the
        // FX thread never waits for it.
        double quality = fitted.quality();
        progress.checkCancelled();
        return new ModelState(
                fitted,
                plane,
                labels,
                groups,
                FamilyFacts.of(fitted),
                quality,
                ClusterColours.identity(groups.sizes().length));
    }

    /**
     * This model with its clusters coloured as the nearest clusters of the model before were, so a retrain
     * that numbers them otherwise does not swap their colours; the model itself is unchanged.
     */
    ModelState colouredAfter(ModelState before) {
        if (!clusters() || before == null || !before.clusters()) {
            return this;
        }
        int[] matched = ClusterColours.matched(before.centroids(), before.colours, centroids());
        return new ModelState(fitted, plane, labels, groups, facts, quality, matched);
    }

    /** The colour (palette index) cluster c is drawn in; c itself for a classifier's predicted classes. */
    public int colourOf(int cluster) {
        return cluster >= 0 && cluster < colours.length ? colours[cluster] : cluster;
    }

    /** The palette indices of the groups, one per group, for the plane's grouping. */
    int[] colours() {
        return colours.clone();
    }

    /** The cluster drawn in a colour, or -1 when none is. */
    int clusterInColour(int colour) {
        for (int c = 0; c < colours.length; c++) {
            if (colours[c] == colour) {
                return c;
            }
        }
        return -1;
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

    /** The options the model was trained with, as the family's form took them (defaults left out). */
    public org.unlearn.model.family.Options options() {
        return fitted.recipe().configured().options();
    }

    /** The family that made the model, as the registry knows it. */
    public FamilyDescriptor<?> family() {
        return fitted.family();
    }

    /** The ways the model's family can forget, its own first among them (see {@link #ownMethod()}). */
    public List<ForgetMethod> forgetMethods() {
        return fitted.family().forgetMethods();
    }

    /** The method a request forgets by when none is chosen for it. */
    public ForgetMethod ownMethod() {
        return fitted.method(null);
    }

    /** True for a model with centroids: its rows are coloured by cluster. */
    public boolean clusters() {
        return fitted.model() instanceof Clusterer;
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
        return groups.assignments().length;
    }

    /** The centroids on the picture: k for a k-means model, none otherwise. */
    public int k() {
        return groups.projected().length;
    }

    /** The groups rows are coloured by: k clusters, or the classes a classifier predicts. */
    public int groups() {
        return groups.sizes().length;
    }

    /** The cluster (from 0) of a row the model holds, or -1 when it does not hold it. */
    public int clusterOf(int rowId) {
        int p = rows().positionOf(rowId);
        return p < 0 ? -1 : groups.assignments()[p];
    }

    /** The class a classifier predicts for the plane's row at a position (any row, held or not); -1 for k-means. */
    public int predictedAt(int planePosition) {
        return groups.planePredictions() == null ? -1 : groups.planePredictions()[planePosition];
    }

    /**
     * True for a row held out by the seed to score the model: never trained on, so forgetting it only takes it
     * out of the evaluation set.
     */
    public boolean heldOut(int rowId) {
        TrainingSet heldOut = fitted.heldOut();
        return heldOut != null && heldOut.contains(rowId);
    }

    public boolean holds(int rowId) {
        return rows().contains(rowId);
    }

    /** True for a row a request may name: one the model holds, or one held out to score it. */
    public boolean forgettable(int rowId) {
        return holds(rowId) || heldOut(rowId);
    }

    public int clusterSize(int cluster) {
        return groups.sizes()[cluster];
    }

    /** The model's quality: the k-means loss on the rows held, or the family's figure on the held-out rows. */
    public double quality() {
        return quality;
    }

    /** What the family's work units count ("point–centroid distances", "sample-gradient evaluations"). */
    public String workUnit() {
        return fitted.family().workUnit();
    }

    /** What {@link #quality()} is ("k-means loss", "accuracy", "mean squared error"). */
    public String metric() {
        return fitted.metric();
    }

    /** "k-means loss 2.995", or "accuracy 0.953 on 69 held-out rows". */
    public String qualityLine() {
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
        return model() instanceof Clusterer c ? c.centroids() : new double[0][];
    }

    /** Centroid c on the picture: {x, y}. */
    double[] projectedCentroid(int c) {
        return groups.projected()[c].clone();
    }

    /** A row table entry for every row the model holds, made now: only the current model's are ever shown. */
    List<RowEntry> entries() {
        UnlearningModel<?> model = model();
        TrainingSet rows = rows();
        List<RowEntry> entries = new ArrayList<>(rows.size());
        for (int p = 0; p < rows.size(); p++) {
            int id = rows.rowId(p);
            int a = groups.assignments()[p];
            String group = clusters()
                    ? Integer.toString(a + 1)
                    : a < 0 ? "" : rows.classes().get(a);
            entries.add(new RowEntry(id, labels.of(id), a + 1, group, note(model, id), colourOf(a)));
        }
        return entries;
    }

    /** What the table notes beside a row: its shard and slice, for a model that deals rows to shards. */
    private static String note(UnlearningModel<?> model, int rowId) {
        if (model instanceof Sharded sharded) {
            return "shard " + (sharded.shardOf(rowId) + 1) + ", slice " + (sharded.sliceOf(rowId) + 1);
        }
        return "";
    }

    /** What the family knows about its run ("3 iterations; k-means++ seeds: rows 12, 97, 230"). */
    public String facts() {
        return facts;
    }
}
