package org.unlearn.model.kmeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.unlearn.model.TestData;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/** Real datasets encoded for the k-means tests, and random forget requests drawn from them. */
final class KMeansData {
    private KMeansData() {}

    static TrainingSet sample(String file, String label) {
        return sample(file, label, true);
    }

    static TrainingSet sample(String file, String label, boolean standardize) {
        return PreparedData.load(TestData.sample(file), label, new Encoding.Options(standardize), Progress.NONE)
                .rows();
    }

    /** The first rows of a large sample, by row id: a real subset small enough to retrain hundreds of times. */
    static TrainingSet firstRows(String file, String label, int rows) {
        return sample(file, label).whereRowId(id -> id <= rows);
    }

    /** A request of one to four rows still in the data, mostly single rows. */
    static int[] request(Random random, TrainingSet remaining) {
        int size = Math.min(remaining.size() - 1, random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(3));
        List<Integer> ids = new ArrayList<>();
        while (ids.size() < size) {
            int id = remaining.rowId(random.nextInt(remaining.size()));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    static String describe(int[] ids) {
        return "rows " + Arrays.toString(ids);
    }
}
