package org.unlearn.model.family;

/** Figures a family's forget requests carry meaningfully, so reports (and the bench JSON) show them. */
public enum Figure {
    /** The share of a full training each request redid (the family counts work in its own unit). */
    RETRAINED_SHARE,
    /** The share of requests certified to change nothing. */
    CERTIFIED_SHARE,
    /** How far the parameters moved from the exact retrain's (the models are {@code Parametric}). */
    PARAMETER_DISTANCE
}
