package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.views.common.Outcome;
import org.unlearn.views.plane.PickMode;
import org.unlearn.views.plane.PlaneContent;

/** The model chain: training, forgetting and checking grow it by success only; another dataset puts it away. */
class ModelChainTest extends ForgetFixture {
    @Test
    void nothingCanBeDoneBeforeADatasetIsOpen() {
        assertFalse(model.chain().trainExecutableProperty().get());
        assertFalse(model.chain().forgetExecutableProperty().get());
        assertFalse(model.chain().verifyExecutableProperty().get());
        assertNull(model.picture().pictureProperty().get());
    }

    @Test
    void trainingDrawsOnTheDataViewsPlaneAndFitsItsOwnOnlyWithoutOne() {
        trainOnIris();
        assertSame(
                data.planeProperty().get(),
                model.chain().currentProperty().get().plane(),
                "the projection is not fitted twice");

        work.cancelJobs(title -> title.startsWith("Project"));
        open("penguins.csv", "species");
        assertNull(data.planeProperty().get());
        train("qkmeans");

        assertEquals(344, model.chain().currentProperty().get().plane().rows().size());
        assertEquals(344, held(model.picture().pictureProperty().get()));
    }

    @Test
    void forgettingMakesTheNewModelCurrentAndGrowsTheHistoryNewestFirst() {
        trainOnIris();
        ModelState trained = model.chain().currentProperty().get();
        pick("2, 40-43");
        assertEquals(
                RowSelection.of(2, 40, 41, 42, 43),
                model.picks().pickedProperty().get());

        model.forget();

        ModelState now = model.chain().currentProperty().get();
        assertEquals(145, now.size());
        for (int id : new int[] {2, 40, 41, 42, 43}) {
            assertFalse(now.holds(id), "row " + id + " is forgotten");
        }
        assertEquals(trained.provenance().id(), now.provenance().parentId());
        assertEquals(
                List.of("#1 Forgot 5 rows (2, 40–43)", "#0 Trained Q-k-means on 150 rows"),
                model.chain().history().stream().map(HistoryEntry::title).toList());
        assertTrue(model.picks().pickedProperty().get().isEmpty(), "the picked rows are gone");
        assertEquals(145, model.table().tableRows().size());
        assertTrue(model.table().tableRows().stream().noneMatch(r -> r.rowId() == 40));
        PlaneContent picture = model.picture().pictureProperty().get();
        assertEquals(150, picture.size(), "every row stays on the plane");
        assertEquals(145, held(picture));
        assertEquals(5, picture.ghostCount());
        for (int id : new int[] {2, 40, 41, 42, 43}) {
            assertTrue(picture.isGhost(picture.positionOf(id)), "row " + id + " is a ghost");
        }
        assertEquals("145 of 150 rows held; 5 forgotten, drawn as ghost outlines", picture.note());
        assertEquals(
                List.of(ClusterPicture.BEFORE, ClusterPicture.CENTROIDS),
                picture.marks().stream().map(m -> m.name()).toList(),
                "the centroids before the request are shown");
        RequestReport report = model.chain().reportProperty().get();
        assertTrue(report.loss().matches("\\d\\.\\d+ → \\d\\.\\d+ \\([−+]\\S+\\)"), report.loss());
        assertTrue(
                report.work().matches("\\S+% of a full training \\([\\d,]+ of [\\d,]+ point-centroid distances\\)"),
                report.work());
        assertTrue(
                model.chain().history().get(0).subtitle().matches("\\w+ · " + WALL_TIME),
                model.chain().history().get(0).subtitle());

        model.picture().showBeforeProperty().set(false);
        assertEquals(
                List.of(ClusterPicture.CENTROIDS),
                model.picture().pictureProperty().get().marks().stream()
                        .map(m -> m.name())
                        .toList());
    }

    @Test
    void checkingAgainstARetrainFromScratchFindsTheSameModel() {
        trainOnIris();
        pick("5");
        model.forget();
        assertTrue(model.chain().verifyExecutableProperty().get());

        model.verify();

        Verification v = model.chain().verificationProperty().get();
        assertTrue(v.identical());
        assertTrue(
                v.text()
                        .matches("Identical to a retrain from scratch \\(retrain took " + WALL_TIME
                                + " — forgetting.+\\)"),
                v.text());
        assertTrue(model.chain().history().get(0).subtitle().endsWith("✓ identical to a retrain"));
        assertSame(v, model.chain().history().get(0).verification());
        assertFalse(model.chain().verifyExecutableProperty().get(), "checked once is enough");
    }

    @Test
    void aHistoryEntryShowsHowItsModelWasMade() {
        trainOnIris();
        String trainedId = model.chain().currentProperty().get().provenance().id();
        pick("5, 9");
        model.forget();
        model.verify();

        model.chain().inspectedProperty().set(model.chain().history().get(0));

        String details = model.chain().inspectedDetailsProperty().get();
        String[] lines = details.split("\n");
        assertEquals("#1 Forgot 2 rows (5, 9)", lines[0]);
        assertTrue(
                lines[1].matches("Model [0-9a-f]{12}, made from " + trainedId + " at \\d\\d:\\d\\d:\\d\\d"), lines[1]);
        assertTrue(details.contains("Forgotten in this request: 5, 9\n"), details);
        assertTrue(details.contains("148 rows held · 2 forgotten since training"), details);
        assertTrue(details.endsWith(model.chain().verificationProperty().get().text()), details);

        model.chain().inspectedProperty().set(model.chain().history().get(1));
        assertTrue(
                model.chain().inspectedDetailsProperty().get().contains(", trained from scratch at "),
                model.chain().inspectedDetailsProperty().get());
        assertTrue(model.chain()
                .inspectedDetailsProperty()
                .get()
                .endsWith("Not yet checked against a retrain from scratch"));
    }

    @Test
    void forgettingEveryRowIsRefusedAndThePickStays() {
        trainOnIris();
        ModelState trained = model.chain().currentProperty().get();
        pickInside(-100, -100, 100, 100, PickMode.REPLACE);
        assertEquals(150, model.picks().pickedProperty().get().size());

        model.forget();

        assertEquals(List.of("iris.csv: 0 rows cannot make 3 clusters"), work.refusals());
        assertSame(trained, model.chain().currentProperty().get());
        assertEquals(150, model.picks().pickedProperty().get().size());
        assertEquals(1, model.chain().history().size());
    }

    @Test
    void aCancelledForgetLeavesTheModelHistoryAndPickAsTheyWere() {
        trainOnIris();
        ModelState trained = model.chain().currentProperty().get();
        pick("5, 6");

        work.cancelJobs(title -> title.startsWith("Forget"));
        model.forget();

        assertInstanceOf(
                Outcome.Cancelled.class, work.outcomes().get(work.outcomes().size() - 1));
        assertSame(trained, model.chain().currentProperty().get());
        assertEquals(RowSelection.of(5, 6), model.picks().pickedProperty().get());
        assertEquals(1, model.chain().history().size());
        assertNull(model.chain().reportProperty().get());
        assertTrue(model.chain().forgetExecutableProperty().get());
    }

    @Test
    void aCancelledTrainingOrCheckLeavesEverythingAsItWas() {
        trainOnIris();
        pick("5");
        model.forget();
        ModelState forgotten = model.chain().currentProperty().get();

        work.cancelJobs(title -> title.startsWith("Train") || title.startsWith("Check"));
        model.form().choose("dckmeans");
        model.train();
        model.verify();

        assertSame(forgotten, model.chain().currentProperty().get());
        assertEquals(2, model.chain().history().size());
        assertNull(model.chain().verificationProperty().get());
        assertTrue(model.chain().verifyExecutableProperty().get());
    }

    @Test
    void openingAnotherDatasetStartsOver() {
        trainOnIris();
        pick("5");
        model.forget();

        open("digits_8x8.csv", "target");

        assertNull(model.chain().currentProperty().get());
        assertTrue(model.chain().history().isEmpty());
        assertNull(model.chain().reportProperty().get());
        assertEquals("10", model.form().option("k").promptProperty().get(), "digits have ten classes");
        assertFalse(model.chain().forgetExecutableProperty().get());
        assertTrue(
                model.chain().noticeProperty().get().startsWith("The dataset changed"),
                model.chain().noticeProperty().get());
        train("qkmeans");
        assertEquals("", model.chain().noticeProperty().get());
    }

    /** The rows of the picture in a cluster: those the model holds. */
    private static int held(PlaneContent picture) {
        org.unlearn.views.plane.Grouping clusters = picture.grouping("cluster");
        int n = 0;
        for (int p = 0; p < picture.size(); p++) {
            n += clusters.groupOf(p) >= 0 ? 1 : 0;
        }
        return n;
    }
}
