package org.unlearn.views.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.kmeans.EpsilonTradeoff;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.model.util.Progress;

/**
 * What the window says Q-k-means certifies is what forgetting then does: the estimate before any request
 * against the rows it checked, each forgotten for real; the count of the last requests against their
 * reports; and the ε it suggests against real deletions from a model trained at that ε.
 */
class CertifiedSharesTest extends ForgetFixture {
    /**
     * The hundred deletion checks are a job of their own: training hands over the model and returns; the line
     * says the estimate is being measured until the job, run later, brings it.
     */
    @Test
    void theEstimateIsMeasuredInTheBackgroundNotOnTheCallingThread() {
        open("penguins.csv", "species");
        model.form().choose("qkmeans");
        work.hold();
        model.train();
        work.runHeld();
        assertTrue(model.chain().currentProperty().get() != null, () -> "no model: " + work.outcomes());

        assertEquals(1, work.heldCount(), "the estimate waits as a job of its own");
        String trainingSaid = work.messageProperty().get();
        assertEquals(
                "Measuring what this model certifies (" + CertifiedShares.ESTIMATED + " single-row deletions)…",
                model.certifiedShares().observedProperty().get());
        work.runHeld();
        String estimated = model.certifiedShares().observedProperty().get();
        assertTrue(estimated.startsWith("Estimated before any request: "), estimated);
        assertTrue(
                work.titles().contains("Estimate what this model certifies"),
                work.titles().toString());
    }

    @Test
    void theFiguresShownAreWhatForgettingDoes() {
        open("penguins.csv", "species");
        train("qkmeans");
        ModelState trained = model.chain().currentProperty().get();
        QKMeans q = (QKMeans) trained.model();
        TrainingSet rows = q.trainingData();

        // the estimate, measured: forget each row it checked, one at a time, from the trained model
        int checked = CertifiedShares.ESTIMATED;
        int certified = certifiedOf(q, rows, checked);
        String before = model.certifiedShares().observedProperty().get();
        assertEquals(
                "Estimated before any request: " + certified + " of " + checked
                        + " single-row deletions checked on this model would be certified ("
                        + org.unlearn.views.common.Figures.percent(certified / (double) checked) + ").",
                before);

        // after requests: the count of the last ten, from their reports
        int shownCertified = 0;
        for (int i = 0; i < 12; i++) {
            pick(Integer.toString(model.chain().currentProperty().get().rows().rowId(7 * i)));
            model.forget();
            if (i == 0) {
                boolean first =
                        model.chain().history().get(0).request().report().certified();
                String one = model.certifiedShares().observedProperty().get();
                assertTrue(
                        one.startsWith(
                                "The one deletion on this data so far was " + (first ? "certified" : "not certified")),
                        one);
            }
        }
        for (int i = 0; i < CertifiedShares.LAST; i++) {
            shownCertified += model.chain().history().get(i).request().report().certified() ? 1 : 0;
        }
        String after = model.certifiedShares().observedProperty().get();
        assertTrue(after.startsWith("Certified " + shownCertified + " of the last 10 deletions on this data"), after);

        // the suggested ε, measured when asked: a model trained at it certifies most real deletions
        model.certifiedShares().measureTradeoff();
        double epsilon = model.certifiedShares().suggestedEpsilon();
        String tradeoff = model.certifiedShares().tradeoffProperty().get();
        assertFalse(Double.isNaN(epsilon), tradeoff);
        Matcher said = Pattern.compile(
                        "ε\\u00a0=\\u00a0(\\S+) certifies most deletions here \\((\\d+)% of 100 checked\\) at a loss")
                .matcher(tradeoff);
        assertTrue(said.find(), tradeoff);
        QKMeans wide = QKMeans.fit(
                rows,
                new QKMeans.Options(
                        q.options().k(),
                        q.options().maxIterations(),
                        q.options().tolerance(),
                        epsilon,
                        q.options().gamma()),
                trained.provenance().seed(),
                Progress.NONE);
        int wideCertified = certifiedOf(wide, rows, EpsilonTradeoff.CHECKED);
        assertTrue(
                wideCertified > EpsilonTradeoff.CHECKED / 2,
                wideCertified + " of " + EpsilonTradeoff.CHECKED + " at ε " + epsilon);
        assertEquals(Math.round(100.0 * wideCertified / EpsilonTradeoff.CHECKED), Integer.parseInt(said.group(2)));
    }

    /** Rows spread evenly over the data, each forgotten from the model on its own: how many certified. */
    private static int certifiedOf(QKMeans model, TrainingSet rows, int n) {
        int certified = 0;
        for (int i = 0; i < n; i++) {
            int p = (int) ((long) i * rows.size() / n);
            if (model.forget(new int[] {rows.rowId(p)}, Progress.NONE).report().certified()) {
                certified++;
            }
        }
        return certified;
    }
}
