package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.Split;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.OptionCost;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;
import org.unlearn.views.common.Figures;

/** What the number of shards costs, said beside it: the shown figures are those a training measures. */
class OptionCostModelTest extends ForgetFixture {
    @Test
    void theShownAccuracyAtEachShardCountIsThatOfTheEnsembleTrainedOnTheSameRows() {
        open("digits_8x8.csv", "target");
        model.form().choose("sisa");
        model.form().option("epochs").textProperty().set("4");
        OptionCostModel cost = model.optionCost();
        assertTrue(cost.shownProperty().get());
        assertTrue(
                cost.wordsProperty()
                        .get()
                        .contains("Each of the 10 constituents learns from about 143 of the 1,438 training rows"),
                cost.wordsProperty().get());
        assertNull(cost.costProperty().get(), "measured only when asked");

        cost.measure();

        OptionCost measured = cost.costProperty().get();
        assertNotNull(measured, () -> "no measurement: " + work.outcomes());
        List<OptionCostModel.Line> lines = cost.lines();
        assertEquals(
                List.of("2", "5", "10", "20"),
                lines.stream().map(OptionCostModel.Line::value).toList());
        assertTrue(lines.get(2).chosen() && !lines.get(1).chosen(), "the typed value, 10, is marked");

        // The same rows, split and seed as the form's training, each shard count trained through the registry.
        TrainingSet rows = data.dataProperty().get().prepared().rows();
        Split split = Split.of(rows, 0.2, TrainingForm.DEFAULT_SEED);
        assertEquals(accuracy(split, "1", "1"), measured.reference());
        for (OptionCostModel.Line line : lines) {
            double expected = accuracy(split, line.value(), "5");
            assertEquals(OptionCostModel.quality(expected), line.quality(), line.value() + " shards");
            double lost = 100 * (measured.reference() - expected);
            assertTrue(
                    line.againstOne().contains(String.format(java.util.Locale.ROOT, "%.1f", Math.abs(lost))),
                    line.againstOne());
            assertTrue(
                    line.sentence().contains("one request redoes " + line.request() + " of a training"),
                    line.sentence());
            assertTrue(line.requestTime().matches(WALL_TIME), line.requestTime());
        }
        assertTrue(
                cost.reference()
                        .startsWith("One model on all "
                                + Figures.count(split.train().size())),
                cost.reference());

        model.form().choose("qkmeans");
        assertFalse(cost.shownProperty().get());
        assertNull(cost.costProperty().get(), "a measurement is dropped with its family");
    }

    private static double accuracy(Split split, String shards, String slices) {
        FamilyDescriptor<?> sisa = Families.byCode("sisa");
        return quality(sisa, split, shards, slices);
    }

    private static <M extends UnlearningModel<M>> double quality(
            FamilyDescriptor<M> family, Split split, String shards, String slices) {
        Configured<M> recipe = family.configure(
                family.defaults().with("shards", shards).with("slices", slices).with("epochs", "4"));
        M trained = recipe.train(split.train(), TrainingForm.DEFAULT_SEED, Progress.NONE);
        return recipe.quality(trained, split.test());
    }
}
