package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forget whose approximate step rounds to an indefinite Hessian (every Home=ignore row of credit_data from a
 * logistic regression with λ = 3e-9 (on its 80% training split), forgotten by the projective residual update) is carried out by an exact
 * retrain, and the command's one line says so: no internal error, the request recorded.
 */
class IndefiniteStepCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theForgetSaysItRetrainedInsteadOfFailing() {
        Path data = Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), "credit_data.csv");
        Path dir = tmp.resolve("session");
        CliRun create = CliRun.of(
                "session",
                "create",
                dir.toString(),
                "--data",
                data.toString(),
                "--label",
                "Status",
                "--model",
                "logreg",
                "--lambda",
                "3e-9",
                "--method",
                "pru");
        assertEquals(0, create.exitCode(), create.err());

        CliRun forget = CliRun.of("forget", dir.toString(), "--where", "Home == \"ignore\"", "--method", "approximate");

        assertEquals(0, forget.exitCode(), forget.err());
        assertEquals("", forget.err());
        assertTrue(
                forget.out().contains("the projective residual update lost its precision")
                        && forget.out().contains("retrained from scratch"),
                forget.out());
        assertTrue(forget.out().contains("identical to a retrain from scratch"), forget.out());
        assertEquals(1, forget.out().strip().lines().count(), forget.out());
        assertFalse(forget.out().contains("Exception"), forget.out());
    }
}
