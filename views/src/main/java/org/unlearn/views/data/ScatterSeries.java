package org.unlearn.views.data;

/** The points of one class (or of all rows, when there are no classes) in the projection plane. */
public final class ScatterSeries {
    private final String name;
    private final int classIndex;
    private final double[] x;
    private final double[] y;
    private final int[] rowIds;

    ScatterSeries(String name, int classIndex, double[] x, double[] y, int[] rowIds) {
        if (x.length != y.length || x.length != rowIds.length) {
            throw new IllegalArgumentException("x, y and row ids differ in length");
        }
        this.name = name;
        this.classIndex = classIndex;
        this.x = x.clone();
        this.y = y.clone();
        this.rowIds = rowIds.clone();
    }

    public String name() {
        return name;
    }

    /** The class index, which picks the colour; -1 for unclassified rows. */
    public int classIndex() {
        return classIndex;
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
