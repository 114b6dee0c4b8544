package org.unlearn.model.dare;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.unlearn.model.TestData;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/** Real data for the DaRE tests, and random forget requests drawn from it. */
final class DareData {
    private DareData() {}

    static TrainingSet sample(String file, String label) {
        return PreparedData.load(TestData.sample(file), label, Encoding.Options.DEFAULT, Progress.NONE)
                .rows();
    }

    /** consumer credit (4454 rows, good or bad payer), split 80/20 by the seed 1. */
    static Split credit() {
        return Split.of(sample("credit_data.csv", "Status"), 0.2, 1);
    }

    /** IBM employee attrition (1470 rows, left or stayed), split 80/20 by the seed 1. */
    static Split attrition() {
        return Split.of(sample("employee_attrition.csv", "Attrition"), 0.2, 1);
    }

    /** Statlog shuttle (58,000 rows, seven classes) cut to the rows whose id is a multiple of {@code every}. */
    static TrainingSet shuttle(int every) {
        return sample("statlog_shuttle.csv.gz", "Class").whereRowId(id -> id % every == 0);
    }

    /** A request of one to six rows still in the data, mostly single rows. */
    static int[] request(Random random, TrainingSet remaining) {
        int size = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(5);
        List<Integer> ids = new ArrayList<>();
        while (ids.size() < size) {
            int id = remaining.rowId(random.nextInt(remaining.size()));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    static double accuracy(DareForest model, TrainingSet test) {
        int right = 0;
        for (int p = 0; p < test.size(); p++) {
            right += model.predict(test.row(p)) == test.label(p) ? 1 : 0;
        }
        return right / (double) test.size();
    }
}
