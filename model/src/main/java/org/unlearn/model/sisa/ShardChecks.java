package org.unlearn.model.sisa;

import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;

/**
 * The refusals of a training from scratch, one line each: too many shards, a label with one class, a
 * shard left without some class (its constituent could never predict that class, and a vote would be
 * skewed). A forget request is never refused for leaving a shard without a class: a deletion request must
 * be honoured, and the constituents handle an absent class (see docs/sisa.md).
 */
final class ShardChecks {
    private ShardChecks() {}

    static void requireClasses(TrainingSet data) {
        if (!data.isClassification()) {
            throw new BadInputException(data.name() + ": SISA ensembles need a class label");
        }
    }

    static void beforeDealing(TrainingSet data, SisaOptions options) {
        requireClasses(data);
        if (options.shards() > data.size()) {
            throw new BadInputException(data.name() + ": " + options.shards() + " shards is more than the "
                    + data.size() + " training rows");
        }
        int present = 0;
        int only = -1;
        int[] counts = data.classCounts();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                present++;
                only = c;
            }
        }
        if (present < 2) {
            throw new BadInputException(data.name() + ": the label has only one class; a classifier needs two or more");
        }
        int rowsPerShard = data.size() / options.shards();
        if (options.effectiveSlices() > rowsPerShard) {
            throw new BadInputException(data.name() + ": " + count(options.effectiveSlices())
                    + " slices per shard is more"
                    + " than the " + count(rowsPerShard) + " rows a shard gets (" + count(data.size()) + " rows over "
                    + count(options.shards()) + " shards)");
        }
        checkSize(data, options);
    }

    /**
     * Refuses, before anything is allocated, an ensemble whose checkpoints would not fit in the memory this
     * Java process may still take, or whose training would run for hours: the weights of every shard's
     * every slice are kept, and each epoch costs about a gradient of the weights per row.
     */
    static void checkSize(TrainingSet data, SisaOptions options) {
        double weights = options.learner().parameters(data.dimension(), data.classCount());
        double checkpoints = (double) options.shards() * options.effectiveSlices();
        double bytes =
                8 * weights * (checkpoints + 2 * Math.min(options.shards(), options.threadsFor(options.shards())));
        Runtime rt = Runtime.getRuntime();
        double free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > 0.75 * free) {
            throw new BadInputException(data.name() + ": " + count(options.shards()) + " shards of "
                    + count(options.effectiveSlices()) + " slices of this "
                    + options.learner().name()
                    + " need about " + megabytes(bytes) + " for their checkpoints; this Java process has "
                    + megabytes(free) + " free (use fewer shards, slices or units, or give Java more memory)");
        }
        double work = weights * options.epochs() * (double) data.size();
        if (work > MAX_WORK) {
            throw new BadInputException(data.name() + ": " + count(options.epochs()) + " epochs of this "
                    + options.learner().name() + " over " + count(data.size()) + " rows is about "
                    + String.format(java.util.Locale.ROOT, "%.0e", work) + " multiply-adds, more than the "
                    + String.format(java.util.Locale.ROOT, "%.0e", MAX_WORK)
                    + " a training is allowed; use fewer epochs");
        }
    }

    /** About 15 minutes of gradients on one core: more than any dataset here needs, far less than forever. */
    static final double MAX_WORK = 1e12;

    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private static String megabytes(double bytes) {
        return String.format(java.util.Locale.ROOT, "%,.0f MB", bytes / (1 << 20));
    }

    static void afterDealing(TrainingSet data, TrainingSet[] shards) {
        int[] all = data.classCounts();
        for (int s = 0; s < shards.length; s++) {
            if (shards[s].size() == 0) {
                throw new BadInputException(data.name() + ": shard " + (s + 1) + " of " + shards.length
                        + " gets no rows; use fewer shards");
            }
            int[] counts = shards[s].classCounts();
            for (int c = 0; c < counts.length; c++) {
                if (counts[c] == 0 && all[c] > 0) {
                    throw new BadInputException(data.name() + ": shard " + (s + 1) + " of " + shards.length
                            + " gets no rows of class " + (c + 1) + " of " + counts.length + " (" + all[c]
                            + " rows in all); use fewer shards or balanced sharding");
                }
            }
        }
    }
}
