package org.unlearn.model.verify;

import org.unlearn.model.data.TrainingSet;

/** A model that can say how much loss it assigns one row: what a loss-threshold membership attack reads. */
public interface RowLoss {
    double loss(TrainingSet rows, int position);
}
