package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.views.common.Theme;

/** The settings file: what is saved reads back in a new run; a missing or broken file gives the defaults. */
class SettingsTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("sub").resolve(Settings.FILE_NAME);
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        Settings s = Settings.load(file());
        assertTrue(s.window().isEmpty());
        assertEquals(Theme.LIGHT, s.theme());
        assertNull(s.lastDataset());
        assertTrue(s.recent().isEmpty());
    }

    @Test
    void whatIsSavedReadsBackInTheNextRun() {
        Settings s = Settings.load(file());
        s.window(new WindowPlace(40, 30, 1200, 800, true));
        s.theme(Theme.DARK);
        s.lastDataset(dir.resolve("penguins.csv"));
        s.recent(List.of(dir.resolve("a.csv"), dir.resolve("b.csv.gz")));
        s.dividers("forget", new double[] {0.25, 0.6, 0.62, 0.5});
        s.save();

        Settings next = Settings.load(file());
        assertEquals(new WindowPlace(40, 30, 1200, 800, true), next.window().orElseThrow());
        assertEquals(Theme.DARK, next.theme());
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new double[] {0.25, 0.6, 0.62, 0.5}, next.dividers("forget").orElseThrow());
        assertTrue(next.dividers("data").isEmpty(), "a view never saved has no dividers");
        assertEquals(dir.resolve("penguins.csv").toAbsolutePath(), next.lastDataset());
        assertEquals(
                List.of(
                        dir.resolve("a.csv").toAbsolutePath(),
                        dir.resolve("b.csv.gz").toAbsolutePath()),
                next.recent());
        try (var files = Files.list(file().getParent())) {
            assertEquals(
                    List.of(Settings.FILE_NAME),
                    files.map(p -> p.getFileName().toString()).toList(),
                    "the temporary file was moved over, not left behind");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aShorterRecentListReplacesTheLongerOneAndAtMostEightAreKept() {
        Settings s = Settings.load(file());
        s.recent(IntStream.range(0, 11).mapToObj(i -> dir.resolve(i + ".csv")).toList());
        assertEquals(8, s.recent().size());
        s.recent(List.of(dir.resolve("only.csv")));
        s.lastDataset(null);
        s.save();
        assertEquals(
                List.of(dir.resolve("only.csv").toAbsolutePath()),
                Settings.load(file()).recent());
        assertNull(Settings.load(file()).lastDataset());
    }

    @Test
    void aBrokenFileGivesTheDefaultsForWhatCannotBeRead() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(
                file(), "window.width=wide\nwindow.x=1\ntheme=sepia\nrecent.0=" + dir.resolve("kept.csv") + "\n");
        Settings s = Settings.load(file());
        assertTrue(s.window().isEmpty());
        assertEquals(Theme.LIGHT, s.theme());
        assertEquals(List.of(dir.resolve("kept.csv")), s.recent(), "what can be read is kept");

        Files.writeString(file(), "theme=dark\nrecent.0=\\u00zz\n");
        assertEquals(Theme.LIGHT, Settings.load(file()).theme(), "a file Properties cannot parse gives the defaults");
    }

    @Test
    void aWindowIsRestoredOnlyWhereItFitsAScreen() {
        List<Rectangle2D> laptop = List.of(new Rectangle2D(0, 0, 1440, 900));
        List<Rectangle2D> withMonitor = List.of(new Rectangle2D(0, 0, 1440, 900), new Rectangle2D(1440, 0, 2560, 1440));
        WindowPlace onMonitor = new WindowPlace(1600, 100, 1800, 1100, false);

        assertTrue(onMonitor.fitsOn(withMonitor));
        assertFalse(onMonitor.fitsOn(laptop), "the monitor was unplugged");
        assertTrue(
                new WindowPlace(-6, -4, 1452, 910, false).fitsOn(laptop), "decorations a few pixels out are forgiven");
        assertFalse(new WindowPlace(100, 100, 1440, 900, false).fitsOn(laptop), "hangs off the bottom right");
        assertFalse(new WindowPlace(0, 0, 0, 0, false).fitsOn(laptop));
        assertFalse(new WindowPlace(Double.NaN, 0, 800, 600, false).fitsOn(laptop));
    }
}
