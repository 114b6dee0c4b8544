package org.unlearn.views.common;

import org.unlearn.model.util.Progress;

/** Engine work to run off the FX thread; it reports through, and stops when asked by, its progress. */
@FunctionalInterface
public interface Job<T> {
    T run(Progress progress);
}
