package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.verify.MembershipInference;
import org.unlearn.model.verify.RowLoss;

/**
 * The membership attack's figure explains itself on real data (breast cancer, logistic regression): which
 * side of 0.5 means "looks like training data", the retrain's AUC beside the model's, and a warning exactly
 * when the picked rows were the trained model's highest-loss ones.
 */
class MembershipAttackTextTest extends ForgetFixture {
    @Test
    void theHighestLossPickIsWarnedOfAndATypicalPickIsNot() {
        open("breast_cancer_wdbc.csv", "target_name");
        train("logreg");
        ModelState trained = model.chain().currentProperty().get();
        TrainingSet rows = trained.rows();
        double[] loss = MembershipInference.losses((RowLoss) trained.model(), rows);
        Integer[] order = IntStream.range(0, rows.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(p -> -loss[p]));
        String worst = Arrays.stream(order, 0, 8)
                .map(p -> Integer.toString(rows.rowId(p)))
                .collect(Collectors.joining(", "));

        pick(worst);
        model.forget();
        model.verify();
        Verification v = model.chain().verificationProperty().get();
        assertNotNull(v, () -> "no check: " + work.outcomes());
        String text = v.attackText();
        assertTrue(text.contains("Above 0.5 the forgotten rows look like training data"), text);
        assertTrue(
                text.contains("AUC " + org.unlearn.views.common.Figures.value(v.attack()) + " for this model, "
                        + org.unlearn.views.common.Figures.value(v.attackOnRetrain()) + " for the retrain"),
                text);
        assertTrue(v.pickLossRank() > 0.95, "the eight worst of " + rows.size() + ": " + v.pickLossRank());
        assertTrue(text.contains("the attack's figure is about the pick, not the forgetting"), text);
        assertTrue(v.text().contains(text), "the check's line carries it");

        // a typical pick: rows spread evenly over the ids, no warning
        open("breast_cancer_wdbc.csv", "target_name");
        train("logreg");
        TrainingSet again = model.chain().currentProperty().get().rows();
        String spread = IntStream.range(0, 8)
                .map(i -> again.rowId(i * again.size() / 8))
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
        pick(spread);
        model.forget();
        model.verify();
        Verification typical = model.chain().verificationProperty().get();
        assertTrue(typical.pickLossRank() < Verification.HIGH_LOSS_PICK, "rank " + typical.pickLossRank());
        assertEquals("", typical.pickWarning());
        assertFalse(typical.attackText().contains("⚠"), typical.attackText());
        assertTrue(typical.attackText().contains("for the retrain, which never saw them"), typical.attackText());
    }
}
