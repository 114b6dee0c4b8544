package org.unlearn.model.session;

import org.unlearn.model.BadInputException;

/** A session another process (or this one) holds open: changes are refused; reading its records is not. */
public final class SessionInUseException extends BadInputException {
    SessionInUseException(String message) {
        super(message);
    }
}
