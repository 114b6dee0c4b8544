package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.BadInputException;
import org.unlearn.model.TestData;

class ColumnRolesTest {
    @Test
    void aCopyOfTheLabelIsNotAFeature() {
        ColumnRoles roles = ColumnRoles.infer(CsvReader.read(TestData.sample("iris.csv")), "target");
        assertEquals(ColumnRole.LABEL, roles.role("target"));
        assertEquals(ColumnRole.IGNORED, roles.role("target_name"));
        assertEquals(4, roles.features().size());
    }

    @Test
    void namesAndIdNumbersAreIdentifiers() {
        ColumnRoles roles = ColumnRoles.infer(CsvReader.read(TestData.resource("messy/quoted_commas.csv")), "vip");
        assertEquals(ColumnRole.IDENTIFIER, roles.role("id"));
        assertEquals(ColumnRole.IDENTIFIER, roles.role("name"));
        assertEquals(ColumnRole.FEATURE, roles.role("balance"));
    }

    @Test
    void labelGuessedFromItsName() {
        ColumnRoles roles = ColumnRoles.infer(CsvReader.read(TestData.sample("penguins.csv")), null);
        assertEquals("species", roles.label().orElseThrow().name());
    }

    @Test
    void rolesCanBeOverridden() {
        ColumnRoles roles = ColumnRoles.infer(CsvReader.read(TestData.sample("penguins.csv")), "species");
        ColumnRoles changed = roles.with("year", ColumnRole.IGNORED).with("island", ColumnRole.LABEL);
        assertEquals(ColumnRole.IGNORED, changed.role("year"));
        assertEquals("island", changed.label().orElseThrow().name());
        assertEquals(ColumnRole.FEATURE, changed.role("species"));
        assertEquals(ColumnRole.FEATURE, roles.role("year"), "the original is unchanged");
        assertTrue(changed.assignment("year").reason().contains("by hand"));
    }

    @Test
    void freeTextCannotBeAFeature() {
        ColumnRoles roles = ColumnRoles.infer(CsvReader.read(TestData.resource("messy/quoted_commas.csv")), "vip");
        assertThrows(BadInputException.class, () -> roles.with("name", ColumnRole.FEATURE));
    }

    /**
     * Continuous inputs of a numeric label, each also a one-to-one pairing with it (every value differs),
     * beside real copies: the label in other units, its log, and a scrambled copy no data can tell from noise.
     */
    @Test
    void continuousFeaturesOfANumericLabelAreNotCopies(@TempDir Path dir) throws IOException {
        Random random = new Random(7);
        int n = 500;
        double[] y = new double[n];
        int[] order = new int[n];
        StringBuilder csv = new StringBuilder("x1,x2,inches,log_y,scrambled,y\n");
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = random.nextGaussian();
            x2[i] = random.nextGaussian();
            y[i] = 10 + 2 * x1[i] - x2[i] + 0.1 * random.nextGaussian();
            order[i] = (i * 7 + 3) % n;
        }
        for (int i = 0; i < n; i++) {
            csv.append(x1[i])
                    .append(',')
                    .append(x2[i])
                    .append(',')
                    .append(y[i] / 2.54)
                    .append(',')
                    .append(Math.log(y[i]))
                    .append(',')
                    .append(y[order[i]])
                    .append(',')
                    .append(y[i])
                    .append('\n');
        }
        ColumnRoles roles = ColumnRoles.infer(CsvReader.read(Files.writeString(dir.resolve("regr.csv"), csv)), "y");
        assertEquals(ColumnRole.FEATURE, roles.role("x1"));
        assertEquals(ColumnRole.FEATURE, roles.role("x2"));
        assertEquals(ColumnRole.IGNORED, roles.role("inches"), "the label in other units");
        assertEquals(ColumnRole.IGNORED, roles.role("log_y"), "a strictly monotone function of the label");
        assertEquals(ColumnRole.FEATURE, roles.role("scrambled"), "nothing tells a scrambled copy from noise");
    }

    @Test
    void duplicatedRowsDoNotMakeACopy(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("x,y\n");
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            String row = random.nextGaussian() + "," + random.nextGaussian() + "\n";
            csv.append(row).append(row).append(row);
        }
        ColumnRoles roles = ColumnRoles.infer(CsvReader.read(Files.writeString(dir.resolve("dup.csv"), csv)), "y");
        assertEquals(ColumnRole.FEATURE, roles.role("x"), "three copies of each row pair x and y one-to-one by chance");
    }

    @Test
    void everyMeasurementOfTheDiabetesSampleIsAFeature() {
        ColumnRoles roles = ColumnRoles.infer(CsvReader.read(TestData.sample("diabetes.csv")), "progression");
        assertEquals(10, roles.features().size(), roles.asMap().toString());
        assertEquals(null, LabelClasses.of("diabetes.csv", roles.label().orElseThrow()), "a numeric target");
    }
}
