package org.unlearn.model.util;

/** Thrown out of long work when the person who started it cancelled it; nothing it made is kept. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
