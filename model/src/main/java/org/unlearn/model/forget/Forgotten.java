package org.unlearn.model.forget;

/** The result of a forget request: the new model and what making it cost. */
public record Forgotten<M extends UnlearningModel<M>>(M model, ForgetReport report) {}
