package org.unlearn.model.sisa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.OptionCost;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.Quality;

/**
 * What a few shard counts cost on the user's rows, measured before S is chosen: each S's ensemble (with the
 * user's slices, learner and epochs) and one model on all the rows are trained on four fifths of the rows and
 * scored on the rest, and each ensemble is asked to forget one row. The request's share of the work is
 * averaged over the planned requests of up to {@value #PLANNED} rows (exact, machine-independent); its
 * time is the median of {@value #TIMED} timings of the request of the row whose share is the median.
 */
public final class ShardCostTable {
    /** The shard counts compared beside the user's own. */
    static final int[] USUAL = {2, 5, 10, 20};
    /** Rows whose requests are planned to average a request's share of the work. */
    static final int PLANNED = 200;
    /** Times one request is timed; the median is shown. */
    static final int TIMED = 3;

    private ShardCostTable() {}

    /** The user's S and the usual ones, leaving out those that would give a shard fewer than 10 rows. */
    public static int[] shardCounts(int chosen, int trainRows) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int s : USUAL) {
            if (s > 1 && trainRows / s >= 10) {
                out.add(s);
            }
        }
        if (chosen > 1) {
            out.add(chosen);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    public static OptionCost measure(TrainingSet data, SisaOptions options, long seed, Progress progress) {
        if (!data.isClassification()) {
            throw new BadInputException(data.name() + ": what shards cost is measured in accuracy, for classes only");
        }
        Split split = Split.of(data, 0.2, seed);
        TrainingSet train = split.train();
        int[] counts = shardCounts(options.shards(), train.size());
        double steps = counts.length + 1.0;
        progress.report(0, "Training one model on " + train.size() + " rows");
        long t0 = System.nanoTime();
        SisaModel single = SisaModel.fit(train, with(options, 1, 1), seed, progress.range(0, 1 / steps));
        double singleMs = (System.nanoTime() - t0) / 1e6;
        double reference = Quality.accuracy(single, split.test());
        List<OptionCost.Point> points = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            progress.checkCancelled();
            progress.report((i + 1) / steps, "Training " + counts[i] + " shards");
            points.add(point(train, split.test(), with(options, counts[i], options.slices()), seed, progress));
        }
        progress.report(1, "Measured what " + counts.length + " shard counts cost");
        return new OptionCost(
                "shards",
                "accuracy",
                reference,
                singleMs,
                train.size(),
                split.test().size(),
                points);
    }

    private static OptionCost.Point point(
            TrainingSet train, TrainingSet test, SisaOptions options, long seed, Progress progress) {
        String value = Integer.toString(options.shards());
        SisaModel model;
        long t0 = System.nanoTime();
        try {
            model = SisaModel.fit(train, options, seed, cancelOnly(progress));
        } catch (BadInputException e) {
            return new OptionCost.Point(value, Double.NaN, Double.NaN, Double.NaN, Double.NaN, e.getMessage());
        }
        double trainMs = (System.nanoTime() - t0) / 1e6;
        double quality = Quality.accuracy(model, test);
        int[] ids = planned(train);
        double[] shares = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            shares[i] = model.plan(new int[] {ids[i]}).retrainedFraction();
        }
        double share = Arrays.stream(shares).average().orElse(Double.NaN);
        int typical = ids[medianIndex(shares)];
        // One request is a few milliseconds on small data, where one timing is mostly the machine's other
        // work: the median of a few (the model is immutable, so each redoes the same work) is the request's.
        double[] requestMs = new double[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long t1 = System.nanoTime();
            model.forget(new int[] {typical}, cancelOnly(progress));
            requestMs[i] = (System.nanoTime() - t1) / 1e6;
        }
        Arrays.sort(requestMs);
        return new OptionCost.Point(value, quality, trainMs, share, requestMs[TIMED / 2], "");
    }

    /** Up to {@value #PLANNED} training rows, evenly spread over the positions. */
    static int[] planned(TrainingSet train) {
        int n = Math.min(PLANNED, train.size());
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = train.rowId((int) ((long) i * train.size() / n));
        }
        return ids;
    }

    private static int medianIndex(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        return order[order.length / 2];
    }

    private static SisaOptions with(SisaOptions o, int shards, int slices) {
        return new SisaOptions(shards, slices, o.epochs(), o.learner(), o.aggregation(), o.sharding(), o.threads());
    }

    private static Progress cancelOnly(Progress progress) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {}

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
