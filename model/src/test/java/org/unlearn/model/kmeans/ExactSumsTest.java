package org.unlearn.model.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;
import org.unlearn.model.data.TrainingSet;

/** Exact sums do not depend on the order of their terms, and taking a term out undoes adding it. */
class ExactSumsTest {
    @Test
    void orderNeverMattersAndSubtractionUndoesAddition() {
        TrainingSet wdbc = KMeansData.sample("breast_cancer_wdbc.csv", "target", false);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < wdbc.size(); i++) {
            order.add(i);
        }
        ExactSums forward = new ExactSums(wdbc.dimension());
        for (int i : order) {
            forward.addRow(0, wdbc.row(i));
        }
        Collections.shuffle(order, new Random(1));
        ExactSums shuffled = new ExactSums(wdbc.dimension());
        ExactSums withoutTen = new ExactSums(wdbc.dimension());
        for (int n = 0; n < order.size(); n++) {
            shuffled.addRow(0, wdbc.row(order.get(n)));
            if (n >= 10) {
                withoutTen.addRow(0, wdbc.row(order.get(n)));
            }
        }
        assertEquals(forward, shuffled);
        ExactSums taken = forward.copy();
        for (int n = 0; n < 10; n++) {
            taken.subtractRow(0, wdbc.row(order.get(n)));
        }
        assertEquals(withoutTen, taken);
        for (int j = 0; j < wdbc.dimension(); j++) {
            double plain = 0;
            for (int i = 0; i < wdbc.size(); i++) {
                plain += wdbc.row(i)[j];
            }
            assertEquals(plain, forward.value(j, ExactSums.COORDINATE_BITS), Math.abs(plain) * 1e-12 + 1e-6);
        }
    }

    @Test
    void carriesAcrossTheLowWordBothWays() {
        ExactSums s = new ExactSums(1);
        for (int i = 0; i < 1000; i++) {
            s.add(0, Long.MAX_VALUE);
        }
        assertEquals(1000 * (double) Long.MAX_VALUE, s.value(0, 0), 1e7);
        for (int i = 0; i < 1000; i++) {
            s.subtract(0, Long.MAX_VALUE);
        }
        s.subtract(0, 5);
        assertEquals(-5, s.value(0, 0));
        s.add(0, -7);
        assertEquals(-12, s.value(0, 0));
    }

    @Test
    void refusesValuesTooLargeToSumExactly() {
        BadInputException e = assertThrows(BadInputException.class, () -> ExactSums.coordinate(3e12));
        assertEquals(
                "a feature value is too large for exact Q-k-means sums (limit 1e9); standardize" + " the features",
                e.getMessage());
    }
}
