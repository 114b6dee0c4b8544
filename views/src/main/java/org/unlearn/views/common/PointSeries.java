package org.unlearn.views.common;

/**
 * Points on a picture with the rows they stand for: one class's or one cluster's rows, or the rows
 * picked for forgetting. The arrays are taken as they are, never modified.
 */
public final class PointSeries {
    private final String name;
    private final int colour;
    private final double[] x;
    private final double[] y;
    private final int[] rowIds;

    public PointSeries(String name, int colour, double[] x, double[] y, int[] rowIds) {
        if (x.length != y.length || x.length != rowIds.length) {
            throw new IllegalArgumentException("x, y and row ids differ in length");
        }
        this.name = name;
        this.colour = colour;
        this.x = x;
        this.y = y;
        this.rowIds = rowIds;
    }

    public String name() {
        return name;
    }

    /** The palette index that colours the series (the class or cluster, from 0); -1 for no palette colour. */
    public int colour() {
        return colour;
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

    public int rowId(int i) {
        return rowIds[i];
    }

    /** The coordinates as JFreeChart's {@code DefaultXYDataset} wants them: {x[], y[]} (a copy). */
    public double[][] coordinates() {
        return new double[][] {x.clone(), y.clone()};
    }

    @Override
    public String toString() {
        return name + " (" + x.length + " points)";
    }
}
