package org.unlearn.views.plane;

import java.util.Objects;

/**
 * A few marked places on the plane drawn above the rows: k-means' centroids (diamonds), where they were
 * before the last request (dashed rings), and so on. While the points are coloured by {@code grouping},
 * mark i takes group {@code colour[i]}'s colour (centroid c is cluster c's); under another colouring the
 * marks are drawn neutral, so they never seem to belong to a class. Mark i may be joined by a dashed line to
 * where mark i of {@link #linkedTo()} is, when the two differ (a centroid that moved).
 *
 * @param name     what the marks are, as the legend says it ("centroids")
 * @param grouping the name of the grouping whose colours the marks take ("cluster")
 * @param labels   each mark's name ("centroid 2")
 * @param linkedTo marks to join each mark to, or null
 */
public record PlaneMarks(
        String name,
        Shape shape,
        String grouping,
        double[] x,
        double[] y,
        int[] colour,
        String[] labels,
        PlaneMarks linkedTo) {
    /** How a mark is drawn. */
    public enum Shape {
        /** A large filled diamond with a dark edge. */
        DIAMOND,
        /** A large dashed ring. */
        RING,
        /** A thick solid ring in the highlight colour: the mark a step points at (a centroid that moves). */
        HALO,
        /** A thin solid ring: a mark a step looked at where nothing happened (a centroid that stays). */
        CHECKED
    }

    public PlaneMarks {
        Objects.requireNonNull(name);
        Objects.requireNonNull(shape);
        Objects.requireNonNull(grouping);
        if (x.length != y.length || x.length != colour.length || x.length != labels.length) {
            throw new IllegalArgumentException(name + ": x, y, colours and labels differ in length");
        }
        x = x.clone();
        y = y.clone();
        colour = colour.clone();
        labels = labels.clone();
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public int colour(int i) {
        return colour[i];
    }

    public String label(int i) {
        return labels[i];
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public int[] colour() {
        return colour.clone();
    }

    @Override
    public String[] labels() {
        return labels.clone();
    }
}
