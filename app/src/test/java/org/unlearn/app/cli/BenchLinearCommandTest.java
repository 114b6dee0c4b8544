package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bench} on ridge and logistic regression: the JSON contract, exactness only for exact, refusals. */
class BenchLinearCommandTest {
    private static String sample(String name) {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), name)
                .toString();
    }

    private static double number(String json, String field) {
        return CliJson.number(json, field);
    }

    private static CliRun bench(String file, String label, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"bench", sample(file), "--label", label, "--json", "--seed"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(args);
    }

    @Test
    void exactIsExactAndTheApproximateMethodsAreNot() {
        CliRun exact = bench(
                "employee_attrition.csv",
                "Attrition",
                "3",
                "--model",
                "logreg",
                "--method",
                "exact",
                "--deletions",
                "3");
        assertEquals(0, exact.exitCode(), exact.err());
        assertTrue(CliJson.flag(exact.out(), "exact"), exact.out());
        assertEquals(0, number(exact.out(), "param_distance"));
        assertEquals("accuracy", CliJson.text(exact.out(), "quality_metric"), exact.out());
        for (String method : new String[] {"influence", "newton", "pru"}) {
            CliRun run = bench(
                    "employee_attrition.csv",
                    "Attrition",
                    "3",
                    "--model",
                    "logreg",
                    "--method",
                    method,
                    "--deletions",
                    "3",
                    "--lambda",
                    "2");
            assertEquals(0, run.exitCode(), run.err());
            assertFalse(CliJson.flag(run.out(), "exact"), method + ": " + run.out());
            assertEquals(
                    "{\"method\":\"" + method + "\",\"lambda\":2}",
                    CliJson.field(run.out(), "options").toString(),
                    run.out());
            assertTrue(number(run.out(), "param_distance_abs") > 0, run.out());
            // The engine's bound, or null where the method gives none.
            assertTrue(CliJson.read(run.out()).has("distance_bound"), run.out());
            double predicted = number(run.out(), "predicted_fraction");
            assertTrue(predicted >= 0 && predicted < 1, run.out());
            double distance = number(run.out(), "param_distance");
            assertTrue(distance > 0 && distance <= (method.equals("pru") ? 1.5 : 0.1), method + ": " + run.out());
        }
    }

    /** The claims fields (issue 14): what the plan predicted, the measured distance, and the bounds on it. */
    @Test
    void aCertifiedRunStatesItsBoundBesideTheMeasuredDistance() {
        CliRun run = bench(
                "breast_cancer_wdbc.csv",
                "target",
                "2",
                "--model",
                "logreg",
                "--lambda",
                "0.05",
                "--set",
                "epsilon=1",
                "--set",
                "delta=1e-4",
                "--set",
                "sigma=10",
                "--deletions",
                "4");
        assertEquals(0, run.exitCode(), run.err());
        double measured = number(run.out(), "param_distance_abs");
        double bound = number(run.out(), "distance_bound");
        assertTrue(measured <= bound, run.out());
        double predicted = number(run.out(), "predicted_fraction");
        assertTrue(predicted > 0 && predicted < 1, run.out());
        double allowed = number(run.out(), "budget_allowed");
        assertEquals(10 / Math.sqrt(2 * Math.log(1.5 / 1e-4)), allowed, 1e-4);
        double spent = number(run.out(), "budget_spent");
        assertTrue(spent > 0 && spent <= allowed, run.out());
    }

    @Test
    void ridgeRegressesNumbersAndTwoClasses() {
        CliRun numeric = bench("penguins.csv", "body_mass_g", "1", "--model", "ridge", "--deletions", "2");
        assertEquals(0, numeric.exitCode(), numeric.err());
        assertEquals("mse", CliJson.text(numeric.out(), "quality_metric"), numeric.out());
        assertTrue(number(numeric.out(), "param_distance") < 1e-6, numeric.out());
        CliRun binary = bench(
                "iris.csv",
                "target_name",
                "1",
                "--model",
                "ridge",
                "--set",
                "classes=versicolor,virginica",
                "--deletions",
                "2",
                "--method",
                "exact");
        assertEquals(0, binary.exitCode(), binary.err());
        assertEquals(100, number(binary.out(), "rows"));
        assertTrue(CliJson.flag(binary.out(), "exact"), binary.out());
        assertEquals("accuracy", CliJson.text(binary.out(), "quality_metric"), binary.out());
    }

    @Test
    void badInputIsOneLine() {
        CliRun ridge = bench("iris.csv", "target_name", "1", "--model", "ridge");
        assertEquals(2, ridge.exitCode());
        assertEquals(
                "error: iris.csv: ridge regresses a number or a two-class label (as ±1); this label has 3"
                        + " classes (logistic regression learns it)",
                ridge.err().strip());
        CliRun lambda = bench("iris.csv", "target_name", "1", "--model", "logreg", "--lambda", "0");
        assertEquals(2, lambda.exitCode());
        assertEquals(
                "error: lambda (the regularization λ) must be more than 0, not 0.0 (--lambda)",
                lambda.err().strip());
        CliRun certified = bench(
                "iris.csv",
                "target_name",
                "1",
                "--model",
                "logreg",
                "--set",
                "epsilon=1",
                "--set",
                "delta=0.001",
                "--set",
                "sigma=1");
        assertEquals(2, certified.exitCode());
        assertTrue(certified.err().contains("certified removal is for a two-class label"), certified.err());
        CliRun k = CliRun.of("bench", sample("iris.csv"), "--model", "logreg", "--k", "3", "--json");
        assertEquals(2, k.exitCode());
        assertEquals("error: --k is not an option of logreg", k.err().strip());
        CliRun method = bench("iris.csv", "target_name", "1", "--model", "logreg", "--method", "sisa");
        assertEquals(2, method.exitCode());
        assertEquals(
                "error: method (the deletion method) is one of exact, influence, newton, pru, not \"sisa\""
                        + " (--method)",
                method.err().strip());
        CliRun classes = bench("iris.csv", "target_name", "1", "--model", "logreg", "--set", "classes=setosa,rose");
        assertEquals(2, classes.exitCode());
        assertTrue(classes.err().contains("\"rose\" is not a class"), classes.err());
    }
}
