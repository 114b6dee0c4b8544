package org.unlearn.model.dare;

/**
 * A greedy split: the best-scoring of the cached candidates (up to k sampled thresholds for each of the
 * sampled features), with every candidate's counts kept so a deletion can re-score them without the rows.
 */
final class GreedySplit extends SplitNode {
    private final Candidates[] candidates;
    private final int chosenFeature;
    private final int chosenValue;

    /**
     * @param chosenFeature index into {@code candidates} of the chosen feature
     * @param chosenValue   index of the chosen threshold among that feature's candidates
     */
    GreedySplit(
            Candidates[] candidates,
            int chosenFeature,
            int chosenValue,
            int[] counts,
            int examined,
            DareNode left,
            DareNode right) {
        super(
                candidates[chosenFeature].feature(),
                candidates[chosenFeature].values()[chosenValue],
                counts,
                examined,
                left,
                right);
        this.candidates = candidates;
        this.chosenFeature = chosenFeature;
        this.chosenValue = chosenValue;
    }

    /** The cached candidates (shared, never to be modified). */
    Candidates[] candidates() {
        return candidates;
    }

    int chosenFeature() {
        return chosenFeature;
    }

    int chosenValue() {
        return chosenValue;
    }
}
