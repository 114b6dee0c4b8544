package org.unlearn.model.forget;

import java.util.List;
import java.util.Optional;
import org.unlearn.model.util.Progress;

/**
 * A model that certifies some deletions (nothing retrained, provably what a retrain would give) and can tell,
 * before any request, how many would certify on its rows, and how a setting of its family trades the
 * certified share against its quality: what the window shows instead of a blanket claim.
 */
public interface Certifying {
    /** Of {@code sampled} single-row deletions checked against this model, how many would be certified. */
    record Count(int sampled, int certified) {
        public double fraction() {
            return sampled == 0 ? 0 : certified / (double) sampled;
        }
    }

    /**
     * One value of the setting: the share of the checked deletions a model trained with it certifies, and its
     * loss against the family's baseline, less one (0.03: 3% above).
     */
    record Point(double value, double certified, double lossCost) {}

    /**
     * The setting against what it buys, measured on the model's rows.
     *
     * @param option  the option's name ("epsilon")
     * @param rows    the rows measured on (an even draw of a large dataset)
     * @param checked deletions checked per value
     * @param baseline what the loss is measured against ("Lloyd's")
     */
    record Tradeoff(String option, int rows, int checked, String baseline, List<Point> points) {
        public Tradeoff {
            points = List.copyOf(points);
        }

        /** The smallest value that certifies more than half the deletions checked, if any does. */
        public Optional<Point> narrowestCertifyingMost() {
            return points.stream().filter(p -> p.certified() > 0.5).findFirst();
        }

        /** The largest value tried. */
        public double widest() {
            return points.get(points.size() - 1).value();
        }
    }

    Count certifiedCount(int sample);

    /** Trains the family at each value of the setting on this model's rows; takes a few trainings' time. */
    Tradeoff tradeoff(Progress progress);
}
