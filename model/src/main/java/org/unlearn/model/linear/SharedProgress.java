package org.unlearn.model.linear;

import org.unlearn.model.util.Progress;

/**
 * Several problems solved at once reporting to one progress: the fraction is the mean of theirs, the
 * message the latest ("class 3 of 10, iteration 6").
 */
final class SharedProgress {
    private final Progress parent;
    private final double[] fractions;

    SharedProgress(Progress parent, int parts) {
        this.parent = parent;
        this.fractions = new double[parts];
    }

    Progress part(int i) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                double mean;
                synchronized (fractions) {
                    if (!Double.isNaN(fraction)) {
                        fractions[i] = fraction;
                    }
                    double s = 0;
                    for (double f : fractions) {
                        s += f;
                    }
                    mean = s / fractions.length;
                }
                parent.report(mean, message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
