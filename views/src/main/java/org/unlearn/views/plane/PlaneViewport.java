package org.unlearn.views.plane;

/**
 * Which part of the plane is shown, and where: the data range [minX, maxX] × [minY, maxY] mapped onto the
 * plot area of the canvas (left, top, width, height, in pixels; y grows upwards on the plane, downwards on
 * the screen). Zooming and panning make new viewports; nothing here knows about nodes.
 */
public record PlaneViewport(
        double minX, double maxX, double minY, double maxY, double left, double top, double width, double height) {
    /** Room around the plot area for the tick labels and the axis titles, in pixels. */
    public static final double MARGIN_LEFT = 66;

    public static final double MARGIN_BOTTOM = 50;
    public static final double MARGIN_TOP = 12;
    public static final double MARGIN_RIGHT = 16;

    public PlaneViewport {
        if (!(maxX > minX) || !(maxY > minY)) {
            throw new IllegalArgumentException("an empty data range: " + minX + "…" + maxX + " × " + minY + "…" + maxY);
        }
        width = Math.max(1, width);
        height = Math.max(1, height);
    }

    /** The data range {minX, maxX, minY, maxY} on the plot area of a canvas of that size, inside the margins. */
    public static PlaneViewport fit(double[] bounds, double canvasWidth, double canvasHeight) {
        return new PlaneViewport(
                bounds[0],
                bounds[1],
                bounds[2],
                bounds[3],
                MARGIN_LEFT,
                MARGIN_TOP,
                canvasWidth - MARGIN_LEFT - MARGIN_RIGHT,
                canvasHeight - MARGIN_TOP - MARGIN_BOTTOM);
    }

    /** The same data range on a canvas of another size. */
    public PlaneViewport resized(double canvasWidth, double canvasHeight) {
        return fit(new double[] {minX, maxX, minY, maxY}, canvasWidth, canvasHeight);
    }

    public double screenX(double x) {
        return left + (x - minX) / (maxX - minX) * width;
    }

    public double screenY(double y) {
        return top + (maxY - y) / (maxY - minY) * height;
    }

    public double dataX(double px) {
        return minX + (px - left) / width * (maxX - minX);
    }

    public double dataY(double py) {
        return maxY - (py - top) / height * (maxY - minY);
    }

    /** Whether a pixel of the canvas is in the plot area. */
    public boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /**
     * Zoomed in by a factor (above 1 in, below 1 out) around a pixel: the data point under it stays under it.
     */
    public PlaneViewport zoomedAt(double factor, double px, double py) {
        double x = dataX(px);
        double y = dataY(py);
        return new PlaneViewport(
                x - (x - minX) / factor,
                x + (maxX - x) / factor,
                y - (y - minY) / factor,
                y + (maxY - y) / factor,
                left,
                top,
                width,
                height);
    }

    /** Moved with the mouse: what was at a pixel is {@code dx}, {@code dy} pixels further right and down. */
    public PlaneViewport panned(double dx, double dy) {
        double shiftX = dx / width * (maxX - minX);
        double shiftY = dy / height * (maxY - minY);
        return new PlaneViewport(minX - shiftX, maxX - shiftX, minY + shiftY, maxY + shiftY, left, top, width, height);
    }

    /** How many times narrower the shown x range is than a range of that width (the zoom against home). */
    public double zoomAgainst(double homeWidth) {
        return homeWidth / (maxX - minX);
    }
}
