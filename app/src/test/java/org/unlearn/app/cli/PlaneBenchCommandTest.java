package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * bench-plane runs end to end on a real sample and reports what it measured; the figures are docs/BENCHMARKS.md's.
 * The robot's extension starts the toolkit, as it does for every window test in this JVM, and the command draws on it.
 */
@ExtendWith(ApplicationExtension.class)
class PlaneBenchCommandTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("bench-plane")));
    }

    private static String sample(String name) {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), name)
                .toString();
    }

    @Test
    void drawsEveryRowAndLassosOnTheRealToolkit() {
        CliRun run = CliRun.of(
                "bench-plane",
                sample("penguins.csv"),
                "--label",
                "species",
                "--repeat",
                "2",
                "--warmup",
                "0",
                "--width",
                "800",
                "--height",
                "600");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("344", field(run.out(), "rows"));
        assertEquals("1000", field(run.out(), "lasso_vertices"));
        int lassoed = Integer.parseInt(field(run.out(), "lasso_rows"));
        assertTrue(lassoed > 0 && lassoed < 344, "the lasso round the middle holds some rows, not all: " + lassoed);
        for (String timing : new String[] {"paint_ms_median", "frame_ms_median", "lasso_ms_median"}) {
            assertTrue(Double.parseDouble(field(run.out(), timing)) > 0, timing + " was measured");
        }
    }

    @Test
    void aTooSmallPlaneIsRefusedInOneLine() {
        CliRun run = CliRun.of("bench-plane", sample("penguins.csv"), "--width", "10");
        assertEquals(UnlearnCommand.BAD_INPUT, run.exitCode());
        // the one option out of range, named with its value, not every constraint at once
        assertEquals("error: --width must be 200 or more, not 10", run.err().strip(), run.err());
    }

    private static String field(String json, String name) {
        return CliJson.field(json, name).asText();
    }
}
