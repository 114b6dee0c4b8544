package org.unlearn.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Provenance;

class AuditTrailTest {
    private final Dataset employees = CsvReader.read(TestData.sample("employee_attrition.csv"));

    private AuditTrail trailWithTwoRequests() {
        AuditTrail trail = new AuditTrail(employees, new byte[32]);
        Provenance trained = Provenance.trained("logreg", 7, 1470, Duration.ofMillis(12));
        trail.recordTraining(trained);
        Provenance first = trained.child("newton", new int[] {5, 9}, 1468, false, Duration.ofMillis(1));
        trail.recordForget(first, new ForgetReport(new int[] {5, 9}, "newton", false, false, 10, 100,
                Duration.ofMillis(1), "approximate removal of 2 rows", null));
        Provenance second = first.child("exact", new int[] {12}, 1467, true, Duration.ofMillis(30));
        trail.recordForget(second, new ForgetReport(new int[] {12}, "exact", true, false, 100, 100,
                Duration.ofMillis(30), "retrained on 1467 rows", null));
        return trail;
    }

    @Test
    void theChainLinksEveryEntryToTheOneBefore() {
        AuditTrail trail = trailWithTwoRequests();
        List<AuditEntry> entries = trail.entries();
        assertEquals(3, entries.size());
        assertEquals(-1, trail.firstBrokenLink());
        assertEquals(entries.get(0).hash(), entries.get(1).previousHash());
        assertEquals(List.of(trail.rowDigest(5), trail.rowDigest(9)), entries.get(1).rowDigests());
    }

    @Test
    void editingAnEntryBreaksTheChainThere() {
        List<AuditEntry> entries = new ArrayList<>(trailWithTwoRequests().entries());
        AuditEntry e = entries.get(1);
        entries.set(1, new AuditEntry(e.sequence(), e.time(), e.action(), e.modelId(), e.parentId(), e.family(),
                e.method(), e.seed(), new int[] {5}, e.rowDigests(), e.exact(), e.summary(), e.previousHash(), e.hash()));
        assertEquals(1, AuditTrail.firstBrokenLink(entries));
        List<AuditEntry> dropped = new ArrayList<>(trailWithTwoRequests().entries());
        dropped.remove(1);
        assertEquals(1, AuditTrail.firstBrokenLink(dropped));
    }

    @Test
    void theExportNamesRowsButNeverTheirValues() {
        String export = trailWithTwoRequests().toJsonLines();
        assertEquals(3, export.lines().count());
        int p = employees.positionOf(5);
        String income = employees.column("MonthlyIncome").text(p);
        assertFalse(export.contains("\"" + income + "\""));
        assertFalse(export.contains(employees.column("JobRole").text(p)));
        assertTrue(export.contains("\"rows\":[5,9]"));
    }

    @Test
    void digestsDependOnTheKey() {
        AuditTrail a = new AuditTrail(employees, new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        AuditTrail b = new AuditTrail(employees, other);
        assertEquals(a.rowDigest(5), new AuditTrail(employees, new byte[32]).rowDigest(5));
        assertNotEquals(a.rowDigest(5), b.rowDigest(5));
        assertNotEquals(a.rowDigest(5), a.rowDigest(6));
    }
}
