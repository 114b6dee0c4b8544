package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ErasureScope;

/**
 * A person in the held-out 20% can be forgotten: on employee attrition (row 2, the user's example), the
 * row leaves the evaluation set, the model stays as it was, and the window says so; a request of held and
 * held-out rows forgets the first and takes the others out of the evaluation set.
 */
class HeldOutForgettingTest extends ForgetFixture {
    @Test
    void aHeldOutRowLeavesTheEvaluationSetAndTheModelStays() {
        open("employee_attrition.csv", "Attrition");
        train("logreg");
        ModelState before = model.chain().currentProperty().get();
        assertTrue(before.heldOut(2), "row 2 is among the held-out rows under the default seed");
        int evaluated = before.fitted().heldOut().size();

        pick("2");
        assertFalse(
                model.picks().pickRefusedProperty().get(),
                model.picks().pickMessageProperty().get());
        assertArrayEquals(new int[] {2}, model.picks().pickedProperty().get().ids());
        PlanSummary plan = model.planner().planProperty().get();
        assertTrue(plan.headline().contains("held out to score the model"), plan.headline());
        assertEquals("", plan.engine(), "the plan says its one sentence once, not again under the headline");
        assertEquals("Predicted work: 0% of a full training", plan.work());

        model.forget();
        ModelState after = model.chain().currentProperty().get();
        assertSame(before.model(), after.model(), "the model does not change");
        assertEquals(evaluated - 1, after.fitted().heldOut().size());
        assertFalse(after.heldOut(2));
        assertFalse(after.forgettable(2), "forgotten: neither held nor held out");
        RequestReport report = model.chain().reportProperty().get();
        assertEquals(ErasureScope.HELD_OUT, report.report().method());
        assertEquals(
                "row 2 was held out to score the model, never trained on: it leaves the evaluation set ("
                        + (evaluated - 1) + " rows now), and the model does not change",
                report.method());
        assertEquals("none: the model did not change", report.work());
        assertTrue(after.qualityLine().endsWith("on " + (evaluated - 1) + " held-out rows"), after.qualityLine());

        // held and held-out rows in one request
        TrainingSet evaluation = after.fitted().heldOut();
        int heldOut = evaluation.rowId(0);
        int trained = after.rows().rowId(0);
        pick(heldOut + ", " + trained);
        model.forget();
        ModelState mixed = model.chain().currentProperty().get();
        assertFalse(mixed.holds(trained));
        assertFalse(mixed.heldOut(heldOut));
        assertEquals(evaluation.size() - 1, mixed.fitted().heldOut().size());
        assertEquals(after.size() - 1, mixed.size());
        String line = model.chain().reportProperty().get().report().summary();
        assertTrue(
                line.endsWith("row " + heldOut + " was held out to score the model, never trained on: it leaves"
                        + " the evaluation set (" + (evaluation.size() - 1) + " rows now)"),
                line);

        // Compare replays what the model forgot: the held-out request changed no model, so it is not replayed
        ReplayPlan replay = model.chain().replayPlan().orElseThrow();
        assertEquals(1, replay.requests().size());
        assertArrayEquals(new int[] {trained}, replay.requests().get(0));
    }

    @Test
    void aFilterPicksHeldOutRowsAndSaysWhatForgettingThemDoes() {
        open("employee_attrition.csv", "Attrition");
        train("logreg");
        ModelState state = model.chain().currentProperty().get();
        model.picks().filterProperty().set("Age > 55");
        model.picks().pickFiltered();
        int[] picked = model.picks().pickedProperty().get().ids();
        long heldOut = IntStream.of(picked).filter(state::heldOut).count();
        assertTrue(heldOut > 0 && heldOut < picked.length, heldOut + " of " + picked.length);
        assertTrue(
                model.picks()
                        .pickMessageProperty()
                        .get()
                        .endsWith("(" + heldOut + " held out to score the model: forgetting them takes them out of"
                                + " the evaluation set)"),
                model.picks().pickMessageProperty().get());
    }
}
