package org.unlearn.model.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.NumericColumn;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.util.Progress;

/**
 * Our optima are scikit-learn's (see sklearn_linear_oracle.py: same standardized matrix, the constant
 * column penalized like the rest, C = 1/λ, newton-cholesky to tol 1e-12): every weight within 1e-6.
 */
class LinearAgainstScikitLearnTest {
    @Test
    void optimaMatchScikitLearn() {
        Dataset table = CsvReader.read(TestData.resource("sklearn_linear_expected.csv"));
        Map<String, List<Double>> expected = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String key =
                    table.column("file").text(r) + "|" + table.column("label").text(r) + "|"
                            + table.column("model").text(r) + "|" + number(table, "lambda", r);
            expected.computeIfAbsent(key, k -> new ArrayList<>()).add(number(table, "coefficient", r));
        }
        assertEquals(4, expected.size());
        for (var e : expected.entrySet()) {
            String[] k = e.getKey().split("\\|");
            TrainingSet data = LinearData.sample(k[0], k[1]);
            double lambda = Double.parseDouble(k[3]);
            double[] ours = k[2].equals("ridge")
                    ? RidgeModel.fit(data, RidgeModel.Options.of(lambda), 1, Progress.NONE)
                            .parameters()
                    : LogisticModel.fit(data, LogisticModel.Options.of(lambda), 1, Progress.NONE)
                            .parameters();
            List<Double> theirs = e.getValue();
            assertEquals(theirs.size(), ours.length, e.getKey() + ": parameter count (encodings differ?)");
            for (int j = 0; j < ours.length; j++) {
                assertTrue(
                        Math.abs(ours[j] - theirs.get(j)) < 1e-6,
                        e.getKey() + " weight " + j + ": ours " + ours[j] + ", scikit-learn " + theirs.get(j));
            }
        }
    }

    private static double number(Dataset table, String column, int row) {
        return ((NumericColumn) table.column(column)).get(row);
    }
}
