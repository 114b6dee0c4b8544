package org.unlearn.model.family;

import java.util.Objects;

/**
 * One way a family can forget rows.
 *
 * @param code        its name in options, provenance and reports ("sisa", "newton", "exact")
 * @param title       for people ("Newton step")
 * @param exact       true when its result equals a retrain from scratch without the rows, bit for bit
 * @param description one line for people: what it does
 */
public record ForgetMethod(String code, String title, boolean exact, String description) {
    public ForgetMethod {
        Objects.requireNonNull(code);
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
    }
}
