package org.unlearn.views.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.RecordingOpener;

/** The recent files, the last dataset and dropped files, as the start screen's view-model handles them. */
class RecentAndDropTest {
    private final RecordingOpener opener = new RecordingOpener();
    private final List<String> notices = new ArrayList<>();

    @TempDir
    Path dir;

    private StartViewModel model(RecentFiles recent, Path last) {
        return new StartViewModel(TestFiles.sampleFolder(), opener, Optional::empty, recent, last, notices::add);
    }

    private Path copyOfIris(String name) throws Exception {
        return Files.copy(TestFiles.sample("iris.csv"), dir.resolve(name));
    }

    @Test
    void keepsEightFilesNewestFirstEachOnce() {
        RecentFiles recent = new RecentFiles(List.of());
        IntStream.range(0, 10).forEach(i -> recent.opened(dir.resolve("f" + i + ".csv")));
        recent.opened(dir.resolve("f5.csv"));

        assertEquals(RecentFiles.MAX, recent.files().size());
        assertEquals(
                List.of("f5.csv", "f9.csv", "f8.csv", "f7.csv", "f6.csv", "f4.csv", "f3.csv", "f2.csv"),
                recent.files().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aRememberedListLosesItsDuplicatesAndWhatIsPastEight() {
        List<Path> saved = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> saved.add(dir.resolve("f" + (i % 10) + ".csv")));
        RecentFiles recent = new RecentFiles(saved);
        assertEquals(8, recent.files().size());
        assertEquals(dir.resolve("f0.csv"), recent.files().get(0));
    }

    @Test
    void anOpenedFileBecomesRecentAndTheLastDatasetButASampleOnlyTheLast() throws Exception {
        RecentFiles recent = new RecentFiles(List.of());
        StartViewModel model = model(recent, null);
        Path own = copyOfIris("flowers.csv");

        model.opened(own);
        model.opened(TestFiles.sample("penguins.csv"));

        assertEquals(List.of(own.toAbsolutePath()), recent.files());
        assertEquals(
                TestFiles.sample("penguins.csv").toAbsolutePath().normalize(),
                model.lastDatasetProperty().get());
        assertEquals("Palmer penguins", model.lastDatasetName());
    }

    @Test
    void aRecentFileReopensWithAnInferredLabelAndASampleWithItsCatalogueLabel() throws Exception {
        Path own = copyOfIris("flowers.csv");
        StartViewModel model = model(new RecentFiles(List.of(own)), TestFiles.sample("iris.csv"));

        model.openRecent(own);
        model.reopenLast();

        assertEquals(
                List.of(
                        OpenRequest.inferLabel(own),
                        new OpenRequest(
                                TestFiles.sample("iris.csv").toAbsolutePath().normalize(), "target_name")),
                opener.requests());
        assertTrue(notices.isEmpty());
    }

    @Test
    void aRecentFileThatIsGoneIsTakenOffTheListWithANotice() throws Exception {
        Path kept = copyOfIris("kept.csv");
        Path gone = copyOfIris("gone.csv");
        RecentFiles recent = new RecentFiles(List.of(gone, kept));
        StartViewModel model = model(recent, null);
        Files.delete(gone);

        model.openRecent(gone);

        assertTrue(opener.requests().isEmpty());
        assertEquals(List.of(kept.toAbsolutePath()), recent.files());
        assertEquals(
                List.of("gone.csv is no longer at " + dir.toAbsolutePath() + "; it was taken off the recent files."),
                notices);
    }

    @Test
    void aLastDatasetThatIsGoneIsForgottenWithANotice() throws Exception {
        Path gone = copyOfIris("gone.csv");
        StartViewModel model = model(new RecentFiles(List.of()), gone);
        Files.delete(gone);

        model.reopenLast();

        assertTrue(opener.requests().isEmpty());
        assertNull(model.lastDatasetProperty().get());
        assertEquals(1, notices.size());
    }

    @Test
    void oneDroppedDataFileOpensGzippedOrNot() throws Exception {
        StartViewModel model = model(new RecentFiles(List.of()), null);
        Path csv = copyOfIris("flowers.csv");
        Path gz = dir.resolve("flowers.CSV.GZ");
        Files.writeString(gz, "not really gzip, but the reader is what refuses that");

        model.openDropped(List.of(csv));
        model.openDropped(List.of(gz));

        assertEquals(List.of(OpenRequest.inferLabel(csv), OpenRequest.inferLabel(gz)), opener.requests());
        assertTrue(notices.isEmpty());
    }

    @Test
    void aDropOfNoFileSeveralFilesAFolderOrAnotherKindOfFileIsRefusedInOneLine() throws Exception {
        StartViewModel model = model(new RecentFiles(List.of()), null);
        Path a = copyOfIris("a.csv");
        Path b = copyOfIris("b.csv");
        Path sheet = Files.writeString(dir.resolve("budget.xlsx"), "PK");

        model.openDropped(List.of());
        model.openDropped(List.of(a, b));
        model.openDropped(List.of(dir));
        model.openDropped(List.of(sheet));
        opener.setExecutable(false);
        model.openDropped(List.of(a));

        assertTrue(opener.requests().isEmpty());
        assertEquals(
                List.of(
                        "Only a file can be dropped here: drop a CSV file to open it.",
                        "Drop one file at a time: 2 files were dropped.",
                        dir.getFileName() + " is a folder: drop a CSV file to open it.",
                        "budget.xlsx is not a data file: drop a .csv, .tsv or .txt file (gzipped or not).",
                        "Another file is being opened: drop a.csv again when it has opened."),
                notices);
    }
}
