package org.unlearn.views.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.util.Progress;
import org.unlearn.views.TestFiles;

/** Back, Next and Play over a real DC-k-means request on iris, without a window. */
class StepThroughViewModelTest {
    private static final TrainingSet IRIS = PreparedData.load(
                    TestFiles.sample("iris.csv"), "target_name", Encoding.Options.DEFAULT, Progress.NONE)
            .rows();

    @Test
    void walksStopsPlayingAtTheEndAndClosesOnANewRequest() {
        DCKMeans model = DCKMeans.fit(IRIS, new DCKMeans.Options(3, 300, 1e-4, 16, 4), 1, Progress.NONE);
        SimpleObjectProperty<ForgetReport> newest = new SimpleObjectProperty<>();
        StepThroughViewModel steps = new StepThroughViewModel(newest);
        assertFalse(steps.openableProperty().get());
        steps.open();
        assertFalse(steps.openProperty().get(), "nothing to open before a request");

        var forgotten = model.forget(new int[] {IRIS.rowId(4)}, Progress.NONE);
        newest.set(forgotten.report());
        steps.open();
        int size = steps.walkthroughProperty().get().size();
        assertEquals("Step 1 of " + size, steps.positionProperty().get());
        assertFalse(steps.canBackProperty().get());
        steps.togglePlay();
        assertTrue(steps.playingProperty().get());
        for (int i = 1; i < size; i++) {
            steps.next();
        }
        assertEquals("Step " + size + " of " + size, steps.positionProperty().get());
        assertFalse(steps.playingProperty().get(), "Play stops at the last step");
        steps.next();
        assertEquals(size - 1, steps.indexProperty().get(), "Next at the end stays there");
        steps.togglePlay();
        assertEquals(0, steps.indexProperty().get(), "Play from the end starts again at the first step");
        assertTrue(steps.playingProperty().get());
        assertEquals(3, steps.treeSoFar().size(), "the tree step marks the leaf and its two ancestors");

        newest.set(forgotten
                .model()
                .forget(new int[] {IRIS.rowId(9)}, Progress.NONE)
                .report());
        assertNull(steps.walkthroughProperty().get(), "a newer request closes the old one's steps");
        assertFalse(steps.playingProperty().get());
    }
}
