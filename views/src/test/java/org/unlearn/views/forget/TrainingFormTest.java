package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.kmeans.ClusteringModel;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.kmeans.QKMeans;

/** The training form: defaults from the engine and the data, and refusals in one line. */
class TrainingFormTest extends ForgetFixture {
    @Test
    void kDefaultsToTheLabelsClassCountAndTheSeedIsShown() {
        open("penguins.csv", "species");
        assertEquals("3", model.form().kProperty().get());
        assertEquals("42", model.form().seedProperty().get());
        assertTrue(model.chain().trainExecutableProperty().get());
    }

    @Test
    void aRefusedOptionSaysWhyInOneLineAndLeavesTheModelAsItWas() {
        trainOnIris();
        ModelState trained = model.chain().currentProperty().get();

        model.form().epsilonProperty().set("0");

        assertEquals("epsilon (the grid width) must be more than 0, not 0.0", model.form().problemProperty().get());
        assertFalse(model.chain().trainExecutableProperty().get());
        model.train();
        assertSame(trained, model.chain().currentProperty().get());
        assertEquals(1, model.chain().history().size());

        model.form().epsilonProperty().set("0.1");
        assertEquals("", model.form().problemProperty().get());
        assertTrue(model.chain().trainExecutableProperty().get());
    }

    @Test
    void optionsTheEngineRefusesForThisDataLeaveTheModelAsItWas() {
        trainOnIris();
        ModelState trained = model.chain().currentProperty().get();
        model.form().kProperty().set("1000");

        model.train();

        assertEquals(List.of("iris.csv: 150 rows cannot make 1000 clusters"), work.refusals());
        assertSame(trained, model.chain().currentProperty().get());
        assertEquals(1, model.chain().history().size());
        assertTrue(model.chain().trainExecutableProperty().get(), "a refusal must not leave the command running");
    }

    @Test
    void withoutAClassLabelKIsEightAndTheTableShowsWhatTheLabelHolds() {
        open("penguins.csv", "species");
        data.changeRole("species", org.unlearn.model.data.ColumnRole.IGNORED);
        assertEquals("8", model.form().kProperty().get());
        train(Family.QKMEANS);
        assertEquals(8, model.chain().currentProperty().get().k());
        assertEquals("", model.table().tableRows().get(0).label(), "no label column, nothing to show");

        data.changeRole("body_mass_g", org.unlearn.model.data.ColumnRole.LABEL);
        assertEquals("8", model.form().kProperty().get(), "a numeric label has no classes to count");
        train(Family.LLOYD);
        assertEquals("3750", model.table().tableRows().get(0).label(), "penguin 1 weighs 3750 g");
    }

    @Test
    void theFieldsStartAtTheEnginesDefaults() {
        TrainingForm form = model.form();
        assertEquals(Integer.toString(ClusteringModel.DEFAULT_K), form.kProperty().get());
        assertEquals(Integer.toString(LloydKMeans.Options.of(8).maxIterations()), form.iterationsProperty().get());
        assertEquals("0.0001", form.toleranceProperty().get());
        assertEquals(QKMeans.Options.of(8).epsilon(), Double.parseDouble(form.epsilonProperty().get()));
        assertEquals(QKMeans.Options.of(8).gamma(), Double.parseDouble(form.gammaProperty().get()));
        assertEquals(Integer.toString(DCKMeans.Options.of(8).leaves()), form.leavesProperty().get());
        assertEquals(Integer.toString(DCKMeans.Options.of(8).width()), form.widthProperty().get());
        assertEquals("", form.problemProperty().get());
    }
}
