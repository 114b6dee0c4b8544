package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.sisa.SisaOptions;

/** The training form: fields made from the family's option specs, defaults from the engine and the data, refusals on their field. */
class TrainingFormTest extends ForgetFixture {
    @Test
    void kIsLeftToTheDataAndTheFieldSaysWhatItWillBe() {
        open("penguins.csv", "species");
        assertEquals("", model.form().option("k").textProperty().get(), "k is the engine's to choose from the label");
        assertEquals("3", model.form().option("k").promptProperty().get(), "the label's class count");
        assertEquals("42", model.form().seedProperty().get());
        assertTrue(model.chain().trainExecutableProperty().get());
        train("qkmeans");
        assertEquals(3, model.chain().currentProperty().get().k());
        assertTrue(
                model.chain().modelTitleProperty().get().contains("k=3"),
                model.chain().modelTitleProperty().get());
    }

    @Test
    void everyFamilyHasOneInputPerOptionStartingAtTheEnginesDefault() {
        TrainingForm form = model.form();
        for (FamilyDescriptor<?> family : Families.all()) {
            form.familyProperty().set(family);
            List<OptionSpec> specs = family.options();
            assertEquals(specs.size(), form.inputs().size(), family.code());
            for (int i = 0; i < specs.size(); i++) {
                OptionSpec spec = specs.get(i);
                assertEquals(spec, form.inputs().get(i).spec());
                assertEquals(
                        spec.hasDefault() ? spec.defaultValue() : "",
                        form.inputs().get(i).textProperty().get(),
                        family.code() + " " + spec.name());
            }
            assertEquals("", form.problemProperty().get(), family.code() + " trains with its defaults");
        }
        form.choose("sisa");
        assertEquals(
                Integer.toString(SisaOptions.DEFAULT_SHARDS),
                form.option("shards").textProperty().get(),
                "the form's shard count is the engine's");
    }

    @Test
    void aRefusedValueIsMarkedOnItsFieldInPlainWordsAndLeavesTheModelAsItWas() {
        trainOnIris();
        ModelState trained = model.chain().currentProperty().get();

        model.form().option("epsilon").textProperty().set("0");

        String refusal = "epsilon (the grid width) must be more than 0, not 0";
        assertEquals(refusal, model.form().option("epsilon").errorProperty().get());
        assertEquals("", model.form().option("gamma").errorProperty().get(), "only the field at fault is marked");
        assertEquals(refusal, model.form().problemProperty().get());
        assertFalse(refusal.contains("--"), "never a command-line flag");
        assertFalse(model.chain().trainExecutableProperty().get());
        model.train();
        assertSame(trained, model.chain().currentProperty().get());
        assertEquals(1, model.chain().history().size());

        model.form().option("epsilon").textProperty().set("0.1");
        assertEquals("", model.form().option("epsilon").errorProperty().get());
        assertEquals("", model.form().problemProperty().get());
        assertTrue(model.chain().trainExecutableProperty().get());
    }

    @Test
    void aRefusalOfTheOptionsTogetherLandsOnTheFieldTheFamilyNames() {
        model.form().choose("logreg");
        model.form().option("epsilon").textProperty().set("1");

        assertEquals("", model.form().option("epsilon").errorProperty().get());
        String refusal = model.form().option("delta").errorProperty().get();
        assertTrue(refusal.contains("certified removal needs all of epsilon, delta and sigma"), refusal);
        assertEquals(refusal, model.form().problemProperty().get());
        assertEquals("", model.form().unplacedProblemProperty().get(), "it is shown on its field, not below the form");

        model.form().option("delta").textProperty().set("0.0001");
        model.form().option("sigma").textProperty().set("10");
        assertEquals("", model.form().problemProperty().get());
    }

    @Test
    void optionsTheEngineRefusesForThisDataLeaveTheModelAsItWas() {
        trainOnIris();
        ModelState trained = model.chain().currentProperty().get();
        model.form().option("k").textProperty().set("1000");

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
        assertEquals("8", model.form().option("k").promptProperty().get());
        train("qkmeans");
        assertEquals(8, model.chain().currentProperty().get().k());
        assertEquals("", model.table().tableRows().get(0).label(), "no label column, nothing to show");

        data.changeRole("body_mass_g", org.unlearn.model.data.ColumnRole.LABEL);
        assertEquals("8", model.form().option("k").promptProperty().get(), "a numeric label has no classes");
        train("kmeans");
        assertEquals("3750", model.table().tableRows().get(0).label(), "penguin 1 weighs 3750 g");
    }

    @Test
    void anEmptyFieldSaysItsDefaultShortAndTheTooltipAndNoteSayItWhole() {
        open("breast_cancer_wdbc.csv", "target_name");
        model.form().choose("logreg");
        for (String name : List.of("epsilon", "delta", "sigma")) {
            OptionInput input = model.form().option(name);
            String prompt = input.promptProperty().get();
            assertEquals("off", prompt, name + ": the narrow field at 1024x700 shows \"not certifie\" otherwise");
            assertTrue(prompt.length() <= OptionInput.PROMPT_CHARS);
            assertTrue(input.help().contains("Empty: not certified."), input.help());
            assertEquals("empty: not certified", input.longNote());
            assertTrue(input.promptShortened());
        }
        assertEquals("all", model.form().option("classes").promptProperty().get());
        open("penguins.csv", "species");
        model.form().choose("qkmeans");
        assertEquals("3", model.form().option("k").promptProperty().get(), "a figure the data decides is shown whole");
        assertFalse(model.form().option("k").promptShortened(), "so no line under it repeats the note");
    }
}
