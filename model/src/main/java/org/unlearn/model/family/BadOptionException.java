package org.unlearn.model.family;

import org.unlearn.model.BadInputException;

/**
 * A refused option value: the message is plain words for people ("k must be 1 or more, not 0") and
 * {@link #option()} names the option, so a form can put the message beside its field and the command
 * line can name its own flag.
 */
public final class BadOptionException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final String option;

    public BadOptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    public BadOptionException(String option, BadInputException cause) {
        super(cause.getMessage(), cause);
        this.option = option;
    }

    /** The option's name, as {@link OptionSpec#name()} spells it. */
    public String option() {
        return option;
    }
}
