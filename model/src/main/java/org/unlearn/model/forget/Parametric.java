package org.unlearn.model.forget;

/** A model whose learned state is one parameter vector θ, so distances between models can be measured. */
public interface Parametric {
    /** The parameters as one flat vector (a copy). */
    double[] parameters();
}
