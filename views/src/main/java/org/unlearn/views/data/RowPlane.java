package org.unlearn.views.data;

import org.unlearn.model.data.PcaProjection;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;
import org.unlearn.views.plane.PlaneContent;

/**
 * Every row of the opened dataset placed on the plane of its first two principal components. Made once
 * per dataset (and roles), off the FX thread, where the data view projects; the forget view draws its
 * models on the same plane, so the two pictures agree, and projects the models' centroids onto it. Every
 * row is drawn; only the fitting of the components is done on a seeded sample of the rows
 * ({@link PcaProjection#MAX_SAMPLE}).
 */
public final class RowPlane {
    private final TrainingSet rows;
    private final PcaProjection pca;
    private final double[] x;
    private final double[] y;
    private final long seed;

    private RowPlane(TrainingSet rows, PcaProjection pca, double[][] xy, long seed) {
        this.rows = rows;
        this.pca = pca;
        this.x = xy[0];
        this.y = xy[1];
        this.seed = seed;
    }

    /** Fits the components (the seed picks PCA's row sample) and projects every row. */
    public static RowPlane project(TrainingSet rows, long seed, Progress progress) {
        progress.report(Double.NaN, "Fitting the principal components of " + rows.name());
        PcaProjection pca = PcaProjection.fit(rows, seed);
        progress.checkCancelled();
        progress.report(0.8, "Projecting " + rows.name());
        return new RowPlane(rows, pca, pca.projectAll(rows), seed);
    }

    /** The rows the plane was made from: every row of the dataset, before anything was forgotten. */
    public TrainingSet rows() {
        return rows;
    }

    /** A row's position in {@link #rows()}, or -1. */
    public int positionOf(int rowId) {
        return rows.positionOf(rowId);
    }

    public double x(int position) {
        return x[position];
    }

    public double y(int position) {
        return y[position];
    }

    /** Where an encoded point (a centroid) lies on the plane: {x, y}. */
    public double[] project(double[] encoded) {
        return pca.project(encoded);
    }

    public long seed() {
        return seed;
    }

    /** Whether the components were fitted on a sample of the rows rather than all of them. */
    public boolean isFittedOnSample() {
        return rows.size() > PcaProjection.MAX_SAMPLE;
    }

    public String xLabel() {
        return pca.xLabel();
    }

    public String yLabel() {
        return pca.yLabel();
    }

    /** The share of the variance each of the two components explains. */
    public double[] explainedVariance() {
        return pca.explainedVariance();
    }

    /**
     * What a picture of these rows starts from: every row at its place, by position in {@link #rows()}, with
     * the components as axis titles. The coordinates are shared, not copied: the plane never modifies them.
     */
    public PlaneContent.Builder content() {
        return PlaneContent.builder(x, y, rows.rowIds()).axes(xLabel(), yLabel());
    }
}
