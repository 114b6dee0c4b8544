package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
}
