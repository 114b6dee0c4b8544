package org.unlearn.views.consequences;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.BadInputException;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ChartExport;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.forget.HistoryEntry;

/** The consequence charts' lines, from the chain's own requests and from their replay by the other methods. */
class ConsequencesViewModelTest {
    private final ImmediateWork work = new ImmediateWork();
    private final DataViewModel data = new DataViewModel(work);
    private final ForgetViewModel forget = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
    private final ConsequencesViewModel model = new ConsequencesViewModel(work, forget.chain());

    @Test
    void beforeAnyRequestThereIsNothingToCompare() {
        assertTrue(model.driftProperty().get().isEmpty());
        assertFalse(model.compareExecutableProperty().get());
        assertEquals(
                "Train a model and forget rows: each request adds a point here.",
                model.noteProperty().get());
        trainOnIris("qkmeans");
        assertEquals(1, model.driftProperty().get().get(0).size(), "the training is the first point");
        assertTrue(model.costProperty().get().isEmpty());
        assertFalse(model.compareExecutableProperty().get());
    }

    @Test
    void eachRequestAddsAPointAtTheRowsForgottenSoFarWithTheModelsLoss() {
        trainOnIris("qkmeans");
        forgetRows("5");
        forgetRows("40-43");
        forgetRows("100, 120");

        Curve own = model.driftProperty().get().get(0);
        assertTrue(own.live());
        assertArrayEquals(new double[] {0, 1, 5, 7}, own.x());
        List<HistoryEntry> newestFirst = forget.chain().history();
        for (int i = 0; i < 4; i++) {
            assertEquals(newestFirst.get(3 - i).state().loss(), own.y()[i]);
        }
        Curve time = model.costProperty().get().get(0);
        assertArrayEquals(new double[] {1, 2, 3}, time.x());
        assertTrue(java.util.Arrays.stream(time.y()).allMatch(ms -> ms > 0));
        assertTrue(
                model.noteProperty().get().contains("3 requests"),
                model.noteProperty().get());
    }

    @Test
    void theReplayedRetrainLiesOnTheExactModelsLineAndTheOtherFamiliesGetTheirOwn() {
        trainOnIris("qkmeans");
        forgetRows("5");
        forgetRows("40-43");
        forgetRows("100, 120");
        model.compare();

        List<Curve> drift = model.driftProperty().get();
        assertEquals(
                List.of(
                        "Q-k-means — this model",
                        "Q-k-means retrained from scratch",
                        "Lloyd k-means (retrains from scratch)",
                        "DC-k-means (re-runs one leaf)"),
                drift.stream().map(Curve::name).toList(),
                () -> work.outcomes().toString());
        assertArrayEquals(drift.get(0).y(), drift.get(1).y(), "Q-k-means forgets exactly: its loss is the retrain's");
        for (Curve replay : drift.subList(1, 4)) {
            assertFalse(replay.live());
            assertArrayEquals(drift.get(0).x(), replay.x(), replay.name() + " forgot the same rows");
        }
        assertTrue(model.noteProperty().get().startsWith("Every method carried out the same 3 requests"));

        model.measureProperty().set(CostMeasure.WORK);
        List<Curve> work = model.costProperty().get();
        double[] retrainWork = work.get(1).y();
        for (int i = 0; i < 3; i++) {
            HistoryEntry request = forget.chain().history().get(2 - i);
            assertEquals(request.request().report().workUnits(), work.get(0).y()[i]);
            assertEquals(
                    request.request().report().fullWorkUnits(),
                    retrainWork[i],
                    "a retrain from scratch is charged a full training's work");
            assertTrue(work.get(0).y()[i] <= retrainWork[i]);
        }
        model.cumulativeProperty().set(true);
        double[] total = model.costProperty().get().get(1).y();
        assertEquals(retrainWork[0] + retrainWork[1] + retrainWork[2], total[2]);
    }

    @Test
    void aLaterRequestLeavesTheReplayBehindAndANewTrainingPutsItAway() {
        trainOnIris("dckmeans");
        forgetRows("7");
        model.compare();
        assertEquals(4, model.driftProperty().get().size());

        forgetRows("8");
        assertEquals(
                "The other methods replayed the first 1 of 2 requests; compare again to bring them up to date.",
                model.noteProperty().get());
        assertEquals(2, model.driftProperty().get().get(1).size(), "the replay keeps its own requests");

        forget.train();
        assertEquals(1, model.driftProperty().get().size(), "a new training starts new lines");
    }

    @Test
    void chartsAreSavedAsPngOrSvgAndOtherwiseRefusedInOneLine(@TempDir Path folder) throws Exception {
        trainOnIris("qkmeans");
        forgetRows("5");
        forgetRows("6");
        model.compare();
        var chart = CurveCharts.cost(model.costProperty().get(), CostMeasure.TIME, "", false);

        Path png = folder.resolve("cost.png");
        ChartExport.write(chart, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(ChartExport.WIDTH, image.getWidth());
        Path svg = folder.resolve("cost.svg");
        ChartExport.write(chart, svg);
        String drawing = Files.readString(svg);
        assertTrue(drawing.startsWith("<svg") || drawing.contains("<svg "), "an SVG document");
        assertTrue(drawing.contains("Cost of each forget request"), "with its title as text");

        BadInputException refused =
                assertThrows(BadInputException.class, () -> ChartExport.write(chart, folder.resolve("cost.txt")));
        assertEquals("cost.txt: charts are saved as .png or .svg", refused.getMessage());
    }

    private void trainOnIris(String family) {
        data.open(new OpenRequest(TestFiles.sample("iris.csv"), "target_name"));
        forget.form().choose(family);
        forget.train();
        assertNotNull(forget.chain().currentProperty().get(), () -> "no model: " + work.outcomes());
    }

    private void forgetRows(String ids) {
        forget.picks().pickTextProperty().set(ids);
        forget.picks().pickTyped();
        forget.forget();
    }
}
