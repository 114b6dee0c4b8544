package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.model.verify.ParameterDistance;
import org.unlearn.views.plane.PickMode;

/** What each family plans before forgetting, and what the forget then reports: the plan is what happens. */
class FamilyPlanAndReportTest extends ForgetFixture {
    /** Iris under Q-k-means, k = 3, seed 42: row 2 is certified, row 5 resumes from iteration 2 of 4, row 15 is a seed. */
    private static final int CERTIFIED_IRIS_ROW = 2;

    private static final int RESUMED_IRIS_ROW = 5;
    private static final int SEED_IRIS_ROW = 15;
    /** Forgetting row 6 resumes from iteration 1 and ends on other centroids. */
    private static final int MOVING_IRIS_ROW = 6;

    @Test
    void aCertifiedPlanIsWhatTheForgetThenReports() {
        trainOnIris();
        pick(Integer.toString(CERTIFIED_IRIS_ROW));

        PlanSummary plan = model.planner().planProperty().get();
        assertTrue(plan.certified(), plan.engine());
        assertEquals("Certified: no centroid moves in any of 4 iterations", plan.headline());
        assertEquals("", plan.engine(), "the engine's line is the headline; it is not repeated");
        assertTrue(plan.work().matches("Predicted work: \\d\\.\\d+% of a full training"), plan.work());

        double[][] centroidsBefore = model.chain().currentProperty().get().centroids();
        model.forget();

        RequestReport report = model.chain().reportProperty().get();
        assertTrue(report.report().certified());
        assertTrue(report.report().exact());
        assertEquals("certified", report.report().method());
        assertEquals(plan.plan().workUnits(), report.report().workUnits(), "the plan predicted the work done");
        assertEquals("Forgot row 2", report.headline());
        assertTrue(report.method().startsWith("certified"), report.method());
        assertEquals("", report.engine(), "the engine's line is the method; it is not repeated");
        assertEquals("yes, by construction (certified)", report.exactness());
        assertEquals("none moved: every centroid is the same, bit for bit", report.centroids());
        assertTrue(report.wallTime().matches(WALL_TIME), report.wallTime());
        assertTrue(java.util.Arrays.deepEquals(
                centroidsBefore, model.chain().currentProperty().get().centroids()));
    }

    @Test
    void aPlanThatResumesIsWhatTheForgetThenReports() {
        trainOnIris();
        pick(Integer.toString(RESUMED_IRIS_ROW));

        PlanSummary plan = model.planner().planProperty().get();
        assertFalse(plan.certified());
        assertTrue(plan.headline().startsWith("Centroid 1 moves in iteration 2 of 4"), plan.headline());

        model.forget();

        ForgetReport report = model.chain().reportProperty().get().report();
        assertFalse(report.certified());
        assertEquals("resume", report.method());
        assertEquals(2, ((QKMeans.Check) report.detail()).resumedAt());
        assertEquals(((QKMeans.Check) plan.plan().detail()).resumedAt(), ((QKMeans.Check) report.detail()).resumedAt());
        // The run changed from iteration 2 on, yet it ends on the same centroids: the report measures, it does not
        // assume.
        assertEquals(
                "none moved: every centroid is the same, bit for bit",
                model.chain().reportProperty().get().centroids());
    }

    @Test
    void centroidsThatMoveAreCountedAndMeasured() {
        trainOnIris();
        double[][] was = model.chain().currentProperty().get().centroids();
        pick(Integer.toString(MOVING_IRIS_ROW));

        model.forget();

        double[][] now = model.chain().currentProperty().get().centroids();
        int moved = 0;
        double farthest = 0;
        for (int c = 0; c < 3; c++) {
            if (!java.util.Arrays.equals(was[c], now[c])) {
                moved++;
                farthest = Math.max(farthest, ParameterDistance.euclidean(was[c], now[c]));
            }
        }
        assertTrue(moved > 0);
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                        "(\\d) of 3 moved; the farthest by (\\S+)" + " \\(in the encoded features' units\\)")
                .matcher(model.chain().reportProperty().get().centroids());
        assertTrue(line.matches(), model.chain().reportProperty().get().centroids());
        assertEquals(moved, Integer.parseInt(line.group(1)));
        assertEquals(farthest, Double.parseDouble(line.group(2)), farthest * 5e-3, "three significant digits");
    }

    @Test
    void forgettingASeedSeedsAgain() {
        trainOnIris();
        pick(Integer.toString(SEED_IRIS_ROW));

        String headline = model.planner().planProperty().get().headline();
        assertTrue(
                headline.startsWith("Row 15 was a k-means++ seed")
                        && headline.contains("retrains from scratch, for as many iterations as it takes"),
                headline);
        // how long the rerun takes to settle is not known before: the work is a range
        String work = model.planner().planProperty().get().work();
        assertTrue(
                work.matches("Predicted work: likely \\S+ of a full training \\(\\S+ to \\S+( a full training)?,"
                        + " as the run settles sooner or later\\)"),
                work);
        model.forget();
        assertEquals("retrain", model.chain().reportProperty().get().report().method());
    }

    @Test
    void dcKMeansPlansTheLeafItReRunsAndMatchesARetrain() {
        open("penguins.csv", "species");
        train("dckmeans");
        DCKMeans dc = (DCKMeans) model.chain().currentProperty().get().model();
        int leaf = dc.leafOf(1);
        int leafRows = dc.leafSizes()[leaf];
        pick("1");

        assertEquals(
                "Re-runs leaf " + (leaf + 1) + " of 16 (" + (leafRows - 1) + " rows) and 1 ancestor",
                model.planner().planProperty().get().headline());
        model.forget();
        assertEquals(
                "re-ran leaf " + (leaf + 1) + " of 16 (" + (leafRows - 1) + " rows) and 1 ancestor",
                model.chain().reportProperty().get().method());
        assertEquals(
                "",
                model.chain().reportProperty().get().engine(),
                "the engine's line is the method; it is not repeated");
        DCKMeans.Rerun rerun =
                (DCKMeans.Rerun) model.chain().reportProperty().get().report().detail();
        assertArrayEquals(new int[] {leaf}, rerun.leaves());
        model.verify();
        assertTrue(model.chain().verificationProperty().get().identical());
    }

    @Test
    void lloydRetrainsFromScratchAndMatchesARetrain() {
        trainOnIris();
        train("kmeans");
        pick("7");

        assertEquals(
                "Retrains from scratch on 149 rows",
                model.planner().planProperty().get().headline());
        assertEquals(
                "Predicted work: 100% of a full training",
                model.planner().planProperty().get().work());
        model.forget();
        assertEquals(
                "retrained from scratch on 149 rows",
                model.chain().reportProperty().get().method());
        model.verify();
        assertTrue(model.chain().verificationProperty().get().identical());
    }

    /** The engine writes its counts with separators, as the view writes its own; the view shows its lines as they are. */
    @Test
    void theEnginesLinesShowTheirCountsWithSeparators() {
        open("digits_8x8.csv", "target");
        train("kmeans");
        pick("7");

        model.forget();

        assertEquals(
                "retrained from scratch on 1,796 rows",
                model.chain().reportProperty().get().method());
    }

    @Test
    void aLargePickIsPlannedInTheBackground() {
        open("digits_8x8.csv", "target");
        train("qkmeans");
        pickInside(-1000, -1000, 1000, 0, PickMode.REPLACE);
        int picked = model.picks().pickedProperty().get().size();
        assertTrue(picked > ForgetPlanner.INLINE_PLAN_ROWS, "picked " + picked);

        assertTrue(
                work.titles().contains("Plan forgetting " + String.format(java.util.Locale.ROOT, "%,d rows", picked)),
                work.titles().toString());
        assertNotNull(
                model.planner().planProperty().get(),
                model.planner().planStatusProperty().get());
        assertFalse(model.planner().planningProperty().get());
    }
}
