package org.unlearn.model.family;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.unlearn.model.TestData;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * The real data every family is held to: employee attrition (1,470 rows, numeric and categorical columns,
 * a two-class label), which every family can learn, those that cluster as well as those that learn a label.
 */
final class ContractData {
    static final Path FILE = TestData.sample("employee_attrition.csv");
    static final String LABEL = "Attrition";
    private static PreparedData data;
    private static DatasetIdentity identity;

    private ContractData() {}

    static synchronized PreparedData data() {
        if (data == null) {
            data = PreparedData.load(FILE, LABEL, Encoding.Options.DEFAULT, Progress.NONE);
            identity = DatasetIdentity.of(FILE, data, Encoding.Options.DEFAULT);
        }
        return data;
    }

    static synchronized DatasetIdentity identity() {
        data();
        return identity;
    }

    /** {@code size} distinct rows still in the data, drawn by the random source. */
    static int[] request(SplittableRandom random, TrainingSet remaining, int size) {
        int[] out = random.ints(0, remaining.size())
                .distinct()
                .limit(size)
                .map(remaining::rowId)
                .toArray();
        Arrays.sort(out);
        return out;
    }
}
