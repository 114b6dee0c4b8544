package org.unlearn.model.sisa;

/** One trained constituent model (a shard's model after some slice): immutable once built. */
public interface Constituent {
    /** Writes class probabilities (over every class of the label) for one row into {@code out}. */
    void probabilities(double[] x, double[] out);

    /** True when the learned state is identical to another's, bit for bit. */
    boolean sameAs(Constituent other);

    /** The learned state as one flat vector (a copy), for distances and the views. */
    double[] parameters();
}
