package org.unlearn.views.forget;

/**
 * One row of the current model, for the row table.
 *
 * @param cluster the nearest centroid, counted from 1 as the engine's messages count them; for a classifier,
 *                the predicted class's index plus 1
 * @param group   what the group column shows: the cluster's number, or the predicted class's name
 * @param note    what the family knows about the row ("k-means++ seed", "leaf 5"), or empty
 * @param colour  the palette index of the group's colour, as the plane draws it (clusters keep their colour
 *                across a retrain that renumbers them)
 */
public record RowEntry(int rowId, String label, int cluster, String group, String note, int colour) {
    public RowEntry(int rowId, String label, int cluster, String group, String note) {
        this(rowId, label, cluster, group, note, cluster - 1);
    }
}
