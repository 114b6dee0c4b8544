package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledLibrariesTest {
    private static final String LISTED = String.join(
            "\n",
            "# file\tcoordinates\tname\tversion\tlicence\tlicence_url\turl",
            "javafx-base-21.0.8-linux.jar\torg.openjfx:javafx-base\tjavafx base\t21.0.8\tGPL-2.0-with-classpath-exception\thttps://openjdk.java.net/legal/gplv2+ce.html\t",
            "javafx-base-21.0.8.jar\torg.openjfx:javafx-base\tjavafx base\t21.0.8\tGPL-2.0-with-classpath-exception\t\t",
            "picocli-4.7.6.jar\tinfo.picocli:picocli\tpicocli\t4.7.6\tApache-2.0\t\t",
            "tablesaw-core-0.44.4.jar\ttech.tablesaw:tablesaw-core\ttablesaw-core\t0.44.4\tApache-2.0\t\t");

    private static List<BundledLibraries.Library> listed() throws Exception {
        return BundledLibraries.read(new ByteArrayInputStream(LISTED.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPackageListsOnlyTheJarsItHoldsOnceEach(@TempDir Path app) throws Exception {
        // A package: the jars beside the app's own, Tablesaw left out, JavaFX's placeholder jar left out.
        Files.createFile(app.resolve("javafx-base-21.0.8-linux.jar"));
        Files.createFile(app.resolve("picocli-4.7.6.jar"));
        List<BundledLibraries.Library> present = BundledLibraries.present(listed(), app);
        assertEquals(
                List.of("org.openjfx:javafx-base", "info.picocli:picocli"),
                present.stream().map(BundledLibraries.Library::coordinates).toList());
        assertEquals(
                "picocli 4.7.6 (info.picocli:picocli) — Apache-2.0",
                present.get(1).toString());
    }

    @Test
    void aBuildFromTheSourcesFindsItsJarsInLib(@TempDir Path target) throws Exception {
        Files.createDirectories(target.resolve("lib"));
        for (String jar : List.of(
                "javafx-base-21.0.8-linux.jar",
                "javafx-base-21.0.8.jar",
                "picocli-4.7.6.jar",
                "tablesaw-core-0.44.4.jar")) {
            Files.createFile(target.resolve("lib").resolve(jar));
        }
        assertEquals(3, BundledLibraries.present(listed(), target).size());
    }

    @Test
    void withNoJarsAroundEveryListedLibraryIsShown(@TempDir Path classes) throws Exception {
        assertEquals(3, BundledLibraries.present(listed(), classes).size());
    }

    @Test
    void theLicenceLineIsOursThenEachBundledLibrarysOnce() throws Exception {
        assertEquals(
                "MIT for its own code; the libraries it bundles keep their own licences"
                        + " (Apache-2.0, GPL-2.0-with-classpath-exception; see THIRD-PARTY-NOTICES)",
                BundledLibraries.licence(listed()));
        assertEquals("MIT", BundledLibraries.licence(List.of()));
    }
}
