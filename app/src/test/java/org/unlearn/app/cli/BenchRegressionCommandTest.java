package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --model ridge} on a numeric label whose features are continuous: every value differs. */
class BenchRegressionCommandTest {
    private static double number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(-?[0-9.Ee+-]+)").matcher(json);
        assertTrue(m.find(), field + " missing from " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void ridgeLearnsALinearTargetFromContinuousColumns(@TempDir Path dir) throws IOException {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("x1,x2,y\n");
        for (int i = 0; i < 500; i++) {
            double x1 = random.nextGaussian();
            double x2 = random.nextGaussian();
            csv.append(x1)
                    .append(',')
                    .append(x2)
                    .append(',')
                    .append(2 * x1 - x2 + 0.1 * random.nextGaussian())
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("regr.csv"), csv);
        CliRun run = CliRun.of("bench", file.toString(), "--label", "y", "--model", "ridge", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, number(run.out(), "features"));
        assertTrue(run.out().contains("\"quality_metric\":\"mse\""), run.out());
        assertTrue(number(run.out(), "quality_before") < 0.02, "noise variance is 0.01: " + run.out());
    }

    @Test
    void ridgeOnTheDiabetesSampleBeatsTheMean() throws IOException {
        Path file = Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), "diabetes.csv");
        CliRun run = CliRun.of(
                "bench", file.toString(), "--label", "progression", "--model", "ridge", "--json", "--lambda", "0.1");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(10, number(run.out(), "features"));
        double[] y = Files.readAllLines(file).stream()
                .skip(1)
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)))
                .toArray();
        double mean = Arrays.stream(y).average().orElseThrow();
        double variance =
                Arrays.stream(y).map(v -> (v - mean) * (v - mean)).average().orElseThrow();
        assertTrue(
                number(run.out(), "quality_before") < 0.7 * variance,
                "ridge explains well over 30% of the variance (" + variance + "): " + run.out());
    }
}
