package org.unlearn.model.session;

import org.unlearn.model.BadInputException;

/**
 * A session whose stored model is missing, damaged or not the one its session file records. Refused like any
 * bad input; the caller may offer to rebuild the model by retraining ({@link Session#rebuild}).
 */
public final class ModelMismatchException extends BadInputException {
    private final transient java.nio.file.Path folder;

    ModelMismatchException(java.nio.file.Path folder, String message) {
        super(message);
        this.folder = folder;
    }

    /** The session folder whose model is to be rebuilt. */
    public java.nio.file.Path folder() {
        return folder;
    }
}
