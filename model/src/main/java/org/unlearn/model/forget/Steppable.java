package org.unlearn.model.forget;

/**
 * A forget request's record that can tell, step by step, what the engine did (a family's report detail
 * implements it): the views show the steps one at a time without knowing the family.
 */
public interface Steppable {
    /**
     * The request's steps, derived from what the engine recorded while doing it.
     *
     * @param report the request this detail belongs to (its rows, work and summary)
     */
    Walkthrough walkthrough(ForgetReport report);
}
