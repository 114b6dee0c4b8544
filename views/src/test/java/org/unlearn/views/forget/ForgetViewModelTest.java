package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.model.verify.ParameterDistance;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.Outcome;
import org.unlearn.views.common.PointSeries;
import org.unlearn.views.data.DataViewModel;

/** The forget view's model on real samples, with jobs run at once: train, pick, plan, forget, check. */
class ForgetViewModelTest {
    /** Iris under Q-k-means, k = 3, seed 42: row 2 is certified, row 5 resumes from iteration 2 of 4, row 15 is a seed. */
    private static final int CERTIFIED_IRIS_ROW = 2;
    private static final int RESUMED_IRIS_ROW = 5;
    private static final int SEED_IRIS_ROW = 15;
    /** Forgetting row 6 resumes from iteration 1 and ends on other centroids. */
    private static final int MOVING_IRIS_ROW = 6;
    private static final String WALL_TIME = "\\d+(\\.\\d+)? (µs|ms|s)";

    private final ImmediateWork work = new ImmediateWork();
    private final DataViewModel data = new DataViewModel(work);
    private final ForgetViewModel model = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());

    private void open(String file, String label) {
        data.open(new OpenRequest(TestFiles.sample(file), label));
        assertTrue(data.loadedProperty().get(), () -> file + " did not open: " + work.outcomes());
    }

    private void train(Family family) {
        model.form().familyProperty().set(family);
        model.train();
        assertNotNull(model.currentProperty().get(), () -> "no model: " + work.outcomes());
    }

    private void trainOnIris() {
        open("iris.csv", "target_name");
        train(Family.QKMEANS);
    }

    private void pick(String ids) {
        model.pickTextProperty().set(ids);
        model.pickTyped();
    }

    @Test
    void nothingCanBeDoneBeforeADatasetIsOpen() {
        assertFalse(model.trainExecutableProperty().get());
        assertFalse(model.forgetExecutableProperty().get());
        assertFalse(model.verifyExecutableProperty().get());
        assertNull(model.pictureProperty().get());
    }

    @Test
    void kDefaultsToTheLabelsClassCountAndTheSeedIsShown() {
        open("penguins.csv", "species");
        assertEquals("3", model.form().kProperty().get());
        assertEquals("42", model.form().seedProperty().get());
        assertTrue(model.trainExecutableProperty().get());
    }

    @Test
    void trainingShowsTheClustersCentroidsRowsAndTheTrainingInTheHistory() {
        open("penguins.csv", "species");
        java.util.List<PointSeries> pickedWhenDrawn = new java.util.ArrayList<>();
        model.pictureProperty().addListener((o, was, now) -> pickedWhenDrawn.add(model.pickedPointsProperty().get()));
        train(Family.QKMEANS);

        assertEquals(1, pickedWhenDrawn.size());
        assertNotNull(pickedWhenDrawn.get(0), "a new picture finds the picked points ready to draw");

        ModelState state = model.currentProperty().get();
        assertEquals(3, state.k());
        assertEquals(344, state.size());
        ClusterPicture picture = model.pictureProperty().get();
        assertEquals(3, picture.clusters().size());
        assertEquals(344, picture.clusters().stream().mapToInt(PointSeries::size).sum());
        assertEquals(3, picture.centroids().size());
        assertNull(picture.previous(), "nothing was forgotten yet");
        assertEquals("all 344 rows", picture.note());
        assertEquals(344, model.tableRows().size());
        assertEquals(List.of("#0 Trained Q-k-means on 344 rows"), model.history().stream().map(HistoryEntry::title).toList());
        assertTrue(model.modelTitleProperty().get().startsWith("Q-k-means · k = 3, at most 300 iterations, tolerance 0.0001,"
                + " ε = 0.05, γ = 0.2 · seed 42"), model.modelTitleProperty().get());
        assertTrue(model.modelFactsProperty().get().contains("k-means++ seeds: rows 15, 118, 157"),
                model.modelFactsProperty().get());
        assertFalse(model.verifyExecutableProperty().get(), "nothing forgotten, nothing to check");
        RowEntry first = model.tableRows().get(0);
        assertEquals(1, first.rowId());
        assertEquals("Adelie", first.label());
        assertEquals(state.clusterOf(1) + 1, first.cluster());
    }

    @Test
    void trainingDrawsOnTheDataViewsPlaneAndFitsItsOwnOnlyWithoutOne() {
        trainOnIris();
        assertSame(data.planeProperty().get(), model.currentProperty().get().plane(), "the projection is not fitted twice");

        work.cancelJobs(title -> title.startsWith("Project"));
        open("penguins.csv", "species");
        assertNull(data.planeProperty().get());
        train(Family.QKMEANS);

        assertEquals(344, model.currentProperty().get().plane().rows().size());
        assertEquals(344, model.pictureProperty().get().clusters().stream().mapToInt(PointSeries::size).sum());
    }

    @Test
    void aCertifiedPlanIsWhatTheForgetThenReports() {
        trainOnIris();
        pick(Integer.toString(CERTIFIED_IRIS_ROW));

        PlanSummary plan = model.planProperty().get();
        assertTrue(plan.certified(), plan.engine());
        assertEquals("Certified: no centroid will move", plan.headline());
        assertEquals("certified: no centroid moves in any of 4 iterations", plan.engine());
        assertTrue(plan.work().matches("Predicted work: \\d\\.\\d+% of a full training"), plan.work());

        double[][] centroidsBefore = model.currentProperty().get().centroids();
        model.forget();

        RequestReport report = model.reportProperty().get();
        assertTrue(report.report().certified());
        assertTrue(report.report().exact());
        assertEquals("certified", report.report().method());
        assertEquals(plan.plan().workUnits(), report.report().workUnits(), "the plan predicted the work done");
        assertEquals("Forgot row 2", report.headline());
        assertEquals("certified: replayed all 4 iterations, nothing retrained", report.method());
        assertEquals("certified: no centroid moves in any of 4 iterations", report.engine());
        assertEquals("yes, by construction (certified)", report.exactness());
        assertEquals("none moved: every centroid is the same, bit for bit", report.centroids());
        assertTrue(report.wallTime().matches(WALL_TIME), report.wallTime());
        assertTrue(java.util.Arrays.deepEquals(centroidsBefore, model.currentProperty().get().centroids()));
    }

    @Test
    void aPlanThatResumesIsWhatTheForgetThenReports() {
        trainOnIris();
        pick(Integer.toString(RESUMED_IRIS_ROW));

        PlanSummary plan = model.planProperty().get();
        assertFalse(plan.certified());
        assertEquals("Resumes from iteration 2 of 4", plan.headline());
        assertTrue(plan.engine().startsWith("centroid 1 moves in iteration 2 of 4"), plan.engine());

        model.forget();

        ForgetReport report = model.reportProperty().get().report();
        assertFalse(report.certified());
        assertEquals("resume", report.method());
        assertEquals(2, ((QKMeans.Check) report.detail()).resumedAt());
        assertEquals(((QKMeans.Check) plan.plan().detail()).resumedAt(), ((QKMeans.Check) report.detail()).resumedAt());
        // The run changed from iteration 2 on, yet it ends on the same centroids: the report measures, it does not assume.
        assertEquals("none moved: every centroid is the same, bit for bit", model.reportProperty().get().centroids());
    }

    @Test
    void centroidsThatMoveAreCountedAndMeasured() {
        trainOnIris();
        double[][] was = model.currentProperty().get().centroids();
        pick(Integer.toString(MOVING_IRIS_ROW));

        model.forget();

        double[][] now = model.currentProperty().get().centroids();
        int moved = 0;
        double farthest = 0;
        for (int c = 0; c < 3; c++) {
            if (!java.util.Arrays.equals(was[c], now[c])) {
                moved++;
                farthest = Math.max(farthest, ParameterDistance.euclidean(was[c], now[c]));
            }
        }
        assertTrue(moved > 0);
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(\\d) of 3 moved; the farthest by (\\S+)"
                + " \\(in the encoded features' units\\)").matcher(model.reportProperty().get().centroids());
        assertTrue(line.matches(), model.reportProperty().get().centroids());
        assertEquals(moved, Integer.parseInt(line.group(1)));
        assertEquals(farthest, Double.parseDouble(line.group(2)), farthest * 5e-3, "three significant digits");
    }

    @Test
    void forgettingASeedSeedsAgain() {
        trainOnIris();
        pick(Integer.toString(SEED_IRIS_ROW));

        assertEquals("Seeds again and retrains from scratch", model.planProperty().get().headline());
        model.forget();
        assertEquals("retrain", model.reportProperty().get().report().method());
        assertEquals("seeded again and retrained from scratch", model.reportProperty().get().method());
    }

    @Test
    void forgettingMakesTheNewModelCurrentAndGrowsTheHistoryNewestFirst() {
        trainOnIris();
        ModelState trained = model.currentProperty().get();
        pick("2, 40-43");
        assertEquals(RowSelection.of(2, 40, 41, 42, 43), model.pickedProperty().get());

        model.forget();

        ModelState now = model.currentProperty().get();
        assertEquals(145, now.size());
        for (int id : new int[] {2, 40, 41, 42, 43}) {
            assertFalse(now.holds(id), "row " + id + " is forgotten");
        }
        assertEquals(trained.provenance().id(), now.provenance().parentId());
        assertEquals(List.of("#1 Forgot 5 rows (2, 40-43)", "#0 Trained Q-k-means on 150 rows"),
                model.history().stream().map(HistoryEntry::title).toList());
        assertTrue(model.pickedProperty().get().isEmpty(), "the picked rows are gone");
        assertEquals(145, model.tableRows().size());
        assertTrue(model.tableRows().stream().noneMatch(r -> r.rowId() == 40));
        ClusterPicture picture = model.pictureProperty().get();
        assertEquals(145, picture.clusters().stream().mapToInt(PointSeries::size).sum());
        assertEquals("all 145 rows; 5 rows forgotten and gone from the picture", picture.note());
        assertNotNull(picture.previous(), "the centroids before the request are shown");
        RequestReport report = model.reportProperty().get();
        assertTrue(report.loss().matches("\\d\\.\\d+ → \\d\\.\\d+ \\([−+]\\S+\\)"),
                report.loss());
        assertTrue(report.work().matches("\\S+% of a full training \\([\\d,]+ of [\\d,]+ point–centroid distances\\)"),
                report.work());
        assertTrue(model.history().get(0).subtitle().matches("\\w+ · " + WALL_TIME), model.history().get(0).subtitle());

        model.showBeforeProperty().set(false);
        assertNull(model.pictureProperty().get().previous());
    }

    @Test
    void checkingAgainstARetrainFromScratchFindsTheSameModel() {
        trainOnIris();
        pick("5");
        model.forget();
        assertTrue(model.verifyExecutableProperty().get());

        model.verify();

        Verification v = model.verificationProperty().get();
        assertTrue(v.identical());
        assertTrue(v.text().matches("Identical to a retrain from scratch \\(retrain took " + WALL_TIME
                + " — forgetting.+\\)"), v.text());
        assertTrue(model.history().get(0).subtitle().endsWith("✓ identical to a retrain"));
        assertSame(v, model.history().get(0).verification());
        assertFalse(model.verifyExecutableProperty().get(), "checked once is enough");
    }

    @Test
    void aHistoryEntryShowsHowItsModelWasMade() {
        trainOnIris();
        String trainedId = model.currentProperty().get().provenance().id();
        pick("5, 9");
        model.forget();
        model.verify();

        model.inspectedProperty().set(model.history().get(0));

        String details = model.inspectedDetailsProperty().get();
        String[] lines = details.split("\n");
        assertEquals("#1 Forgot 2 rows (5, 9)", lines[0]);
        assertTrue(lines[1].matches("Model [0-9a-f]{12}, made from " + trainedId + " at \\d\\d:\\d\\d:\\d\\d"), lines[1]);
        assertTrue(details.contains("Forgotten in this request: 5, 9\n"), details);
        assertTrue(details.contains("148 rows held · 2 forgotten since training"), details);
        assertTrue(details.endsWith(model.verificationProperty().get().text()), details);

        model.inspectedProperty().set(model.history().get(1));
        assertTrue(model.inspectedDetailsProperty().get().contains(", trained from scratch at "),
                model.inspectedDetailsProperty().get());
        assertTrue(model.inspectedDetailsProperty().get().endsWith("Not yet checked against a retrain from scratch"));
    }

    @Test
    void dcKMeansPlansTheLeafItReRunsAndMatchesARetrain() {
        open("penguins.csv", "species");
        train(Family.DCKMEANS);
        DCKMeans dc = (DCKMeans) model.currentProperty().get().model();
        int leaf = dc.leafOf(1);
        int leafRows = dc.leafSizes()[leaf];
        assertEquals("leaf " + (leaf + 1), model.tableRows().get(0).note());
        pick("1");

        assertEquals("Re-runs leaf " + (leaf + 1) + " of 16 (" + (leafRows - 1) + " rows) and 1 ancestor",
                model.planProperty().get().headline());
        model.forget();
        assertEquals("re-ran leaf " + (leaf + 1) + " of 16 (" + (leafRows - 1) + " rows) and 1 ancestor",
                model.reportProperty().get().method());
        assertEquals("", model.reportProperty().get().engine(), "the engine's line is the method; it is not repeated");
        DCKMeans.Rerun rerun = (DCKMeans.Rerun) model.reportProperty().get().report().detail();
        assertArrayEquals(new int[] {leaf}, rerun.leaves());
        model.verify();
        assertTrue(model.verificationProperty().get().identical());
    }

    @Test
    void lloydRetrainsFromScratchAndMatchesARetrain() {
        trainOnIris();
        train(Family.LLOYD);
        pick("7");

        assertEquals("Retrains from scratch on 149 rows", model.planProperty().get().headline());
        assertEquals("Predicted work: 100% of a full training", model.planProperty().get().work());
        model.forget();
        assertEquals("retrained from scratch on 149 rows", model.reportProperty().get().method());
        model.verify();
        assertTrue(model.verificationProperty().get().identical());
    }

    /** The engine writes its counts with separators, as the view writes its own; the view shows its lines as they are. */
    @Test
    void theEnginesLinesShowTheirCountsWithSeparators() {
        open("digits_8x8.csv", "target");
        train(Family.LLOYD);
        pick("7");

        model.forget();

        assertEquals("retrained from scratch on 1,796 rows", model.reportProperty().get().method());
    }

    @Test
    void aRefusedOptionSaysWhyInOneLineAndLeavesTheModelAsItWas() {
        trainOnIris();
        ModelState trained = model.currentProperty().get();

        model.form().epsilonProperty().set("0");

        assertEquals("epsilon (the grid width) must be more than 0, not 0.0", model.form().problemProperty().get());
        assertFalse(model.trainExecutableProperty().get());
        model.train();
        assertSame(trained, model.currentProperty().get());
        assertEquals(1, model.history().size());

        model.form().epsilonProperty().set("0.1");
        assertEquals("", model.form().problemProperty().get());
        assertTrue(model.trainExecutableProperty().get());
    }

    @Test
    void optionsTheEngineRefusesForThisDataLeaveTheModelAsItWas() {
        trainOnIris();
        ModelState trained = model.currentProperty().get();
        model.form().kProperty().set("1000");

        model.train();

        assertEquals(List.of("iris.csv: 150 rows cannot make 1000 clusters"), work.refusals());
        assertSame(trained, model.currentProperty().get());
        assertEquals(1, model.history().size());
        assertTrue(model.trainExecutableProperty().get(), "a refusal must not leave the command running");
    }

    @Test
    void typedTextThatIsNotRowIdsIsRefusedAndThePickStays() {
        trainOnIris();
        pick("3");

        pick("3, abc");
        assertEquals("\"abc\" is not a row id", model.pickMessageProperty().get());
        assertTrue(model.pickRefusedProperty().get());
        assertEquals(RowSelection.of(3), model.pickedProperty().get());

        pick("999");
        assertEquals("row 999 is not among the model's rows (forgotten already, or never read; ids run 1–150)",
                model.pickMessageProperty().get());

        pick("148 - 152");
        assertEquals(RowSelection.of(148, 149, 150), model.pickedProperty().get());
        assertEquals("2 of the typed ranges are not among the model's rows and were left out",
                model.pickMessageProperty().get());
        assertFalse(model.pickRefusedProperty().get());
    }

    @Test
    void forgettingEveryRowIsRefusedAndThePickStays() {
        trainOnIris();
        ModelState trained = model.currentProperty().get();
        model.pickInside(-100, -100, 100, 100, PickMode.REPLACE);
        assertEquals(150, model.pickedProperty().get().size());

        model.forget();

        assertEquals(List.of("iris.csv: 0 rows cannot make 3 clusters"), work.refusals());
        assertSame(trained, model.currentProperty().get());
        assertEquals(150, model.pickedProperty().get().size());
        assertEquals(1, model.history().size());
    }

    @Test
    void aCancelledForgetLeavesTheModelHistoryAndPickAsTheyWere() {
        trainOnIris();
        ModelState trained = model.currentProperty().get();
        pick("5, 6");

        work.cancelJobs(title -> title.startsWith("Forget"));
        model.forget();

        assertInstanceOf(Outcome.Cancelled.class, work.outcomes().get(work.outcomes().size() - 1));
        assertSame(trained, model.currentProperty().get());
        assertEquals(RowSelection.of(5, 6), model.pickedProperty().get());
        assertEquals(1, model.history().size());
        assertNull(model.reportProperty().get());
        assertTrue(model.forgetExecutableProperty().get());
    }

    @Test
    void aCancelledTrainingOrCheckLeavesEverythingAsItWas() {
        trainOnIris();
        pick("5");
        model.forget();
        ModelState forgotten = model.currentProperty().get();

        work.cancelJobs(title -> title.startsWith("Train") || title.startsWith("Check"));
        model.form().familyProperty().set(Family.DCKMEANS);
        model.train();
        model.verify();

        assertSame(forgotten, model.currentProperty().get());
        assertEquals(2, model.history().size());
        assertNull(model.verificationProperty().get());
        assertTrue(model.verifyExecutableProperty().get());
    }

    @Test
    void clickingNearAPointPicksItShiftAddsAndCtrlToggles() {
        trainOnIris();
        PointSeries cluster = model.pictureProperty().get().clusters().get(0);
        int a = cluster.rowId(0);
        int b = cluster.rowId(1);

        model.pickNear(cluster.x(0), cluster.y(0), 1e-9, 1e-9, PickMode.REPLACE);
        assertEquals(RowSelection.of(a), model.pickedProperty().get());
        model.pickNear(cluster.x(1), cluster.y(1), 1e-9, 1e-9, PickMode.ADD);
        assertEquals(RowSelection.of(a, b), model.pickedProperty().get());
        model.pickNear(cluster.x(0), cluster.y(0), 1e-9, 1e-9, PickMode.TOGGLE);
        assertEquals(RowSelection.of(b), model.pickedProperty().get());
        assertEquals(1, model.pickedPointsProperty().get().size());
        model.pickNear(1000, 1000, 1e-3, 1e-3, PickMode.REPLACE);
        assertTrue(model.pickedProperty().get().isEmpty(), "a click on nothing picks nothing");
    }

    @Test
    void theRowTableCanPickAndListOnlyThePickedRows() {
        trainOnIris();
        model.setPicked(10, true);
        model.setPicked(20, true);
        model.setPicked(10, false);
        assertEquals(RowSelection.of(20), model.pickedProperty().get());
        assertEquals("20", model.pickTextProperty().get(), "the typed ids follow the pick");

        model.onlyPickedProperty().set(true);
        assertEquals(List.of(20), model.tableRows().stream().map(RowEntry::rowId).toList());
    }

    @Test
    void aLargePickIsPlannedInTheBackground() {
        open("digits_8x8.csv", "target");
        train(Family.QKMEANS);
        model.pickInside(-1000, -1000, 1000, 0, PickMode.REPLACE);
        int picked = model.pickedProperty().get().size();
        assertTrue(picked > ForgetViewModel.INLINE_PLAN_ROWS, "picked " + picked);

        assertTrue(work.titles().contains("Plan forgetting " + String.format(java.util.Locale.ROOT, "%,d rows", picked)),
                work.titles().toString());
        assertNotNull(model.planProperty().get(), model.planStatusProperty().get());
        assertFalse(model.planningProperty().get());
    }

    @Test
    void withoutAClassLabelKIsEightAndTheTableShowsWhatTheLabelHolds() {
        open("penguins.csv", "species");
        data.changeRole("species", org.unlearn.model.data.ColumnRole.IGNORED);
        assertEquals("8", model.form().kProperty().get());
        train(Family.QKMEANS);
        assertEquals(8, model.currentProperty().get().k());
        assertEquals("", model.tableRows().get(0).label(), "no label column, nothing to show");

        data.changeRole("body_mass_g", org.unlearn.model.data.ColumnRole.LABEL);
        assertEquals("8", model.form().kProperty().get(), "a numeric label has no classes to count");
        train(Family.LLOYD);
        assertEquals("3750", model.tableRows().get(0).label(), "penguin 1 weighs 3750 g");
    }

    @Test
    void openingAnotherDatasetStartsOver() {
        trainOnIris();
        pick("5");
        model.forget();

        open("digits_8x8.csv", "target");

        assertNull(model.currentProperty().get());
        assertTrue(model.history().isEmpty());
        assertNull(model.reportProperty().get());
        assertEquals("10", model.form().kProperty().get());
        assertFalse(model.forgetExecutableProperty().get());
        assertTrue(model.noticeProperty().get().startsWith("The dataset changed"), model.noticeProperty().get());
        train(Family.QKMEANS);
        assertEquals("", model.noticeProperty().get());
    }
}
