package org.unlearn.views.plane;

/** The plane's own colours (0xRRGGBB) beside the groups' palette, shared by the painter and the legend. */
final class PlanePalette {
    /** Dark ink: picked rows' rings, centroids' edges, axis text. */
    static final int INK = 0x1F2933;
    /** Forgotten rows' outlines. */
    static final int GHOST = 0x7B8794;
    /** Rows without a group in the grouping shown. */
    static final int UNGROUPED = 0xB8C0C8;
    static final int GRID = 0xE6E8EB;
    static final int AXIS = 0x9AA5B1;
    static final int TEXT = 0x3E4C59;
    /** Lines joining a centroid before to where it is now. */
    static final int LINK = 0x52606D;

    private PlanePalette() {
    }
}
