package org.unlearn.model.dare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;
import org.unlearn.model.util.Progress;

/**
 * A forest read back from its stored state is the forest grown, node for node: every statistic a node
 * caches, and the rows of every leaf (recomputed by routing the rows), are the ones growing computed; it
 * forgets as the grown one does.
 */
class DareStateTest {
    private static final DareOptions OPTIONS = DareOptions.defaults()
            .withTrees(4)
            .withDepths(6, 1)
            .withThresholds(5)
            .withThreads(1);

    private static byte[] write(DareState codec, DareForest forest) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StateOutput out = new StateOutput(bytes);
        codec.write(forest, out);
        out.flush();
        return bytes.toByteArray();
    }

    private static DareForest read(DareState codec, byte[] bytes, TrainingSet rows, long seed) throws IOException {
        StateInput in = new StateInput(new ByteArrayInputStream(bytes), bytes.length);
        DareForest forest = codec.read(in, rows, seed);
        in.end();
        return forest;
    }

    @Test
    void aForestReadBackIsTheForestGrownNodeForNodeAndForgetsAlike() throws IOException {
        TrainingSet data = DareData.attrition().train();
        DareForest grown = DareForest.fit(data, OPTIONS, 5, Progress.NONE);
        DareState codec = new DareState(OPTIONS);
        byte[] bytes = write(codec, grown);
        DareForest read = read(codec, bytes, data, 5);
        for (int t = 0; t < OPTIONS.trees(); t++) {
            assertNull(TreeComparison.firstDifference(grown.roots()[t], data, read.roots()[t], data, 1), "tree " + t);
        }
        int[] ids = {data.rowId(3), data.rowId(70), data.rowId(500)};
        DareForest a = grown.forget(ids, Progress.NONE).model();
        DareForest b = read.forget(ids, Progress.NONE).model();
        for (int t = 0; t < OPTIONS.trees(); t++) {
            assertNull(
                    TreeComparison.firstDifference(a.roots()[t], data, b.roots()[t], data, 1),
                    "tree " + t + " after forgetting");
        }
        double[] x = data.row(11);
        assertArrayEquals(grown.probabilities(x), read.probabilities(x));
        assertArrayEquals(bytes, write(codec, read), "written again, the same bytes");
    }

    /** The state holds no rows: less than the leaves' row positions alone took in the first layout (4 bytes each). */
    @Test
    void theStoredChoicesTakeLessThanTheRowsTheyRoute() throws IOException {
        TrainingSet data = DareData.attrition().train();
        DareForest grown = DareForest.fit(data, OPTIONS, 5, Progress.NONE);
        int bytes = write(new DareState(OPTIONS), grown).length;
        assertTrue(bytes < 4 * OPTIONS.trees() * data.size(), bytes + " bytes for " + data.size() + " rows");
    }

    @Test
    void storedChoicesThatDoNotFitTheRowsAreRefused() throws IOException {
        TrainingSet data = DareData.attrition().train();
        DareForest grown = DareForest.fit(data, OPTIONS, 5, Progress.NONE);
        DareState codec = new DareState(OPTIONS);
        byte[] bytes = write(codec, grown);
        IOException e =
                assertThrows(IOException.class, () -> read(new DareState(OPTIONS.withTrees(5)), bytes, data, 5));
        assertEquals("the stored forest has 4 trees, the options 5", e.getMessage());
        assertThrows(IOException.class, () -> read(codec, Arrays.copyOf(bytes, bytes.length - 1), data, 5));
    }
}
