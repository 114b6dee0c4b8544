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
    private ShardChecks() {
    }

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
            throw new BadInputException(data.name() + ": the label has only one class"
                    + (only >= 0 ? " (\"" + data.classes().get(only) + "\")" : "") + "; a classifier needs two or more");
        }
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
                            + " gets no rows of class \"" + data.classes().get(c) + "\" (" + all[c]
                            + " in all); use fewer shards or balanced sharding");
                }
            }
        }
    }
}
