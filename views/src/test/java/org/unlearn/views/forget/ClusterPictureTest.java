package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.views.plane.Grouping;
import org.unlearn.views.plane.LegendEntry;
import org.unlearn.views.plane.PlaneContent;
import org.unlearn.views.plane.PlaneMarks;
import org.unlearn.views.plane.PlaneViewModel;

/** The picture of the current model on the plane: its clusters, centroids, ghosts, picked rows and legend. */
class ClusterPictureTest extends ForgetFixture {
    @Test
    void trainingShowsTheClustersCentroidsRowsAndTheTrainingInTheHistory() {
        open("penguins.csv", "species");
        train("qkmeans");

        ModelState state = model.chain().currentProperty().get();
        assertEquals(3, state.k());
        assertEquals(344, state.size());
        PlaneContent picture = model.picture().pictureProperty().get();
        assertEquals(344, picture.size());
        assertEquals(0, picture.ghostCount());
        assertEquals(
                List.of("cluster", "class"),
                model.picture().plane().colourChoices(),
                "a k-means model colours by its clusters first, and by the label's classes");
        Grouping clusters = picture.grouping("cluster");
        assertEquals(3, clusters.groupCount());
        for (int p = 0; p < picture.size(); p++) {
            assertEquals(state.clusterOf(picture.rowId(p)), clusters.groupOf(p));
        }
        PlaneMarks centroids = picture.marks().get(0);
        assertEquals(ClusterPicture.CENTROIDS, centroids.name());
        assertEquals(3, centroids.size());
        assertArrayEquals(state.projectedCentroid(1), new double[] {centroids.x(1), centroids.y(1)});
        assertEquals(1, picture.marks().size(), "nothing was forgotten yet");
        assertEquals("all 344 rows", picture.note());
        assertEquals(344, model.table().tableRows().size());
        assertEquals(
                List.of("#0 Trained Q-k-means on 344 rows"),
                model.chain().history().stream().map(HistoryEntry::title).toList());
        assertEquals(
                "Q-k-means · k=3 · seed 42",
                model.chain().modelTitleProperty().get(),
                "the options away from their defaults, as the engine writes them, the data's k filled in");
        assertTrue(
                model.chain().modelFactsProperty().get().contains("; iterations "),
                model.chain().modelFactsProperty().get());
        assertFalse(model.chain().verifyExecutableProperty().get(), "nothing forgotten, nothing to check");
        RowEntry first = model.table().tableRows().get(0);
        assertEquals(1, first.rowId());
        assertEquals("Adelie", first.label());
        assertEquals(state.clusterOf(1) + 1, first.cluster());
    }

    @Test
    void aPickRingsItsRowsWithoutMakingAnotherPictureAndForgettingLeavesThemAsGhosts() {
        trainOnIris();
        PlaneViewModel plane = model.picture().plane();
        PlaneContent picture = model.picture().pictureProperty().get();

        pick("5, 9");

        assertArrayEquals(
                new int[] {picture.positionOf(5), picture.positionOf(9)},
                plane.pickedPositionsProperty().get());
        assertSame(picture, model.picture().pictureProperty().get(), "a new pick changes the picked rows alone");
        assertTrue(
                plane.legend().contains(new LegendEntry(LegendEntry.Swatch.PICKED, 0x1F2933, "picked · 2 rows")),
                plane.legend().toString());

        model.forget();

        assertEquals(0, plane.pickedPositionsProperty().get().length, "the forgotten rows are picked no more");
        PlaneContent after = model.picture().pictureProperty().get();
        assertNotNull(after);
        assertTrue(after.isGhost(after.positionOf(5)) && after.isGhost(after.positionOf(9)));
        assertEquals(2, after.ghostCount());
        assertEquals(-1, after.grouping("cluster").groupOf(after.positionOf(5)), "a ghost is in no cluster");
        assertEquals(0, after.grouping("class").groupOf(after.positionOf(5)), "but it keeps its class (setosa)");
        assertEquals(
                List.of(ClusterPicture.BEFORE, ClusterPicture.CENTROIDS),
                after.marks().stream().map(PlaneMarks::name).toList());
        assertTrue(
                plane.legend()
                        .contains(new LegendEntry(
                                LegendEntry.Swatch.GHOST, 0x7B8794, "forgotten · 2 rows (ghost outlines)")),
                plane.legend().toString());
        assertEquals("Colour: cluster", plane.legendTitleProperty().get());
    }

    @Test
    void colouringByClassKeepsTheChoiceAcrossModelsAndTheLegendSaysSo() {
        trainOnIris();
        PlaneViewModel plane = model.picture().plane();
        plane.colourByProperty().set("class");
        assertEquals("Colour: class", plane.legendTitleProperty().get());
        assertEquals(
                List.of("setosa · 50 rows", "versicolor · 50 rows", "virginica · 50 rows"),
                plane.legend().stream()
                        .filter(e -> e.swatch() == LegendEntry.Swatch.DOT)
                        .map(LegendEntry::text)
                        .toList());

        pick("1-3");
        model.forget();

        assertEquals("class", plane.groupingProperty().get().name(), "the colouring is kept for the next model");
        assertEquals("setosa · 47 rows", plane.legend().get(0).text(), "the legend counts the rows the model holds");
    }
}
