package org.unlearn.model.sisa;

/**
 * A shard's constituent after one slice step.
 *
 * @param model      the constituent trained on slices 1..r
 * @param work       sample-gradient evaluations the step took
 * @param rows       rows of slices 1..r
 * @param generation how many times forgetting deleted and rebuilt it (0: made by the training)
 */
record Checkpoint(Constituent model, long work, int rows, int generation) {}
