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
import org.unlearn.model.family.Families;
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
        assertTrue(
                model.noteProperty()
                        .get()
                        .startsWith(
                                "The other methods replayed the first 1 of 2 requests; compare again to bring them up to date."
                                        + " Compare takes "),
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

    @Test
    void aChartIsWrittenOnTheBackgroundExecutorAndTheUserToldInOneLine(@TempDir Path folder) throws Exception {
        trainOnIris("qkmeans");
        forgetRows("5");
        model.compare();
        var chart = CurveCharts.drift(model.driftProperty().get(), "kmeans loss");
        List<String> told = new java.util.ArrayList<>();
        work.hold();

        Path svg = folder.resolve("drift.svg");
        model.chartSaving().save(chart, svg, model.exportContext(), told::add);

        assertEquals(List.of("Saving drift.svg…"), told);
        assertEquals(1, work.heldCount(), "the file is written by a job, not on the FX thread");
        assertFalse(Files.exists(svg));
        work.runHeld();
        assertEquals("Save drift.svg", work.titles().get(work.titles().size() - 1));
        assertEquals(List.of("Saving drift.svg…", "Saved drift.svg"), told);
        String drawing = Files.readString(svg);
        assertTrue(drawing.contains(model.exportContext()), "the line naming the data and the model");
        assertTrue(drawing.contains(
                ((org.jfree.chart.plot.XYPlot) chart.getPlot()).getRangeAxis().getLabel()));

        told.clear();
        Path nowhere = folder.resolve("no/such/folder/drift.png");
        model.chartSaving().save(chart, nowhere, model.exportContext(), told::add);
        work.runHeld();
        assertEquals(2, told.size(), told.toString());
        assertTrue(
                told.get(1).contains("drift.png: cannot be written")
                        && !told.get(1).contains("\n"),
                told.get(1));
        assertTrue(work.refusals().contains(told.get(1)), "a refusal in one line, not an unexpected failure");
    }

    @Test
    void compareSaysWhatItWillTakeBeforeItRunsAndWhoIsLeftOutAndWhy() {
        trainOnIris("logreg");
        forgetRows("5");
        assertTrue(
                model.noteProperty().get().contains("Compare takes"),
                model.noteProperty().get());

        model.compare();

        String leftOut = model.leftOutProperty().get();
        assertTrue(leftOut.startsWith("Left out: Ridge regression"), leftOut);
        assertTrue(leftOut.contains("3 classes"), leftOut);
        List<String> drawn =
                model.driftProperty().get().stream().map(Curve::name).toList();
        assertTrue(drawn.stream().noneMatch(n -> n.startsWith("Ridge")), drawn::toString);
        assertTrue(drawn.stream().anyMatch(n -> n.startsWith("SISA")), "SISA runs on iris: " + drawn);
        String status = work.messageProperty().get();
        assertFalse(status.endsWith(": training"), "no stale status: " + status);
        assertTrue(status.endsWith(" in all"), status);
    }

    @Test
    void eachLineIsDrawnAsSoonAsItsMethodFinishes() {
        trainOnIris("qkmeans");
        forgetRows("5");
        List<Integer> sizes = new java.util.ArrayList<>();
        model.driftProperty().addListener((o, was, now) -> sizes.add(now.size()));

        model.compare();

        assertEquals(4, model.driftProperty().get().size());
        assertTrue(sizes.containsAll(List.of(2, 3, 4)), "one more line after each method: " + sizes);
    }

    @Test
    void oneComparisonRunsAtATimeAndTheSameButtonCancelsIt() {
        trainOnIris("dckmeans");
        forgetRows("7");
        work.hold();
        model.compare();
        assertTrue(model.comparingProperty().get());
        assertTrue(model.compareExecutableProperty().get(), "the button stays usable: it cancels");
        long queued = work.heldCount();

        model.compare();

        assertTrue(model.cancellingProperty().get());
        assertEquals(queued + 1, work.heldCount(), "a second click starts nothing but the stop's last line");
        model.compare();
        assertEquals(queued + 1, work.heldCount(), "nor does a third");
        work.runHeld();
        assertFalse(model.comparingProperty().get());
        assertFalse(model.cancellingProperty().get());
        assertEquals(1, model.driftProperty().get().size(), "no replayed line: every method was cancelled");
        assertTrue(work.messageProperty().get().startsWith("Compare cancelled: 0 of 3 methods done"));
    }

    @Test
    void aSecondCompareCarriesOnFromTheFirstAndTheOwnFamilyStartsFromTheModelsTraining() {
        trainOnIris("qkmeans");
        forgetRows("5");
        var plan = forget.chain().replayPlan().orElseThrow();
        Object trained = forget.chain().history().get(1).state().engine();
        Object retrainStart = plan.rivals()
                .get(0)
                .contender()
                .trainer()
                .train(plan.rows(), plan.seed(), org.unlearn.model.util.Progress.NONE);
        assertTrue(retrainStart == trained, "the retrain line starts from this model's own training");

        model.compare();
        double firstRetrain = model.costProperty().get().get(1).y()[0];
        int jobs = work.titles().size();
        forgetRows("6");
        model.compare();

        assertEquals(
                firstRetrain,
                model.costProperty().get().get(1).y()[0],
                "the first request's retrain was not done again: its time is the one measured before");
        assertEquals(2, model.costProperty().get().get(1).size());
        assertEquals(
                3,
                work.titles().subList(jobs, work.titles().size()).stream()
                        .filter(t -> t.startsWith("Compare: "))
                        .count(),
                "one job per method: " + work.titles());
    }

    @Test
    void theSameRequestsAreTheOnesEveryMethodCarriedOutAndAConsolidationIsNotOne() {
        trainOnIris("logreg");
        forget.chain()
                .requestMethodProperty()
                .set(Families.byCode("logreg").forgetMethods().stream()
                        .filter(m -> !m.exact())
                        .findFirst()
                        .orElseThrow());
        forgetRows("5");
        forgetRows("40-43");
        forget.chain().consolidate();
        List<HistoryEntry> made = forget.chain().history();
        assertEquals(4, made.size(), () -> "trained, two requests, a consolidation: " + work.outcomes());
        assertTrue(
                model.noteProperty().get().startsWith("Lines: this model's 2 requests and 1 consolidation."),
                model.noteProperty().get());

        model.compare();

        String note = model.noteProperty().get();
        java.util.regex.Matcher said = java.util.regex.Pattern.compile("carried out the same (\\d+) requests")
                .matcher(note);
        assertTrue(said.find(), note);
        int shown = Integer.parseInt(said.group(1));
        long requests = made.stream()
                .filter(e -> !e.isTraining() && !e.request().report().method().equals("consolidate"))
                .count();
        assertEquals(requests, shown, note);
        for (Curve replay : model.driftProperty()
                .get()
                .subList(1, model.driftProperty().get().size())) {
            assertEquals(shown, replay.size() - 1, replay.name() + " carried out every request shown, no more");
        }
        assertTrue(
                note.endsWith("; this model's line also has its 1 consolidation (an exact retrain, not a request)."),
                note);
        String leftOut = model.leftOutProperty().get();
        assertTrue(leftOut.startsWith("Left out: Ridge regression"), leftOut);
        assertTrue(model.exportContext().endsWith(". " + leftOut), "a saved chart says who was left out");
    }

    @Test
    void afterForgettingHeldOutRowsEveryLineIsScoredOnTheRowsStillHeldOut() {
        data.open(new OpenRequest(TestFiles.sample("penguins.csv"), "species"));
        forget.form().choose("logreg");
        forget.train();
        var trained = forget.chain().currentProperty().get();
        assertNotNull(trained, () -> "no model: " + work.outcomes());
        long heldOut = java.util.stream.IntStream.rangeClosed(100, 200)
                .filter(trained::heldOut)
                .count();
        assertTrue(heldOut > 0, "the request below forgets held-out rows too");
        forgetRows("100-200");
        forget.chain().consolidate();

        model.compare();

        List<Curve> drift = model.driftProperty().get();
        Curve own = drift.get(0);
        Curve retrain = drift.get(1);
        assertEquals("Logistic regression retrained from scratch", retrain.name());
        // the other methods' lines are named in words, as the forget view names them, not by their codes
        assertTrue(
                drift.stream().anyMatch(c -> c.name().equals("Logistic regression · Projective residual update")),
                drift.stream().map(Curve::name).toList().toString());
        // Consolidated, this model is the retrain: scored on the same held-out rows, its accuracy is the retrain's
        assertEquals(
                own.y()[own.size() - 1],
                retrain.y()[retrain.size() - 1],
                "this model " + java.util.Arrays.toString(own.y()) + ", the retrain "
                        + java.util.Arrays.toString(retrain.y()));
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
