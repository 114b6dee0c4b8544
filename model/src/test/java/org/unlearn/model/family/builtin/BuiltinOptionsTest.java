package org.unlearn.model.family.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.BadOptionException;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.Options;
import org.unlearn.model.util.Progress;

/** The six families' own option rules: refusals of combinations name the option to blame. */
class BuiltinOptionsTest {
    private static BadOptionException refusal(FamilyDescriptor<?> family, Options options) {
        return assertThrows(BadOptionException.class, () -> family.check(options));
    }

    @Test
    void leavesThatAreNoPowerOfTheWidthBlameTheLeaves() {
        DCKMeansFamily dc = new DCKMeansFamily();
        BadOptionException e = refusal(dc, dc.defaults().with("leaves", "12").with("width", "2"));
        assertEquals("leaves", e.option());
        assertEquals("12 leaves is not a power of the width 2 (try width 12 for a tree of height 1)", e.getMessage());
        dc.check(dc.defaults().with("leaves", "8").with("width", "2"));
    }

    @Test
    void certifiedRemovalNeedsAllThreeAndBlamesTheMissingOne() {
        LogisticFamily logreg = new LogisticFamily();
        BadOptionException e =
                refusal(logreg, logreg.defaults().with("epsilon", "1").with("sigma", "1"));
        assertEquals("delta", e.option());
        assertEquals("certified removal needs all of epsilon, delta and sigma; delta is missing", e.getMessage());
        logreg.check(
                logreg.defaults().with("epsilon", "1").with("delta", "0.001").with("sigma", "1"));
    }

    @Test
    void anotherLearnersOptionIsRefusedByName() {
        SisaFamily sisa = new SisaFamily();
        BadOptionException e =
                refusal(sisa, sisa.defaults().with("learner", "tree").with("lr", "0.1"));
        assertEquals("lr", e.option());
        assertEquals("lr is not an option of the tree learner (its options: depth, node_size)", e.getMessage());
        sisa.check(sisa.defaults().with("learner", "tree").with("depth", "5"));
    }

    @Test
    void kComesFromTheLabelAndTheCanonicalTextSaysSo() {
        TrainingSet iris = PreparedData.load(
                        TestData.sample("iris.csv"), "target_name", Encoding.Options.DEFAULT, Progress.NONE)
                .rows();
        LloydFamily lloyd = new LloydFamily();
        assertEquals("iterations=300, tol=0.0001", lloyd.defaults().toText());
        assertEquals(
                "k=3, iterations=300, tol=0.0001",
                lloyd.resolve(lloyd.defaults(), iris).toText());
        DCKMeansFamily dc = new DCKMeansFamily();
        assertEquals(
                "k=3, iterations=300, tol=0.0001, leaves=4, width=4",
                dc.resolve(dc.defaults().with("leaves", "4"), iris).toText());
    }
}
