package org.unlearn.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.unlearn.views.forget.ForgetView;
import org.unlearn.views.start.RecentFiles;
import org.unlearn.views.start.StartViewModel;

/** What the window keeps in the settings across runs: the recent datasets, the last one, the forget view's dividers. */
final class WindowMemory {
    private WindowMemory() {}

    static void keep(Settings settings, RecentFiles recent, StartViewModel start, ForgetView forgetView) {
        recent.files().addListener((ListChangeListener<Path>) c -> {
            settings.recent(recent.files());
            settings.save();
        });
        start.lastDatasetProperty().addListener((o, was, now) -> {
            settings.lastDataset(now);
            settings.save();
        });
        settings.dividers("forget").ifPresent(positions -> {
            // Once the view has its size: before, a split pane would squeeze positions to its minimum widths.
            forgetView.sceneProperty().addListener((o, was, now) -> {
                if (now != null) {
                    Platform.runLater(() -> forgetView.restoreDividers(positions));
                }
            });
        });
        // The dividers are saved with the window's place.
        forgetView.onDividersMoved(() -> settings.dividers("forget", forgetView.dividers()));
    }
}
