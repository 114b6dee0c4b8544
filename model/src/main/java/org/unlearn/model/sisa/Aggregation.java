package org.unlearn.model.sisa;

/** How the shards' constituents answer together. */
public enum Aggregation {
    /**
     * Each constituent votes for its most probable class; the most votes win. A tie between classes is
     * broken by the larger summed probability over all constituents, and if that ties too, by the lower
     * class index. {@code probabilities} are the vote shares.
     */
    VOTE,
    /** The mean of the constituents' class probabilities; its largest wins, a tie to the lower class index. */
    MEAN;

    /** The name given to {@code --set aggregation=NAME}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Combines the constituents' probabilities for one row.
     *
     * @param probabilities per shard, in shard order (the fixed order every sum runs in)
     * @param out           the ensemble's probabilities (vote shares for {@link #VOTE})
     * @return the predicted class
     */
    int combine(double[][] probabilities, double[] out) {
        int k = out.length;
        double[] mean = new double[k];
        double[] votes = new double[k];
        for (double[] p : probabilities) {
            int best = 0;
            for (int c = 0; c < k; c++) {
                mean[c] += p[c];
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            votes[best]++;
        }
        int winner = 0;
        for (int c = 1; c < k; c++) {
            boolean better = this == MEAN
                    ? mean[c] > mean[winner]
                    : votes[c] > votes[winner] || (votes[c] == votes[winner] && mean[c] > mean[winner]);
            if (better) {
                winner = c;
            }
        }
        double[] shares = this == MEAN ? mean : votes;
        for (int c = 0; c < k; c++) {
            out[c] = shares[c] / probabilities.length;
        }
        return winner;
    }

    public static Aggregation of(String name) {
        for (Aggregation a : values()) {
            if (a.label().equalsIgnoreCase(name.strip())) {
                return a;
            }
        }
        throw new org.unlearn.model.BadInputException("unknown aggregation \"" + name + "\" (vote, mean)");
    }
}
