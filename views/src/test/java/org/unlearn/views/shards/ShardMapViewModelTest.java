package org.unlearn.views.shards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.unlearn.model.sisa.SisaModel;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetViewModel;

/** The shard map follows the SISA ensemble: its cells' rows, the picked rows' plan, the last request's deletions. */
class ShardMapViewModelTest {
    private final ImmediateWork work = new ImmediateWork();
    private final DataViewModel data = new DataViewModel(work);
    private final ForgetViewModel forget = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
    private final ShardMapViewModel model = new ShardMapViewModel(
            forget.chain().currentProperty(),
            forget.picks().pickedProperty(),
            forget.chain().history());

    private SisaModel trainSisa() {
        data.open(new OpenRequest(TestFiles.sample("penguins.csv"), "species"));
        forget.form().choose("sisa");
        forget.form().option("shards").textProperty().set("4");
        forget.form().option("slices").textProperty().set("3");
        forget.train();
        assertNotNull(forget.chain().currentProperty().get(), () -> "no model: " + work.outcomes());
        return (SisaModel) forget.chain().currentProperty().get().engine();
    }

    @Test
    void thereIsNoMapForAnotherFamily() {
        data.open(new OpenRequest(TestFiles.sample("penguins.csv"), "species"));
        forget.form().choose("qkmeans");
        forget.train();
        assertNull(model.mapProperty().get());
    }

    @Test
    void everyRowTheEnsembleHoldsIsCountedInItsCell() {
        SisaModel sisa = trainSisa();
        ShardMap map = model.mapProperty().get();
        assertEquals(4, map.shards());
        assertEquals(3, map.slices());
        assertEquals(
                sisa.trainingData().size(),
                Arrays.stream(map.counts()).flatMapToInt(Arrays::stream).sum());
        assertEquals(0, ShardMap.count(map.planned()));
        assertEquals(
                "Pick rows to see the cells forgetting them would retrain.",
                model.captionProperty().get());
    }

    @Test
    void pickedRowsTintTheirShardFromTheirSliceOnAndForgettingCrossesThoseCheckpointsOut() {
        SisaModel sisa = trainSisa();
        int row = sisa.trainingData().rowId(10);
        int shard = sisa.shardOf(row);
        int slice = sisa.sliceOf(row);
        forget.picks().pickTextProperty().set(Integer.toString(row));
        forget.picks().pickTyped();

        ShardMap planned = model.mapProperty().get();
        for (int s = 0; s < 4; s++) {
            for (int r = 0; r < 3; r++) {
                assertEquals(s == shard && r >= slice, planned.planned()[s][r], "cell " + s + "," + r);
            }
        }
        assertEquals(1, planned.picked()[shard][slice]);
        assertTrue(
                model.captionProperty()
                        .get()
                        .startsWith("Forgetting the picked rows retrains " + (3 - slice) + " of 12 cells in 1 shard."),
                model.captionProperty().get());

        forget.forget();
        ShardMap after = model.mapProperty().get();
        assertEquals(0, ShardMap.count(after.planned()), "the picked row is gone");
        for (int r = 0; r < 3; r++) {
            assertEquals(r >= slice, after.deleted()[shard][r]);
            assertEquals(r >= slice ? 1 : 0, after.rebuilt()[shard][r], "rebuilt once without the row");
        }
        assertEquals(planned.counts()[shard][slice] - 1, after.counts()[shard][slice]);
        assertFalse(model.captionProperty().get().isEmpty());
    }
}
