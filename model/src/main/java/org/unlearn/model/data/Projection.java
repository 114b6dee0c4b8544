package org.unlearn.model.data;

/** Maps an encoded row to a point in the plane, for drawing. */
public interface Projection {
    /** The 2-D point of an encoded feature vector. */
    double[] project(double[] row);

    String xLabel();

    String yLabel();

    /** Projects every row of a set: {@code [0]} holds the x coordinates, {@code [1]} the y. */
    default double[][] projectAll(TrainingSet data) {
        double[][] out = new double[2][data.size()];
        for (int i = 0; i < data.size(); i++) {
            double[] p = project(data.row(i));
            out[0][i] = p[0];
            out[1][i] = p[1];
        }
        return out;
    }
}
