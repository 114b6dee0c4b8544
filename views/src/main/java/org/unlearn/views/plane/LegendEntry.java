package org.unlearn.views.plane;

/**
 * One line of the plane's legend: what a swatch means.
 *
 * @param colour the swatch's colour as 0xRRGGBB
 */
public record LegendEntry(Swatch swatch, int colour, String text) {
    /** How the swatch is drawn: as the plane draws what it stands for. */
    public enum Swatch {
        /** A filled dot: rows of a group. */
        DOT,
        /** A faint hollow circle: ghost rows (forgotten). */
        GHOST,
        /** A dark ring on a white halo: picked rows. */
        PICKED,
        /** A filled diamond: centroids. */
        DIAMOND,
        /** A dashed ring: centroids before the last request. */
        RING,
        /** A thick ring in the highlight colour: what a step points at. */
        HALO,
        /** A thin solid ring: what a step looked at, unchanged. */
        CHECKED
    }
}
