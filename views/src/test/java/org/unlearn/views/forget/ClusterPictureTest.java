package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.views.common.PointSeries;

/** The picture of the current model: its clusters, centroids, picked rows and what it says it draws. */
class ClusterPictureTest extends ForgetFixture {
    @Test
    void trainingShowsTheClustersCentroidsRowsAndTheTrainingInTheHistory() {
        open("penguins.csv", "species");
        List<PointSeries> pickedWhenDrawn = new ArrayList<>();
        model.picture().pictureProperty().addListener((o, was, now) ->
                pickedWhenDrawn.add(model.picture().pickedPointsProperty().get()));
        train(Family.QKMEANS);

        assertEquals(1, pickedWhenDrawn.size());
        assertNotNull(pickedWhenDrawn.get(0), "a new picture finds the picked points ready to draw");

        ModelState state = model.chain().currentProperty().get();
        assertEquals(3, state.k());
        assertEquals(344, state.size());
        ClusterPicture picture = model.picture().pictureProperty().get();
        assertEquals(3, picture.clusters().size());
        assertEquals(344, picture.clusters().stream().mapToInt(PointSeries::size).sum());
        assertEquals(3, picture.centroids().size());
        assertNull(picture.previous(), "nothing was forgotten yet");
        assertEquals("all 344 rows", picture.note());
        assertEquals(344, model.table().tableRows().size());
        assertEquals(List.of("#0 Trained Q-k-means on 344 rows"),
                model.chain().history().stream().map(HistoryEntry::title).toList());
        assertTrue(model.chain().modelTitleProperty().get().startsWith("Q-k-means · k = 3, at most 300 iterations,"
                + " tolerance 0.0001, ε = 0.05, γ = 0.2 · seed 42"), model.chain().modelTitleProperty().get());
        assertTrue(model.chain().modelFactsProperty().get().contains("k-means++ seeds: rows 15, 118, 157"),
                model.chain().modelFactsProperty().get());
        assertFalse(model.chain().verifyExecutableProperty().get(), "nothing forgotten, nothing to check");
        RowEntry first = model.table().tableRows().get(0);
        assertEquals(1, first.rowId());
        assertEquals("Adelie", first.label());
        assertEquals(state.clusterOf(1) + 1, first.cluster());
    }

    @Test
    void aPickRingsItsRowsOnThePictureWithoutDrawingThePictureAgain() {
        trainOnIris();
        ClusterPicture picture = model.picture().pictureProperty().get();

        pick("5, 9");

        PointSeries picked = model.picture().pickedPointsProperty().get();
        assertEquals(2, picked.size());
        assertEquals(List.of(5, 9), List.of(picked.rowId(0), picked.rowId(1)));
        ModelState state = model.chain().currentProperty().get();
        int five = state.plane().positionOf(5);
        assertEquals(state.plane().x(five), picked.x(0));
        assertEquals(state.plane().y(five), picked.y(0));
        assertSame(picture, model.picture().pictureProperty().get(), "a new pick changes the picked points alone");

        model.forget();
        assertEquals(0, model.picture().pickedPointsProperty().get().size(), "the forgotten rows are picked no more");
        assertNotNull(model.picture().pictureProperty().get().previous());
    }
}
