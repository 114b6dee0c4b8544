package org.unlearn.model.sisa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Step;
import org.unlearn.model.forget.Step.CellMark;
import org.unlearn.model.forget.Walkthrough;
import org.unlearn.model.util.Progress;

/** A SISA request's steps name exactly the cells the engine found, dropped and rebuilt, on penguins. */
class SisaStepsTest {
    @Test
    void theStepsNameTheCellsTheRequestRetrained() {
        TrainingSet penguins = SisaData.sample("penguins.csv", "species");
        SisaModel model = SisaModel.fit(
                penguins, SisaOptions.of(5, 4, SoftmaxLearner.defaults()).withEpochs(3), 3, Progress.NONE);
        int[] ids = {penguins.rowId(7), penguins.rowId(100), penguins.rowId(250)};
        Forgotten<SisaModel> f = model.forget(ids, Progress.NONE);
        Walkthrough w = Walkthrough.of(f.report());
        List<Step> steps = w.steps();

        Set<String> holding = new TreeSet<>();
        for (int id : ids) {
            holding.add(model.shardOf(id) + "/" + model.sliceOf(id));
        }
        assertEquals(holding, cells(steps.get(0), CellMark.HOLDS_ROW), "found where the rows are");

        Set<String> rebuilt = new TreeSet<>();
        Set<String> restored = new TreeSet<>();
        for (int s = 0; s < model.shardCount(); s++) {
            int firstRebuilt = model.sliceCount();
            for (int slice = 0; slice < model.sliceCount(); slice++) {
                if (f.model().checkpoint(s, slice).generation()
                        > model.checkpoint(s, slice).generation()) {
                    rebuilt.add(s + "/" + slice);
                    firstRebuilt = Math.min(firstRebuilt, slice);
                }
            }
            if (firstRebuilt > 0 && firstRebuilt < model.sliceCount()) {
                restored.add(s + "/" + (firstRebuilt - 1));
            }
        }
        assertEquals(rebuilt, cells(steps.get(1), CellMark.DROPPED), "the dropped checkpoints are the rebuilt ones");
        assertEquals(restored, cells(steps.get(2), CellMark.RESTORED), "restored the checkpoint before each");
        Step lastRetrain = steps.get(steps.size() - 2);
        assertEquals(rebuilt, cells(lastRetrain, CellMark.RETRAINED), "every dropped cell is retrained by the end");
        assertTrue(cells(lastRetrain, CellMark.DROPPED).isEmpty());
        int firstSlice = rebuilt.stream()
                .mapToInt(c -> Integer.parseInt(c.split("/")[1]))
                .min()
                .orElseThrow();
        assertEquals(3 + (model.sliceCount() - firstSlice) + 1, steps.size(), "one step per slice retrained");
        long work = steps.stream()
                .skip(3)
                .limit(model.sliceCount() - firstSlice)
                .mapToLong(s -> (long) s.figures().get(0).value())
                .sum();
        assertEquals(f.report().workUnits(), work, "the slice steps add up to the request's work");
    }

    private static Set<String> cells(Step step, CellMark mark) {
        return step.grid().cells().stream()
                .filter(c -> c.mark() == mark)
                .map(c -> c.shard() + "/" + c.slice())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
