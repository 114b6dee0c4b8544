package org.unlearn.model.forget;

/** A model that predicts a number for an encoded row. */
public interface Regressor {
    double predict(double[] x);
}
