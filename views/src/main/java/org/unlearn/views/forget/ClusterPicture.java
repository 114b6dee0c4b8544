package org.unlearn.views.forget;

import org.unlearn.model.data.TrainingSet;
import org.unlearn.views.common.Figures;
import org.unlearn.views.data.RowPlane;
import org.unlearn.views.plane.Grouping;
import org.unlearn.views.plane.PlaneContent;
import org.unlearn.views.plane.PlaneMarks;

/**
 * What the plane shows of one model: every row of the dataset at its place on the data view's plane,
 * those the model no longer holds as ghosts, coloured by the model's groupings; its centroids as diamonds,
 * and optionally where they were before the last request (dashed rings joined to where they are now).
 */
final class ClusterPicture {
    static final String FORGOTTEN = "forgotten";
    static final String CENTROIDS = "centroids";
    static final String BEFORE = "centroids before the last request";

    private ClusterPicture() {}

    /** @param before the model before the last request, whose centroids are shown too, or null */
    static PlaneContent of(ModelState state, ModelState before) {
        return of(state, before, java.util.List.of());
    }

    /** @param more marks drawn above all the others (what a step of the step-through points at) */
    static PlaneContent of(ModelState state, ModelState before, java.util.List<PlaneMarks> more) {
        RowPlane plane = state.plane();
        TrainingSet all = plane.rows();
        boolean[] ghost = new boolean[all.size()];
        for (int p = 0; p < ghost.length; p++) {
            ghost[p] = !state.holds(all.rowId(p)) && !state.heldOut(all.rowId(p));
        }
        PlaneContent.Builder content = plane.content()
                .ghosts(ghost, FORGOTTEN)
                .details(p -> state.labels().cells(all.rowId(p)))
                .note(note(all.size(), state.size(), state.fitted().heldOut()));
        for (Grouping g : FamilyLayers.groupings(state)) {
            content.grouping(g);
        }
        if (state.k() == 0) {
            more.forEach(content::marks);
            return content.build();
        }
        PlaneMarks now = centroids(CENTROIDS, PlaneMarks.Shape.DIAMOND, state, state, null);
        if (before != null) {
            // Below the diamonds, joined to them: a ring left alone around its diamond is a centroid that did not move.
            content.marks(centroids(BEFORE, PlaneMarks.Shape.RING, before, state, now));
        }
        content.marks(now);
        more.forEach(content::marks);
        return content.build();
    }

    /**
     * @param state   the model whose centroids these are
     * @param current the model shown: marks are coloured as its clusters are, and mark i of a model before is
     *                the centroid its cluster i matched (same colour), so the line joins a centroid to where
     *                it went, whatever the retrain numbered it
     */
    private static PlaneMarks centroids(
            String name, PlaneMarks.Shape shape, ModelState state, ModelState current, PlaneMarks linkedTo) {
        int k = state.k();
        boolean matched = state != current && k == current.k();
        double[] x = new double[k];
        double[] y = new double[k];
        int[] colour = new int[k];
        String[] labels = new String[k];
        for (int i = 0; i < k; i++) {
            int c = matched ? state.clusterInColour(current.colourOf(i)) : i;
            if (c < 0) {
                c = i;
            }
            double[] point = state.projectedCentroid(c);
            x[i] = point[0];
            y[i] = point[1];
            colour[i] = i;
            labels[i] = "centroid " + (c + 1);
        }
        return new PlaneMarks(name, shape, FamilyLayers.BY_CLUSTER, x, y, colour, labels, linkedTo);
    }

    private static String note(int all, int held, TrainingSet heldOut) {
        int testing = heldOut == null ? 0 : heldOut.size();
        int forgotten = all - held - testing;
        String out = testing == 0
                ? (forgotten == 0
                        ? "all " + Figures.rows(all)
                        : Figures.count(held) + " of " + Figures.rows(all) + " held")
                : Figures.count(held) + " of " + Figures.rows(all) + " trained on, " + Figures.count(testing)
                        + " held out to score the model";
        return forgotten == 0 ? out : out + "; " + Figures.count(forgotten) + " forgotten, drawn as ghost outlines";
    }
}
