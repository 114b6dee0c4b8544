package org.unlearn.model.sisa;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.unlearn.model.TestData;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/** Real data for the SISA tests, and random forget requests drawn from it. */
final class SisaData {
    private static Split digits;

    private SisaData() {}

    /** digits_8x8 (1797 rows, 64 pixels, 10 classes), split 80/20 by the seed 1. */
    static synchronized Split digits() {
        if (digits == null) {
            TrainingSet all = PreparedData.load(
                            TestData.sample("digits_8x8.csv"), "target", Encoding.Options.DEFAULT, Progress.NONE)
                    .rows();
            digits = Split.of(all, 0.2, 1);
        }
        return digits;
    }

    static TrainingSet sample(String file, String label) {
        return PreparedData.load(TestData.sample(file), label, Encoding.Options.DEFAULT, Progress.NONE)
                .rows();
    }

    /** A request of one to five rows still in the data, mostly single rows. */
    static int[] request(Random random, TrainingSet remaining) {
        int size = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(4);
        List<Integer> ids = new ArrayList<>();
        while (ids.size() < size) {
            int id = remaining.rowId(random.nextInt(remaining.size()));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    static double accuracy(SisaModel model, TrainingSet test) {
        int right = 0;
        for (int p = 0; p < test.size(); p++) {
            right += model.predict(test.row(p)) == test.label(p) ? 1 : 0;
        }
        return right / (double) test.size();
    }
}
