package org.unlearn.model.forget;

/** A model that predicts a class index for an encoded row. */
public interface Classifier {
    int predict(double[] x);

    /** Class probabilities (or vote shares), summing to 1. */
    double[] probabilities(double[] x);
}
