package org.unlearn.views.plane;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * What the plane draws: every row as a point (x, y, row id by position), the groupings it can be
 * coloured by, which rows are ghosts (forgotten: drawn as faint outlines, never picked), marks above the
 * rows (centroids), the axis titles, a note on what is drawn, and the rows' own values for the hover text.
 * Its home bounds cover every point, ghosts included, and every mark, so forgetting rows never rescales the
 * picture and a moved centroid is seen to move. Immutable; made with {@link #builder}.
 */
public final class PlaneContent {
    /** Encoded features are standardized, so components vary on the order of one; a smaller range is noise. */
    static final double MIN_RANGE = 1.0;

    private static final double MARGIN = 0.04;

    private final double[] x;
    private final double[] y;
    private final int[] rowIds;
    private final String xTitle;
    private final String yTitle;
    private final List<Grouping> groupings;
    private final boolean[] ghost;
    private final int ghostCount;
    private final String ghostName;
    private final List<PlaneMarks> marks;
    private final String note;
    private final IntFunction<List<String>> details;
    private final double[] home;

    private PlaneContent(Builder b) {
        this.x = b.x;
        this.y = b.y;
        this.rowIds = b.rowIds;
        this.xTitle = b.xTitle;
        this.yTitle = b.yTitle;
        this.groupings = List.copyOf(b.groupings);
        this.ghost = b.ghost;
        int ghosts = 0;
        for (boolean g : ghost) {
            ghosts += g ? 1 : 0;
        }
        this.ghostCount = ghosts;
        this.ghostName = b.ghostName;
        this.marks = List.copyOf(b.marks);
        this.note = b.note;
        this.details = b.details;
        this.home = homeBounds();
    }

    /**
     * @param x      the points' first coordinates, by position (taken as they are, never modified)
     * @param y      their second coordinates
     * @param rowIds the row each point stands for
     */
    public static Builder builder(double[] x, double[] y, int[] rowIds) {
        return new Builder(x, y, rowIds);
    }

    public int size() {
        return x.length;
    }

    public double x(int position) {
        return x[position];
    }

    public double y(int position) {
        return y[position];
    }

    /** The first coordinates by position, shared (not to be modified): for the plane's own loops. */
    double[] xs() {
        return x;
    }

    double[] ys() {
        return y;
    }

    public int rowId(int position) {
        return rowIds[position];
    }

    /** The position of a row, or -1 when it is not on the plane. */
    public int positionOf(int rowId) {
        // Row ids ascend with position on every plane made from a training set; fall back to a scan otherwise.
        int found = Arrays.binarySearch(rowIds, rowId);
        if (found >= 0 && rowIds[found] == rowId) {
            return found;
        }
        for (int p = 0; p < rowIds.length; p++) {
            if (rowIds[p] == rowId) {
                return p;
            }
        }
        return -1;
    }

    public String xTitle() {
        return xTitle;
    }

    public String yTitle() {
        return yTitle;
    }

    /** The ways the points can be coloured, the first the default; never empty. */
    public List<Grouping> groupings() {
        return groupings;
    }

    /** The grouping of that name, or null. */
    public Grouping grouping(String name) {
        return groupings.stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
    }

    /** Whether the row at a position is a ghost: forgotten, drawn as a faint outline, never picked. */
    public boolean isGhost(int position) {
        return ghost[position];
    }

    public int ghostCount() {
        return ghostCount;
    }

    /** What the ghosts are, as the legend and the hover text say it ("forgotten"). */
    public String ghostName() {
        return ghostName;
    }

    public List<PlaneMarks> marks() {
        return marks;
    }

    /** What is drawn, in one line ("all 344 rows; 1 row forgotten, drawn as a ghost outline"). */
    public String note() {
        return note;
    }

    /** The row's own values at a position, one "column: value" line each, for the hover text. */
    public List<String> details(int position) {
        return details.apply(position);
    }

    /** {minX, maxX, minY, maxY}: every point and mark with a margin, at least {@link #MIN_RANGE} wide. */
    public double[] homeBounds() {
        if (home != null) {
            return home.clone();
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < x.length; p++) {
            minX = Math.min(minX, x[p]);
            maxX = Math.max(maxX, x[p]);
            minY = Math.min(minY, y[p]);
            maxY = Math.max(maxY, y[p]);
        }
        for (PlaneMarks m : marks) {
            for (int i = 0; i < m.size(); i++) {
                minX = Math.min(minX, m.x(i));
                maxX = Math.max(maxX, m.x(i));
                minY = Math.min(minY, m.y(i));
                maxY = Math.max(maxY, m.y(i));
            }
        }
        double[] xs = padded(minX, maxX);
        double[] ys = padded(minY, maxY);
        return new double[] {xs[0], xs[1], ys[0], ys[1]};
    }

    private static double[] padded(double min, double max) {
        if (!(min <= max)) {
            return new double[] {-MIN_RANGE, MIN_RANGE};
        }
        double range = Math.max(MIN_RANGE, max - min);
        double middle = (min + max) / 2;
        double half = range * (0.5 + MARGIN);
        return new double[] {middle - half, middle + half};
    }

    /** Collects what a plane draws; only the points are required. */
    public static final class Builder {
        private final double[] x;
        private final double[] y;
        private final int[] rowIds;
        private String xTitle = "x";
        private String yTitle = "y";
        private final List<Grouping> groupings = new ArrayList<>();
        private boolean[] ghost;
        private String ghostName = "forgotten";
        private final List<PlaneMarks> marks = new ArrayList<>();
        private String note = "";
        private IntFunction<List<String>> details = p -> List.of();

        private Builder(double[] x, double[] y, int[] rowIds) {
            if (x.length != y.length || x.length != rowIds.length) {
                throw new IllegalArgumentException("x, y and row ids differ in length");
            }
            this.x = x;
            this.y = y;
            this.rowIds = rowIds;
            this.ghost = new boolean[x.length];
        }

        public Builder axes(String xTitle, String yTitle) {
            this.xTitle = Objects.requireNonNull(xTitle);
            this.yTitle = Objects.requireNonNull(yTitle);
            return this;
        }

        /** Adds a way to colour the points; the first added is the default. */
        public Builder grouping(Grouping grouping) {
            if (grouping(grouping.name()) != null) {
                throw new IllegalArgumentException("two groupings named " + grouping.name());
            }
            groupings.add(grouping);
            return this;
        }

        private Grouping grouping(String name) {
            return groupings.stream()
                    .filter(g -> g.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }

        /**
         * @param ghost whether the row at each position is a ghost (taken as it is, never modified)
         * @param name  what the ghosts are ("forgotten")
         */
        public Builder ghosts(boolean[] ghost, String name) {
            if (ghost.length != x.length) {
                throw new IllegalArgumentException("one ghost flag per point");
            }
            this.ghost = ghost;
            this.ghostName = Objects.requireNonNull(name);
            return this;
        }

        public Builder marks(PlaneMarks more) {
            marks.add(more);
            return this;
        }

        public Builder note(String note) {
            this.note = Objects.requireNonNull(note);
            return this;
        }

        /** The row's own values ("column: value" lines) at a position, for the hover text. */
        public Builder details(IntFunction<List<String>> details) {
            this.details = Objects.requireNonNull(details);
            return this;
        }

        public PlaneContent build() {
            if (groupings.isEmpty()) {
                groupings.add(Grouping.single("rows", x.length, "rows"));
            }
            return new PlaneContent(this);
        }
    }
}
