package org.unlearn.model.family;

/** The kinds of value an option takes. */
public enum OptionType {
    /** A whole number ("3"). */
    WHOLE,
    /** A decimal number ("0.05", "1e-4"). */
    NUMBER,
    /** One of the spec's choices ("newton"); compared without case. */
    CHOICE,
    /** yes or no ("true", "false"; also yes/no, on/off, 1/0). */
    FLAG,
    /** Free text ("setosa,versicolor"). */
    TEXT
}
