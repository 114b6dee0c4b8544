package org.unlearn.model.sisa;

import java.util.Locale;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * What the number of shards S costs in accuracy, for the window to say before a user chooses S. Each
 * constituent learns from 1/S of the rows, so more shards make forgetting cheaper and the ensemble less
 * accurate; how much less depends on the data. {@link #plain} says it from the row counts and the figures
 * measured in docs/BENCHMARKS.md, at once; {@link #measure} trains the ensemble and one model on these rows
 * and says what S costs here.
 */
public final class ShardCost {
    /** The accuracies of the S-shard ensemble and of one model on all training rows, on the same held-out rows. */
    public record Measured(int shards, double ensemble, double single, int heldOut, String plain) {
        /** Points of accuracy lost to sharding (negative when the ensemble is the more accurate). */
        public double pointsLost() {
            return 100 * (single - ensemble);
        }
    }

    private ShardCost() {}

    /** From the row counts alone: how many rows each constituent sees, and what that cost on data we measured. */
    public static String plain(TrainingSet train, int shards) {
        int perShard = train.size() / Math.max(1, shards);
        int rarest = Integer.MAX_VALUE;
        for (int count : train.classCounts()) {
            if (count > 0) {
                rarest = Math.min(rarest, count);
            }
        }
        String rows = shards <= 1
                ? "One model learns from all " + count(train.size()) + " training rows."
                : "Each of the " + shards + " constituents learns from about " + count(perShard) + " of the "
                        + count(train.size()) + " training rows"
                        + (train.isClassification() && rarest < Integer.MAX_VALUE
                                ? " (the rarest class: about " + count(Math.max(0, rarest / shards)) + " per shard)."
                                : ".");
        return rows + " Measured on mnist_10k (8,000 training rows) against one model: softmax lost 0.1 points of"
                + " accuracy at 5 shards, 1.4 at 10 and 2.8 at 20; the MLP 3.05 at 10; on digits (1,438 rows) 10"
                + " shards lost 4.5 points; on Landsat satellite (5,147 rows) softmax lost 0.85 at 5, 2.1 at 10 and"
                + " 2.5 at 20, the MLP 2.3 at 10; tree ensembles lost nothing. Fewer rows per shard cost more.";
    }

    /**
     * Trains the ensemble of {@code options} (one slice per shard: slicing barely moves accuracy) and one
     * model of the same learner and epochs on 80% of the rows, and compares them on the other 20%. Costs
     * about two trainings; for classification only.
     */
    public static Measured measure(TrainingSet data, SisaOptions options, long seed, Progress progress) {
        if (!data.isClassification()) {
            throw new org.unlearn.model.BadInputException(data.name() + ": accuracy is measured for classes only");
        }
        Split split = Split.of(data, 0.2, seed);
        SisaOptions ensembleOptions = new SisaOptions(
                options.shards(),
                1,
                options.epochs(),
                options.learner(),
                options.aggregation(),
                options.sharding(),
                options.threads());
        SisaOptions singleOptions = new SisaOptions(
                1,
                1,
                options.epochs(),
                options.learner(),
                options.aggregation(),
                options.sharding(),
                options.threads());
        double ensemble = accuracy(SisaModel.fit(split.train(), ensembleOptions, seed, progress), split.test());
        double single = accuracy(SisaModel.fit(split.train(), singleOptions, seed, progress), split.test());
        double lost = 100 * (single - ensemble);
        String words = String.format(
                Locale.ROOT,
                "On %s held-out rows of these data, %d shards reached %.1f%% and"
                        + " one model %.1f%%: %d shards %s %.1f points of accuracy here.",
                count(split.test().size()),
                options.shards(),
                100 * ensemble,
                100 * single,
                options.shards(),
                lost >= 0 ? "cost" : "gained",
                Math.abs(lost));
        return new Measured(options.shards(), ensemble, single, split.test().size(), words);
    }

    private static double accuracy(SisaModel model, TrainingSet test) {
        int right = 0;
        for (int p = 0; p < test.size(); p++) {
            right += model.predict(test.row(p)) == test.label(p) ? 1 : 0;
        }
        return right / (double) Math.max(1, test.size());
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
