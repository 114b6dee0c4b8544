package org.unlearn.views.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.common.RecordingOpener;

class StartViewModelTest {
    private final RecordingOpener opener = new RecordingOpener();

    @Test
    void offersTheShippedSamples() {
        StartViewModel model = new StartViewModel(TestFiles.sampleFolder(), opener, Optional::empty);
        assertEquals(10, model.samples().size());
        assertEquals("", model.messageProperty().get());
        SampleCatalogue.Sample penguins = model.samples().stream()
                .filter(s -> s.name().equals("Palmer penguins"))
                .findFirst()
                .orElseThrow();
        assertEquals(344, penguins.rows());
        assertEquals("species", penguins.label());
    }

    @Test
    void opensASampleWithTheLabelItsCatalogueNames() {
        StartViewModel model = new StartViewModel(TestFiles.sampleFolder(), opener, Optional::empty);
        SampleCatalogue.Sample iris = model.samples().get(0);

        model.openSample(iris);

        assertEquals(
                List.of(new OpenRequest(TestFiles.sampleFolder().resolve("iris.csv"), "target_name")),
                opener.requests());
    }

    @Test
    void opensAPickedFileWithAnInferredLabel() {
        Path ragged = TestFiles.bad("ragged.csv");
        StartViewModel model = new StartViewModel(TestFiles.sampleFolder(), opener, () -> Optional.of(ragged));

        model.openFile();

        assertEquals(List.of(OpenRequest.inferLabel(ragged)), opener.requests());
    }

    @Test
    void aChangeOfMindOpensNothing() {
        StartViewModel model = new StartViewModel(TestFiles.sampleFolder(), opener, Optional::empty);
        model.openFile();
        assertTrue(opener.requests().isEmpty());
    }

    @Test
    void doesNotAskForAFileWhileOpeningIsNotPossible() {
        StartViewModel model = new StartViewModel(TestFiles.sampleFolder(), opener, () -> {
            throw new AssertionError("the chooser must not appear while a file is being opened");
        });
        opener.setExecutable(false);
        model.openFile();
        assertTrue(opener.requests().isEmpty());
    }

    @Test
    void withoutASampleFolderItSaysSoAndOffersTheFileChooser() {
        StartViewModel model = new StartViewModel(null, opener, Optional::empty);
        assertTrue(model.samples().isEmpty());
        assertEquals(
                "No sample-data folder was found beside the app. Open a CSV file of your own instead.",
                model.messageProperty().get());
    }

    @Test
    void aBrokenCatalogueIsExplainedNotThrown(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve(SampleCatalogue.FILE_NAME), "name,file\nIris,iris.csv,extra\n");
        StartViewModel model = new StartViewModel(folder, opener, Optional::empty);
        assertTrue(model.samples().isEmpty());
        assertEquals(
                "The sample datasets cannot be offered: catalogue.csv line 2: 3 fields, expected 2",
                model.messageProperty().get());
    }
}
