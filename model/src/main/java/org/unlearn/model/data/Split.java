package org.unlearn.model.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.unlearn.model.BadInputException;
import org.unlearn.model.util.RowKeys;

/**
 * A train/test split drawn from the seed: within each class (stratified), the rows with the smallest
 * keys (seed, row id) are held out. A row's side depends only on the seed and its id, never on file order.
 */
public record Split(TrainingSet train, TrainingSet test, double testFraction, long seed) {
    private static final long PURPOSE = RowKeys.purpose("split");

    public static Split of(TrainingSet data, double testFraction, long seed) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new BadInputException("test fraction must be in [0, 1), not " + testFraction);
        }
        int n = data.size();
        boolean[] held = new boolean[n];
        List<List<Integer>> groups = new ArrayList<>();
        if (data.isClassification()) {
            for (int k = 0; k < data.classCount(); k++) {
                groups.add(new ArrayList<>());
            }
            for (int p = 0; p < n; p++) {
                groups.get(data.label(p)).add(p);
            }
        } else {
            List<Integer> all = new ArrayList<>(n);
            for (int p = 0; p < n; p++) {
                all.add(p);
            }
            groups.add(all);
        }
        for (List<Integer> group : groups) {
            group.sort(Comparator.comparingLong(p -> RowKeys.key(seed, PURPOSE, data.rowId(p))));
            int take = (int) Math.round(group.size() * testFraction);
            if (take == group.size() && take > 0) {
                take--;
            }
            for (int i = 0; i < take; i++) {
                held[group.get(i)] = true;
            }
        }
        int[] test = positions(held, true);
        int[] train = positions(held, false);
        return new Split(data.select(train), data.select(test), testFraction, seed);
    }

    private static int[] positions(boolean[] held, boolean want) {
        int[] out = new int[held.length];
        int k = 0;
        for (int p = 0; p < held.length; p++) {
            if (held[p] == want) {
                out[k++] = p;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
