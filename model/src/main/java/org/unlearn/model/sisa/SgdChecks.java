package org.unlearn.model.sisa;

import org.unlearn.model.BadInputException;

/** The hyper-parameter checks every SGD learner shares, one line each. */
final class SgdChecks {
    private SgdChecks() {}

    static void check(String learner, double learningRate, int batchSize, double l2) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new BadInputException(learner + ": the learning rate must be more than 0, not " + learningRate);
        }
        if (batchSize < 1) {
            throw new BadInputException(learner + ": a mini-batch needs 1 row or more, not " + batchSize);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new BadInputException(learner + ": the L2 weight decay must be 0 or more, not " + l2);
        }
    }
}
