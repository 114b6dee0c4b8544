package org.unlearn.views.forget;

import java.util.Arrays;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Classifier;
import org.unlearn.model.forget.Clusterer;
import org.unlearn.model.forget.Regressor;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;
import org.unlearn.views.common.Figures;
import org.unlearn.views.data.RowPlane;

/**
 * How a model groups the rows, worked out in one pass over them: a clusterer's clusters (each held row's
 * nearest centroid, the centroids placed on the plane), or the classes a classifier predicts.
 *
 * @param assignments      the group (from 0) of each row the model holds, in its row order; -1 for none
 * @param sizes            the rows in each group
 * @param projected        the centroids on the plane, {x, y} each; none for a model without centroids
 * @param planePredictions a classifier's prediction for every row of the plane (held, held out or
 *                         forgotten); null for a clusterer
 */
record RowGroups(int[] assignments, int[] sizes, double[][] projected, int[] planePredictions) {

    static RowGroups of(UnlearningModel<?> engine, RowPlane plane, Progress progress) {
        TrainingSet rows = engine.trainingData();
        int[] assignments;
        double[][] projected;
        int groups;
        int[] planePredictions = null;
        if (engine instanceof Clusterer model) {
            progress.report(Double.NaN, "Assigning " + Figures.rows(rows.size()) + " to their clusters");
            assignments = assignments(model, rows, progress);
            projected = Arrays.stream(model.centroids()).map(plane::project).toArray(double[][]::new);
            groups = projected.length;
        } else {
            progress.report(Double.NaN, "Predicting " + Figures.rows(rows.size()));
            planePredictions = predictions(engine, plane.rows(), progress);
            assignments = onRows(planePredictions, plane, rows);
            projected = new double[0][];
            groups = Math.max(1, rows.classCount());
        }
        int[] sizes = new int[groups];
        for (int a : assignments) {
            if (a >= 0) {
                sizes[a]++;
            }
        }
        return new RowGroups(assignments, sizes, projected, planePredictions);
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

    /** Each held row's nearest centroid, in the model's row order. */
    private static int[] assignments(Clusterer model, TrainingSet rows, Progress progress) {
        int[] out = new int[rows.size()];
        for (int p = 0; p < out.length; p++) {
            if ((p & 1023) == 0) {
                progress.checkCancelled();
            }
            out[p] = model.nearest(rows.row(p));
        }
        return out;
    }

    /**
     * The model as a classifier: itself, or a model that regresses a two-class label as -1 and +1 (ridge, as
     * the engine trains it on classes) by the sign of its prediction; null when it predicts no class.
     */
    private static Classifier classifierOf(UnlearningModel<?> engine) {
        if (engine instanceof Classifier c) {
            return c;
        }
        if (engine instanceof Regressor r
                && engine.trainingData().isClassification()
                && engine.trainingData().classCount() == 2) {
            return new Classifier() {
                @Override
                public int predict(double[] x) {
                    return r.predict(x) > 0 ? 1 : 0;
                }

                @Override
                public double[] probabilities(double[] x) {
                    int c = predict(x);
                    return c == 1 ? new double[] {0, 1} : new double[] {1, 0};
                }
            };
        }
        return null;
    }
}
