package org.unlearn.views.plane;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plane's zoom and pan as transforms between the data and the canvas' pixels. */
class PlaneViewportTest {
    private static final double EPS = 1e-9;
    private final PlaneViewport home = PlaneViewport.fit(new double[] {-2, 6, -1, 3}, 882, 462);

    @Test
    void theDataRangeFillsThePlotAreaInsideTheMarginsWithYUp() {
        assertEquals(PlaneViewport.MARGIN_LEFT, home.screenX(-2), EPS);
        assertEquals(882 - PlaneViewport.MARGIN_RIGHT, home.screenX(6), EPS);
        assertEquals(PlaneViewport.MARGIN_TOP, home.screenY(3), EPS, "the top of the range is at the top");
        assertEquals(462 - PlaneViewport.MARGIN_BOTTOM, home.screenY(-1), EPS);
        assertEquals(1.5, home.dataX(home.screenX(1.5)), EPS);
        assertEquals(-0.25, home.dataY(home.screenY(-0.25)), EPS);
    }

    @Test
    void zoomingKeepsThePointUnderTheCursorUnderIt() {
        double px = 300;
        double py = 120;
        double x = home.dataX(px);
        double y = home.dataY(py);

        PlaneViewport in = home.zoomedAt(4, px, py);

        assertEquals(x, in.dataX(px), EPS);
        assertEquals(y, in.dataY(py), EPS);
        assertEquals(2, in.maxX() - in.minX(), EPS, "four times in: a quarter of the range");
        assertEquals(1, in.maxY() - in.minY(), EPS);
        PlaneViewport back = in.zoomedAt(0.25, px, py);
        assertArrayEquals(
                new double[] {-2, 6, -1, 3}, new double[] {back.minX(), back.maxX(), back.minY(), back.maxY()}, EPS);
        assertEquals(4, in.zoomAgainst(8), EPS);
    }

    @Test
    void panningMovesTheDataWithTheMouse() {
        double before = home.screenX(1);
        PlaneViewport moved = home.panned(40, -25);
        assertEquals(before + 40, moved.screenX(1), EPS);
        assertEquals(home.screenY(2) - 25, moved.screenY(2), EPS);
        assertEquals(home.maxX() - home.minX(), moved.maxX() - moved.minX(), EPS, "panning does not zoom");
    }

    @Test
    void resizingKeepsTheRangeAndAnEmptyRangeIsRefused() {
        PlaneViewport wider = home.zoomedAt(2, 100, 100).resized(1200, 700);
        assertEquals(1200 - PlaneViewport.MARGIN_LEFT - PlaneViewport.MARGIN_RIGHT, wider.width(), EPS);
        assertEquals(home.zoomedAt(2, 100, 100).minX(), wider.minX(), EPS);
        assertThrows(IllegalArgumentException.class, () -> PlaneViewport.fit(new double[] {1, 1, 0, 1}, 100, 100));
    }

    @Test
    void ticksAreRoundAndReadDifferently() {
        AxisTicks ticks = AxisTicks.of(-2.99, 4.01, 6);
        assertEquals(List.of("−2", "0", "2", "4"), List.of(ticks.labels()));
        AxisTicks fine = AxisTicks.of(0.0012, 0.0031, 5);
        assertEquals(List.of("0.0015", "0.0020", "0.0025", "0.0030"), List.of(fine.labels()));
        assertEquals(
                List.of("−0.5", "0.0", "0.5"),
                List.of(AxisTicks.of(-0.6, 0.6, 4).labels()),
                "one number of decimals on an axis");
        assertEquals(0, AxisTicks.of(1, 1, 5).size());
    }
}
