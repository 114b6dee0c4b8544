package org.unlearn.model;

/**
 * Input the user gave that we refuse: a malformed file, an unknown column, an option out of range.
 * Its message is one line meant for the user, naming what was wrong and where; callers show it as is
 * (the command line prints {@code error: <message>} and exits with 2, the app opens a dialog).
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
