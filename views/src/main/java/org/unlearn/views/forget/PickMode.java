package org.unlearn.views.forget;

/** How a click or a rectangle on the picture changes the picked rows. */
public enum PickMode {
    /** The rows hit become the pick (a plain click or drag). */
    REPLACE,
    /** The rows hit join the pick (Shift). */
    ADD,
    /** The rows hit change sides: picked ones are unpicked, the others picked (Ctrl or ⌘). */
    TOGGLE
}
