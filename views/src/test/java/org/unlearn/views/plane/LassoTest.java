package org.unlearn.views.plane;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The lasso's point-in-polygon test, against java.awt's own (even–odd) on shapes a hand draws. */
class LassoTest {
    @Test
    void aSquareHoldsWhatIsInsideIt() {
        Lasso square = new Lasso(new double[] {0, 10, 10, 0}, new double[] {0, 0, 10, 10});
        assertTrue(square.contains(5, 5));
        assertTrue(square.contains(0.001, 9.999));
        assertFalse(square.contains(-0.001, 5));
        assertFalse(square.contains(5, 10.5));
        assertFalse(square.contains(20, 5), "outside the bounding box");
    }

    @Test
    void fewerThanThreeVerticesHoldNothing() {
        assertFalse(new Lasso(new double[] {0, 10}, new double[] {0, 10}).contains(5, 5));
        assertFalse(new Lasso(new double[0], new double[0]).contains(0, 0));
    }

    @Test
    void aSelfCrossingLoopLeavesOutWhatItWrapsTwice() {
        // A bow tie: two triangles meeting at (5, 5); and a loop drawn round twice is the even–odd rule's hole.
        Lasso bowTie = new Lasso(new double[] {0, 10, 10, 0}, new double[] {0, 10, 0, 10});
        assertTrue(bowTie.contains(1, 5));
        assertTrue(bowTie.contains(9, 5));
        assertFalse(bowTie.contains(5, 1));
        assertFalse(bowTie.contains(5, 9));
    }

    @Test
    void aThousandVertexScribbleAgreesWithJavaAwtOnSixtyThousandPoints() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 1000;
        double[] lx = new double[n];
        double[] ly = new double[n];
        for (int i = 0; i < n; i++) {
            // A wobbly star, as a hand draws around a cloud: radius varies, so some edges fold back.
            double angle = 2 * Math.PI * i / n;
            double r = 3 + Math.sin(7 * angle) + 0.4 * random.nextDouble();
            lx[i] = r * Math.cos(angle);
            ly[i] = r * Math.sin(angle);
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        path.moveTo(lx[0], ly[0]);
        for (int i = 1; i < n; i++) {
            path.lineTo(lx[i], ly[i]);
        }
        path.closePath();
        double[] px = random.doubles(60_000, -5, 5).toArray();
        double[] py = random.doubles(60_000, -5, 5).toArray();

        int[] inside = new Lasso(lx, ly).inside(px, py, p -> true);

        int[] expected = IntStream.range(0, px.length)
                .filter(p -> path.contains(px[p], py[p]))
                .toArray();
        assertTrue(expected.length > 10_000, "the scribble holds a good share: " + expected.length);
        assertArrayEquals(expected, inside);
        int[] evenOnly = new Lasso(lx, ly).inside(px, py, p -> p % 2 == 0);
        assertArrayEquals(IntStream.of(expected).filter(p -> p % 2 == 0).toArray(), evenOnly, "only the eligible");
    }

    @Test
    void aRectangleTakesItsCornersInAnyOrder() {
        double[] px = {0, 1, 2, 3};
        double[] py = {0, 1, 2, 3};
        assertArrayEquals(new int[] {1, 2}, Lasso.insideRectangle(2.5, 0.5, 0.5, 2.5, px, py, p -> true));
        assertEquals(0, Lasso.insideRectangle(5, 5, 6, 6, px, py, p -> true).length);
    }
}
