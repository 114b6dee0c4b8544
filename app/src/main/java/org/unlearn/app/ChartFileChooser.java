package org.unlearn.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.unlearn.views.common.ChartFilePicker;

/** The native save dialog for a chart, PNG or SVG, starting where the user last saved one. */
final class ChartFileChooser implements ChartFilePicker {
    private final Supplier<Window> owner;
    private File lastFolder;

    ChartFileChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> pickChartFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the chart");
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter("PNG image", "*.png");
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter("SVG drawing", "*.svg");
        chooser.getExtensionFilters().addAll(png, svg);
        chooser.setSelectedExtensionFilter(suggestedName.endsWith(".svg") ? svg : png);
        chooser.setInitialFileName(suggestedName);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
