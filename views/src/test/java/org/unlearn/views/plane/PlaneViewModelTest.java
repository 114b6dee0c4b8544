package org.unlearn.views.plane;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plane's state without a window: zoom, pan, hover, colour-by, legend and picking in pixels. */
class PlaneViewModelTest {
    /** A 10 × 10 grid of rows at (i, j), ids 1…100, the last column forgotten. */
    private static PlaneContent grid(int columnsForgotten) {
        double[] x = new double[100];
        double[] y = new double[100];
        int[] ids = new int[100];
        boolean[] ghost = new boolean[100];
        for (int p = 0; p < 100; p++) {
            x[p] = p % 10;
            y[p] = p / 10;
            ids[p] = p + 1;
            ghost[p] = p % 10 >= 10 - columnsForgotten;
        }
        return PlaneContent.builder(x, y, ids)
                .axes("PC1 (40% of variance)", "PC2 (20% of variance)")
                .grouping(Grouping.of("half", 100, 2, p -> p % 10 < 5 ? 0 : 1, g -> g == 0 ? "left" : "right"))
                .grouping(Grouping.of("row", 100, 10, p -> p / 10, g -> "row " + g))
                .ghosts(ghost, "forgotten")
                .details(p ->
                        IntStream.range(0, 20).mapToObj(c -> "c" + c + ": " + p).toList())
                .note("a grid")
                .build();
    }

    private final List<int[]> picked = new ArrayList<>();
    private final List<PickMode> modes = new ArrayList<>();
    private PlaneViewModel plane;

    @BeforeEach
    void showAGrid() {
        plane = new PlaneViewModel((ids, mode) -> {
            picked.add(ids);
            modes.add(mode);
        });
        plane.resize(800, 600);
        plane.show(grid(1));
    }

    private double sx(int p) {
        return plane.viewportProperty()
                .get()
                .screenX(plane.contentProperty().get().x(p));
    }

    private double sy(int p) {
        return plane.viewportProperty()
                .get()
                .screenY(plane.contentProperty().get().y(p));
    }

    @Test
    void theWholePlaneIsShownWithAMarginAndTheLegendSaysWhatColoursAndGhostsMean() {
        PlaneViewport v = plane.viewportProperty().get();
        assertTrue(v.minX() < 0 && v.maxX() > 9 && v.minY() < 0 && v.maxY() > 9, v.toString());
        assertEquals(List.of("half", "row"), plane.colourChoices());
        assertEquals("Colour: half", plane.legendTitleProperty().get());
        assertEquals(
                List.of(
                        new LegendEntry(LegendEntry.Swatch.DOT, 0x4E79A7, "left · 50 rows"),
                        new LegendEntry(LegendEntry.Swatch.DOT, 0xF28E2B, "right · 40 rows"),
                        new LegendEntry(
                                LegendEntry.Swatch.GHOST,
                                PlanePalette.ghost(),
                                "forgotten · 10 rows (ghost outlines)")),
                plane.legend());
        assertEquals("a grid", plane.noteProperty().get());
    }

    @Test
    void theWheelZoomsAroundTheCursorWithinLimitsAndResetShowsEverything() {
        PlaneViewport home = plane.viewportProperty().get();
        double px = sx(33);
        double py = sy(33);

        plane.zoomAt(2, px, py);

        assertEquals(3, plane.viewportProperty().get().dataX(px), 1e-9);
        assertEquals(3, plane.viewportProperty().get().dataY(py), 1e-9);
        for (int i = 0; i < 100; i++) {
            plane.zoomAt(10, px, py);
        }
        assertEquals(
                PlaneViewModel.MAX_ZOOM, plane.viewportProperty().get().zoomAgainst(home.maxX() - home.minX()), 1e-6);
        plane.zoomAt(1e-9, px, py);
        assertEquals(
                PlaneViewModel.MIN_ZOOM, plane.viewportProperty().get().zoomAgainst(home.maxX() - home.minX()), 1e-9);
        plane.panBy(30, 10);
        plane.resetView();
        assertEquals(home, plane.viewportProperty().get());
    }

    @Test
    void forgettingKeepsTheZoomAndTheColouringButAnotherPlaneShowsItsWhole() {
        plane.colourByProperty().set("row");
        plane.zoomAt(3, 400, 300);
        PlaneViewport zoomed = plane.viewportProperty().get();

        plane.show(grid(2));

        assertEquals(zoomed, plane.viewportProperty().get(), "the same rows, fewer held: the same view");
        assertEquals("row", plane.groupingProperty().get().name());
        PlaneContent other = PlaneContent.builder(new double[] {0, 100}, new double[] {0, 50}, new int[] {1, 2})
                .build();
        plane.show(other);
        assertNotEquals(zoomed, plane.viewportProperty().get());
        assertEquals("rows", plane.groupingProperty().get().name(), "a colouring it has not got gives way to its own");
    }

    @Test
    void hoveringNamesTheRowItsGroupsWhereItIsAndItsFirstValues() {
        plane.hoverAt(sx(23) + 3, sy(23) - 2);

        assertEquals(23, plane.hoveredProperty().get());
        List<String> lines = plane.hoverTextProperty().get().lines().toList();
        assertEquals(List.of("row 24", "half: left", "row: row 2", "PC1 3 · PC2 2", "c0: 23"), lines.subList(0, 5));
        assertEquals("… and 8 more columns", lines.get(lines.size() - 1), "a wide row is cut short");
        assertEquals(4 + PlaneViewModel.MAX_DETAILS + 1, lines.size());

        plane.hoverAt(sx(9), sy(9));
        assertEquals(
                "row 10 · forgotten\nits values are no longer shown",
                plane.hoverTextProperty().get(),
                "a ghost is hovered too, but shows none of the row's values");
        plane.hoverAt(sx(0) + PlaneViewModel.HIT_RADIUS + 5, sy(0));
        assertEquals(-1, plane.hoveredProperty().get(), "nothing that near");
        assertEquals("", plane.hoverTextProperty().get());
    }

    @Test
    void clicksRectanglesAndLassosHandTheHeldRowsToTheHostWithTheirMode() {
        plane.clickAt(sx(45), sy(45), PickMode.TOGGLE);
        plane.clickAt(sx(49), sy(49), PickMode.REPLACE);
        plane.selectRectangle(sx(0) - 3, sy(0) + 3, sx(12) + 3, sy(12) - 3, PickMode.ADD);
        // A triangle with its corners just outside rows 0, 9 (a ghost) and 90.
        plane.selectLasso(
                new double[] {sx(0) - 4, sx(9) + 20, sx(90) - 4},
                new double[] {sy(0) + 4, sy(9) + 4, sy(90) - 20},
                PickMode.REPLACE);

        assertArrayEquals(new int[] {46}, picked.get(0));
        assertArrayEquals(new int[0], picked.get(1), "the ghost of row 50 is not picked");
        assertArrayEquals(new int[] {1, 2, 3, 11, 12, 13}, picked.get(2));
        int[] triangle = picked.get(3);
        assertTrue(triangle.length > 30, "about half the grid: " + triangle.length);
        for (int id : triangle) {
            int p = id - 1;
            assertTrue(p % 10 + p / 10 <= 9 && p % 10 < 9, "row " + id + " is in the lower left and held");
        }
        assertEquals(List.of(PickMode.TOGGLE, PickMode.REPLACE, PickMode.ADD, PickMode.REPLACE), modes);
    }

    @Test
    void thePickIsHighlightedByPositionAndCountedInTheLegend() {
        plane.showPicked(new int[] {12, 3, 999});
        assertArrayEquals(
                new int[] {2, 11}, plane.pickedPositionsProperty().get(), "rows not on the plane are left out");
        assertTrue(plane.legend()
                .contains(new LegendEntry(LegendEntry.Swatch.PICKED, PlanePalette.ink(), "picked · 2 rows")));
        plane.hoverAt(sx(2), sy(2));
        assertTrue(plane.hoverTextProperty().get().startsWith("row 3 · picked\n"));
        PlaneContent same = plane.contentProperty().get();
        plane.showPicked(new int[0]);
        assertSame(same, plane.contentProperty().get());
        assertEquals(0, plane.pickedPositionsProperty().get().length);
    }

    @Test
    void aPlaneWithoutASelectorPicksNothing() {
        PlaneViewModel look = new PlaneViewModel();
        look.resize(400, 300);
        look.show(grid(0));
        look.clickAt(200, 150, PickMode.REPLACE);
        look.selectLasso(new double[] {0, 400, 0}, new double[] {0, 0, 300}, PickMode.REPLACE);
        assertTrue(!look.selectableProperty().get() && picked.isEmpty());
    }

    @Test
    void aStampBlendsItsColourOverWhatIsThereAndARingLeavesItsMiddle() {
        PointRaster raster = new PointRaster();
        raster.reset(20, 20);
        raster.stamp(PointRaster.Stamp.disc(6), 5, 5, 0xFF0000, 255);
        raster.stamp(PointRaster.Stamp.disc(6), 5, 5, 0x0000FF, 128);
        raster.stamp(PointRaster.Stamp.ring(10, 1.5), 14, 14, 0x00FF00, 255);
        int centre = raster.pixels()[5 * 20 + 5];
        assertEquals(0xFF, centre >>> 24, "opaque");
        assertEquals(127, (centre >> 16) & 0xFF, 1, "half the red left");
        assertEquals(128, centre & 0xFF, 1, "half blue over it");
        assertEquals(0, raster.pixels()[14 * 20 + 14], "a ring is hollow");
        assertEquals(0xFF00FF00, raster.pixels()[14 * 20 + 19], "its line is drawn");
        assertEquals(0, raster.pixels()[0], "nothing far away");
    }
}
