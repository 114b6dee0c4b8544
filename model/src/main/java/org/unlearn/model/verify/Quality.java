package org.unlearn.model.verify;

import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.forget.Clusterer;
import org.unlearn.model.forget.Regressor;

/** How good a model is on a set of rows: accuracy, squared error, or the k-means objective. */
public final class Quality {
    private Quality() {}

    /** Share of rows whose class is predicted right. */
    public static double accuracy(Classifier model, TrainingSet rows) {
        if (rows.size() == 0) {
            return Double.NaN;
        }
        int right = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (model.predict(rows.row(i)) == rows.label(i)) {
                right++;
            }
        }
        return right / (double) rows.size();
    }

    /** Mean squared error of a regression. */
    public static double meanSquaredError(Regressor model, TrainingSet rows) {
        if (rows.size() == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            double e = model.predict(rows.row(i)) - rows.target(i);
            sum += e * e;
        }
        return sum / rows.size();
    }

    /** Mean squared Euclidean distance from each row to its nearest centroid (the k-means loss per row). */
    public static double kmeansLoss(Clusterer model, TrainingSet rows) {
        if (rows.size() == 0) {
            return Double.NaN;
        }
        double[][] centroids = model.centroids();
        double sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            double[] x = rows.row(i);
            double best = Double.POSITIVE_INFINITY;
            for (double[] c : centroids) {
                best = Math.min(best, squaredDistance(x, c));
            }
            sum += best;
        }
        return sum / rows.size();
    }

    public static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            s += d * d;
        }
        return s;
    }
}
