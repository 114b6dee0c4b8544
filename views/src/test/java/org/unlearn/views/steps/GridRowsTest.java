package org.unlearn.views.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Walkthrough;
import org.unlearn.model.sisa.Learners;
import org.unlearn.model.sisa.SisaModel;
import org.unlearn.model.sisa.SisaOptions;
import org.unlearn.model.util.Progress;
import org.unlearn.views.TestFiles;

/** The step grid's rows on a real SISA request on penguins: the shards drawn are the ones holding a forgotten row. */
class GridRowsTest {
    private static final TrainingSet PENGUINS = PreparedData.load(
                    TestFiles.sample("penguins.csv"), "species", Encoding.Options.DEFAULT, Progress.NONE)
            .rows();

    @Test
    void drawsTheShardsHoldingAForgottenRowAndNamesTheOthersInOneLine() {
        SisaModel model = SisaModel.fit(
                PENGUINS, SisaOptions.of(10, 5, Learners.byName(Learners.NAMES.get(0))), 42, Progress.NONE);
        int[] rows = {PENGUINS.rowId(5), PENGUINS.rowId(40), PENGUINS.rowId(7)};
        TreeSet<Integer> holding = new TreeSet<>();
        for (int id : rows) {
            holding.add(model.shardOf(id));
        }
        assertTrue(holding.size() < 10, "the request leaves some shard alone, as this test needs: " + holding);

        GridRows grid =
                GridRows.of(Walkthrough.of(model.forget(rows, Progress.NONE).report()));

        assertEquals(List.copyOf(holding), grid.drawn(), "measured with the model's own shardOf");
        List<Integer> others = new ArrayList<>();
        for (int shard = 0; shard < 10; shard++) {
            if (!holding.contains(shard)) {
                others.add(shard);
            }
        }
        assertEquals(
                "Shards " + GridRows.ranges(others) + ": no forgotten row, not touched by this request", grid.folded());
        TreeSet<Integer> named = named(GridRows.ranges(others));
        others.replaceAll(shard -> shard + 1);
        assertEquals(new TreeSet<>(others), named, "the line names every shard not drawn, and only those");
    }

    @Test
    void fewShardsAreAllDrawnAndRangesReadAsTheWindowNamesShards() {
        SisaModel model = SisaModel.fit(
                PENGUINS, SisaOptions.of(4, 3, Learners.byName(Learners.NAMES.get(0))), 42, Progress.NONE);
        GridRows grid = GridRows.of(Walkthrough.of(
                model.forget(new int[] {PENGUINS.rowId(5)}, Progress.NONE).report()));
        assertEquals(List.of(0, 1, 2, 3), grid.drawn());
        assertEquals("", grid.folded());
        assertEquals("1–3, 5, 7, 8, 10", GridRows.ranges(List.of(0, 1, 2, 4, 6, 7, 9)));
    }

    /** "1–3, 5" → {1, 2, 3, 5}. */
    private static TreeSet<Integer> named(String ranges) {
        TreeSet<Integer> shards = new TreeSet<>();
        for (String part : ranges.split(", ")) {
            String[] ends = part.split("–");
            int last = Integer.parseInt(ends[ends.length - 1]);
            for (int shard = Integer.parseInt(ends[0]); shard <= last; shard++) {
                shards.add(shard);
            }
        }
        return shards;
    }
}
