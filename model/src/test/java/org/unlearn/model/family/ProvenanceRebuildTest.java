package org.unlearn.model.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unlearn.model.BadInputException;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * Provenance reproduces: for every registered family, a model after a chain of forget requests (every
 * forget method, single rows and a batch) is made again bit for bit from its lineage's text and the file.
 */
class ProvenanceRebuildTest {
    static Stream<FamilyDescriptor<?>> families() {
        return Families.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void theLineageAndTheFileRebuildTheModel(FamilyDescriptor<?> family) {
        rebuilds(family);
    }

    private static <M extends UnlearningModel<M>> void rebuilds(FamilyDescriptor<M> family) {
        Traced<M> traced = Traced.train(
                family.configure(family.quickOptions()),
                ContractData.data(),
                ContractData.identity(),
                0.2,
                5,
                Progress.NONE);
        SplittableRandom random = new SplittableRandom(5);
        for (ForgetMethod method : family.forgetMethods()) {
            traced = traced.forget(
                    method, ContractData.request(random, traced.model().trainingData(), 1), Progress.NONE);
        }
        traced = traced.forget(ContractData.request(random, traced.model().trainingData(), 6), Progress.NONE);
        String text = traced.lineage().toText();
        Lineage read = Lineage.parse(text);
        assertEquals(traced.lineage(), read, text);
        assertEquals(family.forgetMethods().size() + 1, read.steps().size());
        assertTrue(text.contains("sha256: " + DatasetIdentity.sha256(ContractData.FILE)), text);
        assertTrue(text.contains("engine: " + Engine.version()), text);

        Traced<?> rebuilt = Traced.rebuild(read, ContractData.FILE, Progress.NONE);
        M again = family.modelType().cast(rebuilt.model());
        assertTrue(again.sameParameters(traced.model()), family.code() + ": rebuilt from\n" + text);
        assertEquals(traced.model().trainingData().size(), again.trainingData().size());
        assertEquals(traced.lineage(), rebuilt.lineage());
    }

    @Test
    void anotherFilesBytesAreRefused(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("employee_attrition.csv");
        Files.writeString(copy, Files.readString(ContractData.FILE).replaceFirst("41,", "42,"));
        Traced<?> traced = Traced.train(
                Families.byCode("kmeans").configure(Families.byCode("kmeans").defaults()),
                ContractData.data(),
                ContractData.identity(),
                0,
                1,
                Progress.NONE);
        BadInputException e =
                assertThrows(BadInputException.class, () -> Traced.rebuild(traced.lineage(), copy, Progress.NONE));
        assertTrue(
                e.getMessage().startsWith("employee_attrition.csv: not the file the model was trained on"),
                e.getMessage());
    }

    @Test
    void aLineageNamesItsFactsOneALine() {
        DatasetIdentity data =
                new DatasetIdentity("f.csv", "ab12", "y", java.util.Map.of("x", "feature", "y", "label"), true);
        Lineage l = new Lineage("ridge", "method=newton, lambda=2", data, 0.2, 9, "1.0", java.util.List.of())
                .then("newton", new int[] {3, 5})
                .then("exact", new int[] {8});
        assertEquals(l, Lineage.parse(l.toText()));
        assertTrue(l.toText().endsWith("forget: newton 3,5\nforget: exact 8\n"), l.toText());
        assertThrows(BadInputException.class, () -> Lineage.parse("family: ridge\n"));
    }
}
