package org.unlearn.views.plane;

/**
 * What picking rows on the plane does: the plane works out which rows a click, a rectangle or a lasso hit
 * (never ghosts) and hands them over with the mode the modifier keys chose; the host keeps the pick and
 * gives it back with {@link PlaneViewModel#showPicked}.
 */
@FunctionalInterface
public interface PlaneSelector {
    /** @param rowIds the rows hit, ascending; empty for a click on nothing (which, replacing, picks nothing) */
    void select(int[] rowIds, PickMode mode);
}
