package org.unlearn.views.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unlearn.model.family.Families;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.linear.LinearModel;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.forget.ModelState;

/** A linear model in the forget view: approximate requests run up a debt, Consolidate pays it with an exact retrain. */
class DebtPanelModelTest {
    private final ImmediateWork work = new ImmediateWork();
    private final DataViewModel data = new DataViewModel(work);
    private final ForgetViewModel forget = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
    private final DebtPanelModel model = new DebtPanelModel(forget.chain());

    private void trainLogistic() {
        data.open(new OpenRequest(TestFiles.sample("penguins.csv"), "species"));
        forget.form().choose("logreg");
        forget.train();
        assertNotNull(forget.chain().currentProperty().get(), () -> "no model: " + work.outcomes());
    }

    private void forgetRows(String ids) {
        forget.picks().pickTextProperty().set(ids);
        forget.picks().pickTyped();
        forget.forget();
    }

    private static ForgetMethod method(String code) {
        return Families.byCode("logreg").forgetMethod(code);
    }

    private LinearModel<?> current() {
        ModelState state = forget.chain().currentProperty().get();
        return (LinearModel<?>) state.engine();
    }

    @Test
    void approximateRequestsRunUpADebtThatConsolidatingPays() {
        trainLogistic();
        assertTrue(model.shownProperty().get());
        assertTrue(model.debtProperty().get().startsWith("Exact"));
        assertFalse(model.consolidateExecutableProperty().get(), "nothing is owed");

        forgetRows("5");
        forgetRows("40, 44");
        assertEquals(2, current().debt().requests());
        assertTrue(
                model.debtProperty()
                        .get()
                        .startsWith("Debt: 2 approximate requests (3 rows) since the last exact" + " model"),
                model.debtProperty().get());
        assertTrue(model.consolidateExecutableProperty().get());

        model.consolidate();
        assertTrue(current().debt().isPaid());
        assertEquals(
                "Consolidated: retrained exactly, debt paid",
                forget.chain().history().get(0).title().substring(3));
        assertEquals(4, forget.chain().history().size());
        forget.verify();
        assertTrue(forget.chain().verificationProperty().get().identical(), "consolidated means exact again");
    }

    @Test
    void aRequestCanForgetExactlyWhateverTheModelsMethod() {
        trainLogistic();
        model.methodProperty().set(method("exact"));
        forgetRows("5");
        assertTrue(current().debt().isPaid());
        assertTrue(forget.chain().reportProperty().get().report().exact());
        model.methodProperty().set(method("pru"));
        forgetRows("6");
        assertEquals("pru", forget.chain().reportProperty().get().report().method());
        forget.verify();
        assertFalse(forget.chain().verificationProperty().get().identical());
        assertTrue(
                forget.chain().verificationProperty().get().relative() < 1,
                "the update moved toward the retrain: "
                        + forget.chain().verificationProperty().get().text());
    }

    @Test
    void thePlanFollowsTheMethodChosenForTheNextRequest() {
        trainLogistic();
        forget.picks().pickTextProperty().set("5");
        forget.picks().pickTyped();
        assertTrue(
                forget.planner().planProperty().get().headline().startsWith("One Newton step"),
                forget.planner().planProperty().get().headline());
        model.methodProperty().set(method("exact"));
        assertTrue(
                forget.planner().planProperty().get().headline().startsWith("Retrains from scratch"),
                forget.planner().planProperty().get().headline());
        assertEquals(1.0, forget.planner().planProperty().get().plan().retrainedFraction());
    }

    @Test
    void ridgeOnANumericLabelIsScoredByItsSquaredError() {
        data.open(new OpenRequest(TestFiles.sample("penguins.csv"), "body_mass_g"));
        forget.form().choose("ridge");
        forget.train();
        ModelState state = forget.chain().currentProperty().get();
        assertNotNull(
                state, () -> "no model: " + work.outcomes().get(work.outcomes().size() - 1));
        assertEquals("mean squared error", state.metric());
        assertTrue(state.qualityLine().startsWith("mean squared error "), state.qualityLine());
    }

    @Test
    void aCertifiedModelShowsItsBudgetAsTheEngineCountsIt() {
        data.open(new OpenRequest(TestFiles.sample("breast_cancer_wdbc.csv"), "target_name"));
        forget.form().choose("logreg");
        forget.form().option("epsilon").textProperty().set("1");
        forget.form().option("delta").textProperty().set("0.0001");
        forget.form().option("sigma").textProperty().set("10");
        forget.train();
        assertNotNull(
                forget.chain().currentProperty().get(),
                () -> "no model: " + work.outcomes().get(work.outcomes().size() - 1));
        assertTrue(model.certifiedProperty().get());
        double full = model.budgetLeftProperty().get();
        assertTrue(full > 0.999, "the training's own residual spends next to nothing: " + full);

        forgetRows(Integer.toString(current().trainingData().rowId(10)));
        assertEquals(
                2,
                forget.chain().history().size(),
                () -> work.outcomes().get(work.outcomes().size() - 1).toString());
        assertEquals(0, current().budget().forcedRetrains(), "a wide enough σ lets one removal fit");
        assertEquals(
                current().budget().remainingFraction(),
                model.budgetLeftProperty().get(),
                "the bar shows the engine's own account of the budget");
        assertTrue(
                forget.chain().reportProperty().get().report().summary().contains("within"),
                "a certified step states its bound");
        assertTrue(
                model.budgetProperty().get().startsWith("Certified removal: "),
                model.budgetProperty().get());
    }
}
