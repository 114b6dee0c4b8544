package org.unlearn.model.forget;

import org.unlearn.model.util.Progress;

/** A model whose approximate forgets can be paid off at once by an exact retrain on the rows it holds. */
public interface Consolidating<M extends UnlearningModel<M>> {
    /** The exact model on the rows held now; its debt is zero. */
    Forgotten<M> consolidate(Progress progress);
}
