package org.unlearn.views.pick;

/**
 * A model's ranking of the rows it holds, for the "outliers / most influential rows" pick: k-means ranks
 * rows by their distance to their centroid; a linear model or a SISA ensemble can rank them by influence.
 * A family offers one (or none) and the forget view picks the top of it.
 */
public interface RowRanking {
    /** What the rows are ranked by, as the pick's button and message say it ("farthest from their centroid"). */
    String name();

    /** Why the ranking matters, for a tooltip that teaches. */
    String explanation();

    /** The ids of the {@code n} rows ranked highest (all when there are fewer), highest first. */
    int[] top(int n);
}
