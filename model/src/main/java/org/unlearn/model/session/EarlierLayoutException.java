package org.unlearn.model.session;

import java.io.IOException;

/**
 * A stored model written in a layout this engine no longer reads (an earlier version's learner or training rule):
 * the file is whole, so the user is told that rather than that it is damaged, and may rebuild it.
 */
final class EarlierLayoutException extends IOException {
    EarlierLayoutException(String message) {
        super(message);
    }
}
