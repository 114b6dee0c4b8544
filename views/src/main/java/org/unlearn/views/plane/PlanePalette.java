package org.unlearn.views.plane;

import org.unlearn.views.common.Theme;

/**
 * The plane's own colours (0xRRGGBB) beside the groups' palette, shared by the painter and the legend, in
 * the light or the dark theme.
 */
final class PlanePalette {
    private static volatile boolean dark;

    private PlanePalette() {}

    /** Follows the app's theme; the plane repaints itself after. */
    static void use(Theme theme) {
        dark = theme == Theme.DARK;
    }

    /** The plot's background. */
    static int background() {
        return dark ? 0x1B1E23 : 0xFFFFFF;
    }

    /** Strong ink: picked rows' rings, centroids' edges, axis text. */
    static int ink() {
        return dark ? 0xE4E7EB : 0x1F2933;
    }

    /** Forgotten rows' outlines. */
    static int ghost() {
        return dark ? 0x9AA5B1 : 0x7B8794;
    }

    /** Rows without a group in the grouping shown. */
    static int ungrouped() {
        return dark ? 0x5D6B79 : 0xB8C0C8;
    }

    static int grid() {
        return dark ? 0x353A42 : 0xE6E8EB;
    }

    static int axis() {
        return dark ? 0x6B7785 : 0x9AA5B1;
    }

    static int text() {
        return dark ? 0xC5CCD3 : 0x3E4C59;
    }

    /** What a step of the step-through points at (a centroid that changes its grid cell): orange, in both themes. */
    static int highlight() {
        return dark ? 0xFFA040 : 0xD55E00;
    }

    /** Lines joining a centroid before to where it is now. */
    static int link() {
        return dark ? 0xA7B0BA : 0x52606D;
    }
}
