package org.unlearn.views.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Walkthrough;

/**
 * The shards a request's step grid draws. Docked under the forget view the grid has some 90 px: ten shards
 * of cells did not fit, and the rows scrolled out of sight were the ones the step was about. With many shards
 * it draws the shards the request touches (a cell marked in any of its steps, so the grid keeps its shape
 * from step to step) and names the others in one line.
 *
 * @param drawn  the shards drawn, 0-based, in order
 * @param folded the line naming the shards not drawn, empty when every shard is drawn
 */
record GridRows(List<Integer> drawn, String folded) {
    /** Up to this many shards every one is drawn: they fit. */
    static final int ALL_UP_TO = 6;

    GridRows {
        drawn = List.copyOf(drawn);
    }

    static GridRows of(Walkthrough walkthrough) {
        int shards = 0;
        TreeSet<Integer> touched = new TreeSet<>();
        for (Step step : walkthrough.steps()) {
            if (step.grid() != null) {
                shards = Math.max(shards, step.grid().shards());
                step.grid().cells().forEach(c -> touched.add(c.shard()));
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            all.add(shard);
        }
        if (shards <= ALL_UP_TO || touched.size() >= shards) {
            return new GridRows(all, "");
        }
        List<Integer> others = new ArrayList<>(all);
        others.removeAll(touched);
        return new GridRows(
                List.copyOf(touched),
                (others.size() == 1 ? "Shard " : "Shards ") + ranges(others)
                        + ": no forgotten row, not touched by this request");
    }

    /** [0, 1, 2, 4, 6, 7] → "1–3, 5, 7–8" (1-based, as the window names shards). */
    static String ranges(List<Integer> shards) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shards.size(); ) {
            int j = i;
            while (j + 1 < shards.size() && shards.get(j + 1) == shards.get(j) + 1) {
                j++;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(shards.get(i) + 1);
            if (j > i) {
                out.append(j == i + 1 ? ", " : "–").append(shards.get(j) + 1);
            }
            i = j + 1;
        }
        return out.toString();
    }
}
