package org.unlearn.views.plane;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unlearn.views.common.Figures;

/**
 * The row plane's state, without a node: what is drawn ({@link #show}), how it is coloured, which part is
 * shown (zoom and pan, in pixels of the canvas the view reports with {@link #resize}), the row under the
 * mouse and its hover text, the legend, and — when a {@link PlaneSelector} is given — which rows a click,
 * a rectangle or a lasso picks. Everything is worked out here, so it is tested without a window.
 */
public final class PlaneViewModel {
    /** How near, in pixels, the mouse must be to a point to hover or click it. */
    public static final double HIT_RADIUS = 7;
    /** How far in and out the plane zooms, against its home view. */
    static final double MAX_ZOOM = 5000;

    static final double MIN_ZOOM = 0.5;
    /** Column values shown in the hover text at most; a wide dataset (784 pixels) says how many more. */
    static final int MAX_DETAILS = 12;

    private final PlaneSelector selector;
    private final ReadOnlyObjectWrapper<PlaneContent> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyListWrapper<String> colourChoices =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final StringProperty colourBy = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Grouping> grouping = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlaneViewport> viewport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<int[]> pickedPositions = new ReadOnlyObjectWrapper<>(new int[0]);
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<SelectionTool> tool = new SimpleObjectProperty<>(SelectionTool.LASSO);
    private final ReadOnlyListWrapper<LegendEntry> legend =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper legendTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper selectable;
    private int[] pickedIds = new int[0];
    private double canvasWidth = 600;
    private double canvasHeight = 400;

    /** A plane to look at: zoom, pan and hover, but no picking (the data view's). */
    public PlaneViewModel() {
        this(null);
    }

    /** @param selector what picking rows does, or null for a plane that does not pick */
    public PlaneViewModel(PlaneSelector selector) {
        this.selector = selector;
        this.selectable = new ReadOnlyBooleanWrapper(selector != null);
        colourBy.addListener((o, was, now) -> recolour());
    }

    /**
     * Draws this instead, or nothing (null). The colouring is kept when the new content has a grouping of
     * the same name; the zoom and pan are kept when its home bounds are the same (forgetting rows), else the
     * whole of it is shown.
     */
    public void show(PlaneContent next) {
        PlaneContent previous = content.get();
        hovered.set(-1);
        hoverText.set("");
        if (next == null) {
            content.set(null);
            colourChoices.clear();
            grouping.set(null);
            legend.clear();
            note.set("");
            return;
        }
        boolean sameHome = previous != null && Arrays.equals(previous.homeBounds(), next.homeBounds());
        content.set(next);
        pickedPositions.set(positionsOf(pickedIds));
        colourChoices.setAll(next.groupings().stream().map(Grouping::name).toList());
        if (next.grouping(colourBy.get()) == null) {
            colourBy.set(next.groupings().get(0).name());
        }
        recolour();
        note.set(next.note());
        if (!sameHome || viewport.get() == null) {
            resetView();
        }
    }

    /** Highlights these rows (the host's pick); rows not on the plane are left out. */
    public void showPicked(int[] rowIds) {
        pickedIds = rowIds.clone();
        Arrays.sort(pickedIds);
        pickedPositions.set(positionsOf(pickedIds));
        describeLegend();
        int h = hovered.get();
        if (h >= 0) {
            hoverText.set(describe(h));
        }
    }

    /** The canvas has this size now: the same part of the plane is shown on it. */
    public void resize(double width, double height) {
        canvasWidth = width;
        canvasHeight = height;
        if (viewport.get() != null) {
            viewport.set(viewport.get().resized(width, height));
        } else if (content.get() != null) {
            resetView();
        }
    }

    /** Shows the whole plane again. */
    public void resetView() {
        PlaneContent c = content.get();
        viewport.set(c == null ? null : PlaneViewport.fit(c.homeBounds(), canvasWidth, canvasHeight));
    }

    /** Zooms by a factor (above 1 in) around a pixel of the canvas, within {@link #MIN_ZOOM} … {@link #MAX_ZOOM}. */
    public void zoomAt(double factor, double px, double py) {
        PlaneViewport v = viewport.get();
        if (v == null || !(factor > 0)) {
            return;
        }
        double[] home = content.get().homeBounds();
        double zoom = v.zoomAgainst(home[1] - home[0]);
        double allowed = Math.max(MIN_ZOOM / zoom, Math.min(MAX_ZOOM / zoom, factor));
        viewport.set(v.zoomedAt(allowed, px, py));
    }

    /** Moves the plane with the mouse by so many pixels. */
    public void panBy(double dx, double dy) {
        PlaneViewport v = viewport.get();
        if (v != null) {
            viewport.set(v.panned(dx, dy));
        }
    }

    /** The mouse is at a pixel: the row nearest to it within {@link #HIT_RADIUS}, ghosts too, is hovered. */
    public void hoverAt(double px, double py) {
        int p = nearest(px, py, q -> true);
        if (p != hovered.get()) {
            hovered.set(p);
            hoverText.set(p < 0 ? "" : describe(p));
        }
    }

    /** The mouse has left the plane. */
    public void hoverNone() {
        hovered.set(-1);
        hoverText.set("");
    }

    /** A click at a pixel picks the nearest row still held (not a ghost), or nothing when none is near. */
    public void clickAt(double px, double py, PickMode mode) {
        if (selector == null || content.get() == null) {
            return;
        }
        int p = nearest(px, py, q -> !content.get().isGhost(q));
        selector.select(p < 0 ? new int[0] : new int[] {content.get().rowId(p)}, mode);
    }

    /** Picks every row still held inside a rectangle between two pixels. */
    public void selectRectangle(double px0, double py0, double px1, double py1, PickMode mode) {
        PlaneContent c = content.get();
        PlaneViewport v = viewport.get();
        if (selector == null || c == null) {
            return;
        }
        int[] inside =
                Lasso.insideRectangle(v.dataX(px0), v.dataY(py0), v.dataX(px1), v.dataY(py1), c.xs(), c.ys(), held(c));
        selector.select(rowIds(c, inside), mode);
    }

    /** Picks every row still held inside the loop through these pixels (closed from the last to the first). */
    public void selectLasso(double[] px, double[] py, PickMode mode) {
        PlaneContent c = content.get();
        if (selector == null || c == null) {
            return;
        }
        selector.select(rowIds(c, lassoed(px, py)), mode);
    }

    /** The positions of the rows still held inside the loop through these pixels, ascending. */
    int[] lassoed(double[] px, double[] py) {
        PlaneContent c = content.get();
        PlaneViewport v = viewport.get();
        double[] x = new double[px.length];
        double[] y = new double[py.length];
        for (int i = 0; i < px.length; i++) {
            x[i] = v.dataX(px[i]);
            y[i] = v.dataY(py[i]);
        }
        return new Lasso(x, y).inside(c.xs(), c.ys(), held(c));
    }

    /** Esc: picks nothing. */
    public void clearPick() {
        if (selector != null) {
            selector.select(new int[0], PickMode.REPLACE);
        }
    }

    private static IntPredicate held(PlaneContent c) {
        return c.ghostCount() == 0 ? p -> true : p -> !c.isGhost(p);
    }

    private static int[] rowIds(PlaneContent c, int[] positions) {
        int[] ids = new int[positions.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = c.rowId(positions[i]);
        }
        return ids;
    }

    /** The position nearest to a pixel within the hit radius among those {@code eligible} lets through, or -1. */
    private int nearest(double px, double py, IntPredicate eligible) {
        PlaneContent c = content.get();
        PlaneViewport v = viewport.get();
        if (c == null || v == null || !v.contains(px, py)) {
            return -1;
        }
        double sx = v.width() / (v.maxX() - v.minX());
        double sy = v.height() / (v.maxY() - v.minY());
        double[] x = c.xs();
        double[] y = c.ys();
        int best = -1;
        double bestDistance = HIT_RADIUS * HIT_RADIUS;
        for (int p = 0; p < x.length; p++) {
            double dx = v.left() + (x[p] - v.minX()) * sx - px;
            double dy = v.top() + (v.maxY() - y[p]) * sy - py;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance && eligible.test(p)) {
                best = p;
                bestDistance = d;
            }
        }
        return best;
    }

    private int[] positionsOf(int[] ids) {
        PlaneContent c = content.get();
        if (c == null) {
            return new int[0];
        }
        int[] out = new int[ids.length];
        int n = 0;
        for (int id : ids) {
            int p = c.positionOf(id);
            if (p >= 0) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private void recolour() {
        PlaneContent c = content.get();
        grouping.set(c == null ? null : c.grouping(colourBy.get()));
        describeLegend();
    }

    private void describeLegend() {
        PlaneContent c = content.get();
        Grouping g = grouping.get();
        if (c == null || g == null) {
            legend.clear();
            legendTitle.set("");
            return;
        }
        legendTitle.set("Colour: " + g.name());
        legend.setAll(LegendEntries.of(c, g, pickedPositions.get().length));
    }

    /**
     * The hover text of the row at a position: its id, its groups, whether it is picked, where, and its
     * values. A ghost says only its id and that it was forgotten: a forgotten row's cells, class and
     * place are no longer shown.
     */
    String describe(int p) {
        PlaneContent c = content.get();
        if (c.isGhost(p)) {
            return "row " + c.rowId(p) + " · " + c.ghostName() + "\nits values are no longer shown";
        }
        List<String> lines = new ArrayList<>();
        lines.add("row " + c.rowId(p) + (Arrays.binarySearch(pickedIds, c.rowId(p)) >= 0 ? " · picked" : ""));
        for (Grouping g : c.groupings()) {
            if (g.groupOf(p) >= 0 && !(g.groupCount() == 1 && c.groupings().size() == 1)) {
                lines.add(g.name() + ": " + g.groupName(g.groupOf(p)));
            }
        }
        lines.add(String.format(
                Locale.ROOT,
                "%s %s · %s %s",
                axisName(c.xTitle()),
                Figures.distance(c.x(p)),
                axisName(c.yTitle()),
                Figures.distance(c.y(p))));
        List<String> details = c.details(p);
        lines.addAll(details.subList(0, Math.min(MAX_DETAILS, details.size())));
        if (details.size() > MAX_DETAILS) {
            lines.add("… and " + Figures.count(details.size() - MAX_DETAILS) + " more columns");
        }
        return String.join("\n", lines);
    }

    /** "PC1" of "PC1 (48% of variance)". */
    private static String axisName(String title) {
        int cut = title.indexOf(" (");
        return cut > 0 ? title.substring(0, cut) : title;
    }

    /** What is drawn; null while there is nothing. */
    public ReadOnlyObjectProperty<PlaneContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** The names of the groupings the points can be coloured by. */
    public ObservableList<String> colourChoices() {
        return colourChoices.getReadOnlyProperty();
    }

    /** The name of the grouping that colours the points; the view's choice box edits it. */
    public StringProperty colourByProperty() {
        return colourBy;
    }

    /** The grouping that colours the points; null while nothing is drawn. */
    public ReadOnlyObjectProperty<Grouping> groupingProperty() {
        return grouping.getReadOnlyProperty();
    }

    /** Which part of the plane is shown where; null while nothing is drawn. */
    public ReadOnlyObjectProperty<PlaneViewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** The positions of the picked rows on the plane, ascending (the array is not to be modified). */
    public ReadOnlyObjectProperty<int[]> pickedPositionsProperty() {
        return pickedPositions.getReadOnlyProperty();
    }

    /** The position of the row under the mouse, or -1. */
    public ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The hovered row's id, groups and values, one per line; empty when no row is hovered. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** What a left drag draws; the view's toggle edits it. */
    public ObjectProperty<SelectionTool> toolProperty() {
        return tool;
    }

    /** What the colours and marks mean. */
    public ObservableList<LegendEntry> legend() {
        return legend.getReadOnlyProperty();
    }

    /** "Colour: cluster". */
    public ReadOnlyStringProperty legendTitleProperty() {
        return legendTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Whether rows can be picked on this plane. */
    public ReadOnlyBooleanProperty selectableProperty() {
        return selectable.getReadOnlyProperty();
    }
}
