package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.views.plane.PickMode;
import org.unlearn.views.plane.PlaneContent;
import org.unlearn.views.plane.PlaneViewModel;
import org.unlearn.views.plane.PlaneViewport;

/** Picking rows: typed ids, clicks, rectangles and lassos on the plane, the row table, a filter, random, outliers. */
class RowPicksTest extends ForgetFixture {
    @Test
    void typedTextThatIsNotRowIdsIsRefusedAndThePickStays() {
        trainOnIris();
        pick("3");

        pick("3, abc");
        assertEquals(
                "\"abc\" is not a row id", model.picks().pickMessageProperty().get());
        assertTrue(model.picks().pickRefusedProperty().get());
        assertEquals(RowSelection.of(3), model.picks().pickedProperty().get());

        pick("999");
        assertEquals(
                "row 999 is not among the model's rows (forgotten already, or never read; ids run 1–150)",
                model.picks().pickMessageProperty().get());

        pick("148 - 152");
        assertEquals(
                RowSelection.of(148, 149, 150), model.picks().pickedProperty().get());
        assertEquals(
                "2 rows in the typed ranges are not among the model's rows and were left out",
                model.picks().pickMessageProperty().get());
        assertFalse(model.picks().pickRefusedProperty().get());
    }

    @Test
    void clickingOnAPointPicksItShiftAddsCtrlTogglesAndAGhostCannotBePicked() {
        trainOnIris();
        PlaneViewModel plane = model.picture().plane();
        PlaneViewport v = plane.viewportProperty().get();
        PlaneContent c = plane.contentProperty().get();
        int a = loneRow(c, v);
        int b = c.rowId(c.positionOf(a) == 0 ? 1 : 0);
        double ax = v.screenX(c.x(c.positionOf(a)));
        double ay = v.screenY(c.y(c.positionOf(a)));

        plane.clickAt(ax + 2, ay - 2, PickMode.REPLACE);
        assertEquals(RowSelection.of(a), model.picks().pickedProperty().get(), "a click a few pixels off still hits");
        model.picks().pick(new int[] {b}, PickMode.ADD);
        plane.clickAt(ax, ay, PickMode.TOGGLE);
        assertEquals(RowSelection.of(b), model.picks().pickedProperty().get());
        plane.clickAt(ax, ay, PickMode.ADD);
        assertEquals(RowSelection.of(a, b), model.picks().pickedProperty().get());
        plane.clickAt(v.left() + 1, v.top() + 1, PickMode.REPLACE);
        assertTrue(model.picks().pickedProperty().get().isEmpty(), "a click on nothing picks nothing");

        pick(Integer.toString(a));
        model.forget();
        plane.clickAt(ax, ay, PickMode.REPLACE);
        assertTrue(model.picks().pickedProperty().get().isEmpty(), "the ghost of a forgotten row is not picked again");
        plane.hoverAt(ax, ay);
        assertEquals(
                "row " + a + " · forgotten\nits values are no longer shown",
                plane.hoverTextProperty().get(),
                "a forgotten row's cells and class are no longer shown");
    }

    @Test
    void aLassoPicksTheRowsInsideItAndNeverTheGhosts() {
        trainOnIris();
        PlaneViewModel plane = model.picture().plane();
        PlaneViewport v = plane.viewportProperty().get();
        PlaneContent c = plane.contentProperty().get();
        // A triangle over the left half of the picture, in pixels.
        double[] px = {v.left(), v.left() + v.width() / 2, v.left()};
        double[] py = {v.top(), v.top() + v.height() / 2, v.top() + v.height()};

        plane.selectLasso(px, py, PickMode.REPLACE);

        int[] expected = insideTriangle(c, v, px, py);
        assertTrue(expected.length > 10, "the triangle holds rows: " + expected.length);
        assertArrayEquals(expected, model.picks().pickedProperty().get().ids());

        model.forget();
        plane.selectLasso(px, py, PickMode.REPLACE);
        assertTrue(model.picks().pickedProperty().get().isEmpty(), "the rows inside are all ghosts now");
    }

    @Test
    void theRowTableCanPickAndListOnlyThePickedRows() {
        trainOnIris();
        model.picks().setPicked(10, true);
        model.picks().setPicked(20, true);
        model.picks().setPicked(10, false);
        assertEquals(RowSelection.of(20), model.picks().pickedProperty().get());
        assertEquals("20", model.picks().pickTextProperty().get(), "the typed ids follow the pick");

        model.table().onlyPickedProperty().set(true);
        assertEquals(
                List.of(20),
                model.table().tableRows().stream().map(RowEntry::rowId).toList());
    }

    @Test
    void aFilterPicksTheHeldRowsItMatchesAndARefusalSaysWhereInOneLine() {
        open("employee_attrition.csv", "Attrition");
        train("kmeans");
        model.picks().filterProperty().set("Age > 50 and MaritalStatus == \"Single\"");
        model.picks().pickFiltered();

        int[] expected = matching(r -> Integer.parseInt(r[0]) > 50 && r[15].equals("\"Single\""));
        assertTrue(expected.length > 5, "some single employees are over 50: " + expected.length);
        assertArrayEquals(expected, model.picks().pickedProperty().get().ids());
        assertEquals(
                com("%d rows match", expected.length),
                model.picks().pickMessageProperty().get());
        org.junit.jupiter.api.Assertions.assertNotNull(
                model.planner().planProperty().get(),
                "the plan follows the filter's pick: "
                        + model.planner().planStatusProperty().get());

        pick(Integer.toString(expected[0]));
        model.forget();
        model.picks().pickFiltered();
        assertEquals(expected.length - 1, model.picks().pickedProperty().get().size());
        assertEquals(
                com(
                        "%d rows match (1 not among the model's rows: forgotten, or left out for want of a label)",
                        expected.length),
                model.picks().pickMessageProperty().get());

        model.picks().filterProperty().set("Agee > 50");
        model.picks().pickFiltered();
        assertTrue(model.picks().pickRefusedProperty().get());
        assertTrue(
                model.picks()
                        .pickMessageProperty()
                        .get()
                        .startsWith(
                                "filter, column 1: unknown column \"Agee\"; did you mean Age? (columns: Age, Attrition,"),
                model.picks().pickMessageProperty().get());
        assertEquals(
                expected.length - 1, model.picks().pickedProperty().get().size(), "a refused filter keeps the pick");
    }

    @Test
    void randomRowsAreDrawnByKeySoTheSameSeedDrawsTheSameRowsAfterForgetting() {
        trainOnIris();
        model.picks().randomCountProperty().set(12);
        model.picks().randomSeedProperty().set(7);
        model.picks().pickRandom();
        int[] first = model.picks().pickedProperty().get().ids();
        assertEquals(12, first.length);
        assertEquals(
                "12 rows drawn at random, seed 7 (the same seed draws the same rows)",
                model.picks().pickMessageProperty().get());

        model.picks().randomSeedProperty().set(8);
        model.picks().pickRandom();
        assertNotEquals(RowSelection.of(first), model.picks().pickedProperty().get(), "another seed, other rows");

        pick(first[0] + ", " + first[1]);
        model.forget();
        model.picks().randomSeedProperty().set(7);
        model.picks().pickRandom();
        int[] again = model.picks().pickedProperty().get().ids();
        int[] kept = Arrays.copyOfRange(first, 2, first.length);
        assertTrue(
                RowSelection.of(again).with(kept).equals(RowSelection.of(again)),
                "the ten rows that remain of the first draw are drawn again: " + Arrays.toString(again));
        assertEquals(12, again.length);
    }

    @Test
    void outliersAreTheRowsFarthestFromTheirCentroidAndAddingKeepsThePick() {
        trainOnIris();
        ModelState state = model.chain().currentProperty().get();
        TrainingSet rows = state.rows();
        double[][] centroids = state.centroids();
        double[] distance = new double[rows.size()];
        for (int p = 0; p < rows.size(); p++) {
            double[] c = centroids[state.clusterOf(rows.rowId(p))];
            for (int j = 0; j < c.length; j++) {
                distance[p] += (rows.row(p)[j] - c[j]) * (rows.row(p)[j] - c[j]);
            }
        }
        double fifth = Arrays.stream(distance)
                .boxed()
                .sorted((x, y) -> Double.compare(y, x))
                .toList()
                .get(4);
        int[] expected = java.util.stream.IntStream.range(0, rows.size())
                .filter(p -> distance[p] >= fifth)
                .map(rows::rowId)
                .toArray();
        model.picks().topCountProperty().set(5);
        assertEquals(
                "farthest from their centroid",
                model.picks().rankingNameProperty().get());

        pick("1");
        model.picks().toolsAddProperty().set(true);
        model.picks().pickTopRanked();

        assertEquals(
                RowSelection.of(expected).with(1),
                model.picks().pickedProperty().get());
        assertEquals(
                "The 5 rows farthest from their centroid",
                model.picks().pickMessageProperty().get());
    }

    private static String com(String format, int n) {
        return String.format(java.util.Locale.ROOT, format.replace("%d", "%,d"), n);
    }

    /** The row ids of employee_attrition.csv whose raw fields pass the test, read straight from the file. */
    private static int[] matching(java.util.function.Predicate<String[]> test) {
        try {
            List<String> lines =
                    java.nio.file.Files.readAllLines(org.unlearn.views.TestFiles.sample("employee_attrition.csv"));
            return java.util.stream.IntStream.range(1, lines.size())
                    .filter(i -> test.test(lines.get(i).split(",")))
                    .toArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The row farthest on the screen from every other, so a click near it cannot land on a neighbour. */
    static int loneRow(PlaneContent c, PlaneViewport v) {
        int best = -1;
        double bestGap = -1;
        for (int p = 0; p < c.size(); p++) {
            double gap = Double.POSITIVE_INFINITY;
            for (int q = 0; q < c.size(); q++) {
                if (q != p) {
                    gap = Math.min(
                            gap,
                            Math.hypot(v.screenX(c.x(p)) - v.screenX(c.x(q)), v.screenY(c.y(p)) - v.screenY(c.y(q))));
                }
            }
            if (gap > bestGap) {
                bestGap = gap;
                best = c.rowId(p);
            }
        }
        return best;
    }

    /** The row ids inside a triangle of pixels, by java.awt's own polygon test: the oracle for the lasso. */
    static int[] insideTriangle(PlaneContent c, PlaneViewport v, double[] px, double[] py) {
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        path.moveTo(px[0], py[0]);
        for (int i = 1; i < px.length; i++) {
            path.lineTo(px[i], py[i]);
        }
        path.closePath();
        return java.util.stream.IntStream.range(0, c.size())
                .filter(p -> !c.isGhost(p))
                .filter(p -> path.contains(v.screenX(c.x(p)), v.screenY(c.y(p))))
                .map(c::rowId)
                .toArray();
    }
}
