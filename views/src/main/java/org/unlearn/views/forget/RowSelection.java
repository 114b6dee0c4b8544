package org.unlearn.views.forget;

import java.util.Arrays;

/** The rows picked for forgetting: distinct row ids, ascending. Immutable; every change makes a new one. */
public final class RowSelection {
    public static final RowSelection EMPTY = new RowSelection(new int[0]);

    private final int[] ids;
    /** The filter expression that chose exactly these rows, or null (any change makes a selection without one). */
    private final String filter;

    private RowSelection(int[] sortedDistinct) {
        this(sortedDistinct, null);
    }

    private RowSelection(int[] sortedDistinct, String filter) {
        this.ids = sortedDistinct;
        this.filter = filter;
    }

    /** These rows, as chosen by a filter expression over the file's columns (a session records it so). */
    public RowSelection chosenBy(String expression) {
        return isEmpty() ? this : new RowSelection(ids, expression);
    }

    /** The filter expression that chose exactly these rows, or null when they were picked otherwise. */
    public String filter() {
        return filter;
    }

    public static RowSelection of(int... rowIds) {
        int[] sorted = rowIds.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == 0 ? EMPTY : new RowSelection(Arrays.copyOf(sorted, n));
    }

    public int size() {
        return ids.length;
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    public boolean contains(int rowId) {
        return Arrays.binarySearch(ids, rowId) >= 0;
    }

    /** The ids, ascending (a copy). */
    public int[] ids() {
        return ids.clone();
    }

    public int id(int i) {
        return ids[i];
    }

    public RowSelection with(int... more) {
        int[] all = Arrays.copyOf(ids, ids.length + more.length);
        System.arraycopy(more, 0, all, ids.length, more.length);
        return of(all);
    }

    public RowSelection without(int... fewer) {
        RowSelection drop = of(fewer);
        return of(Arrays.stream(ids).filter(id -> !drop.contains(id)).toArray());
    }

    /** Picked rows become unpicked and the others picked. */
    public RowSelection toggled(int... rowIds) {
        RowSelection flip = of(rowIds);
        int[] kept = Arrays.stream(ids).filter(id -> !flip.contains(id)).toArray();
        int[] added = Arrays.stream(flip.ids).filter(id -> !contains(id)).toArray();
        int[] all = Arrays.copyOf(kept, kept.length + added.length);
        System.arraycopy(added, 0, all, kept.length, added.length);
        return of(all);
    }

    /** The first {@code n} ids (all of them when there are fewer), for naming a few of a long pick. */
    public RowSelection first(int n) {
        return n >= ids.length ? this : new RowSelection(Arrays.copyOf(ids, n));
    }

    /** The ids with runs folded into ranges, as they can be typed back: "12, 40-45". */
    public String compact() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ids.length) {
            int j = i;
            while (j + 1 < ids.length && ids[j + 1] == ids[j] + 1) {
                j++;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(ids[i]);
            if (j > i) {
                out.append(j == i + 1 ? ", " : "-").append(ids[j]);
            }
            i = j + 1;
        }
        return out.toString();
    }

    /** The ids with runs of three or more read as ranges, for people: ["12", "13", "40–45"]. */
    public java.util.List<String> ranges() {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < ids.length) {
            int j = i;
            while (j + 1 < ids.length && ids[j + 1] == ids[j] + 1) {
                j++;
            }
            if (j >= i + 2) {
                out.add(ids[i] + "–" + ids[j]);
            } else {
                for (int k = i; k <= j; k++) {
                    out.add(Integer.toString(ids[k]));
                }
            }
            i = j + 1;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowSelection s && Arrays.equals(ids, s.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return "rows " + compact();
    }
}
