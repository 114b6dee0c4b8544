package org.unlearn.model.linear;

import org.unlearn.model.data.TrainingSet;

/** The number a linear model fits for each row: a regression target, ±1, or 1/0 for "is this class". */
@FunctionalInterface
interface Response {
    double of(TrainingSet rows, int position);
}
