package org.unlearn.model.forget;

import java.util.function.Consumer;

/**
 * A model whose learned numbers are not a single parameter vector nor centroids (an ensemble's constituents, a
 * forest's nodes) hands them over in a fixed order, so a content hash can be taken bit for bit without knowing
 * the model's class. Two models with equal parameters must hand over equal arrays in the same order.
 */
public interface Digestible {
    /** Every learned number, as arrays in a fixed order. */
    void content(Consumer<double[]> sink);
}
