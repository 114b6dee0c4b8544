package org.unlearn.model.forget;

/** A model that can predict what forgetting some rows would cost, without doing it. */
public interface Plannable {
    /** Predicts the cost of forgetting these rows; must be quick (the app calls it as a selection changes). */
    ForgetPlan plan(int[] rowIds);
}
