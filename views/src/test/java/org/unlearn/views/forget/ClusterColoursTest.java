package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.views.common.ClassColours;
import org.unlearn.views.plane.Grouping;
import org.unlearn.views.plane.PlaneContent;
import org.unlearn.views.plane.PlaneMarks;

/** A retrain that numbers its clusters otherwise keeps their colours: each goes in its nearest old cluster's. */
class ClusterColoursTest extends ForgetFixture {
    @Test
    void swappedNumbersKeepTheirColours() {
        double[][] before = {{0, 0}, {10, 0}, {0, 10}};
        double[][] now = {{0.1, 10}, {0, 0.2}, {9.9, 0}};
        assertArrayEquals(new int[] {2, 0, 1}, ClusterColours.matched(before, new int[] {0, 1, 2}, now));
        assertArrayEquals(
                new int[] {0, 2, 1},
                ClusterColours.matched(before, new int[] {2, 1, 0}, now),
                "the colours chain: the old clusters' own colours are passed on, not their numbers");
    }

    @Test
    void aNewClusterTakesAColourNoOtherHas() {
        double[][] before = {{0, 0}, {10, 0}};
        double[][] now = {{10, 0}, {5, 5}, {0, 0}};
        assertArrayEquals(new int[] {1, 2, 0}, ClusterColours.matched(before, new int[] {0, 1}, now));
    }

    @Test
    void forgettingASeedRetrainsAndAClusterThatBarelyMovedKeepsItsColour() {
        open("iris.csv", "target_name");
        train("kmeans");
        int renumbered = 0;
        int stayed = 0;
        for (int request = 0; request < 4; request++) {
            ModelState first = model.chain().currentProperty().get();
            Grouping was = model.picture().pictureProperty().get().grouping("cluster");
            // A k-means++ seed forgotten, the retrain seeds afresh and may number the clusters in another order.
            long[] seeds = ((LloydKMeans) first.fitted().model()).seedRowIds();
            String ids = seeds[request % seeds.length] + ", " + (request * 30 + 7);
            pick(ids);
            model.forget();

            ModelState now = model.chain().currentProperty().get();
            PlaneContent picture = model.picture().pictureProperty().get();
            Grouping clusters = picture.grouping("cluster");
            double[][] old = first.centroids();
            double[][] moved = now.centroids();
            for (int c = 0; c < moved.length; c++) {
                int nearest = nearest(old, moved[c], -1);
                double apart = distance(old[nearest], old[nearest(old, old[nearest], nearest)]);
                if (distance(old[nearest], moved[c]) < 0.1 * apart) {
                    stayed++;
                    renumbered += nearest == c ? 0 : 1;
                    assertEquals(
                            was.colour(nearest),
                            clusters.colour(c),
                            "request " + request + ": cluster " + (c + 1) + " barely moved from cluster "
                                    + (nearest + 1) + ", so it keeps its colour");
                }
            }
            for (RowEntry e : now.entries()) {
                assertEquals(clusters.colour(e.cluster() - 1), ClassColours.rgb(e.colour()), "the table's swatch");
            }
            PlaneMarks rings = picture.marks().get(0);
            assertEquals(ClusterPicture.BEFORE, rings.name());
            for (int i = 0; i < rings.size(); i++) {
                double[] was1 = first.projectedCentroid(first.clusterInColour(now.colourOf(i)));
                assertEquals(
                        List.of(was1[0], was1[1]),
                        List.of(rings.x(i), rings.y(i)),
                        "ring " + i + " is where the centroid in cluster " + (i + 1) + "'s colour was");
            }
        }
        assertTrue(stayed > 0, "some cluster barely moved");
        assertTrue(renumbered > 0, "a retrain numbered a cluster that barely moved otherwise (" + stayed + " stayed)");
    }

    private static int nearest(double[][] points, double[] to, int except) {
        int best = -1;
        for (int i = 0; i < points.length; i++) {
            if (i != except && (best < 0 || distance(points[i], to) < distance(points[best], to))) {
                best = i;
            }
        }
        return best;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(sum);
    }
}
