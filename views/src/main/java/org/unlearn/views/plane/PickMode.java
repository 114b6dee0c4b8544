package org.unlearn.views.plane;

/** How a click, a lasso or a rectangle on the plane (or a selection tool) changes the picked rows. */
public enum PickMode {
    /** The rows hit become the pick (a plain click, lasso or rectangle). */
    REPLACE,
    /** The rows hit join the pick (Shift). */
    ADD,
    /** The rows hit change sides: picked ones are unpicked, the others picked (Ctrl or ⌘). */
    TOGGLE
}
