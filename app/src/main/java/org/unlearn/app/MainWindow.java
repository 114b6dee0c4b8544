package org.unlearn.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.unlearn.views.common.FilePicker;
import org.unlearn.views.data.DataView;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.start.StartView;
import org.unlearn.views.start.StartViewModel;
import org.unlearn.views.status.StatusView;

/**
 * The main window's content: the menu bar, the start screen or the opened dataset, and the status bar.
 * It moves to the dataset whenever one opens; the View menu moves back and forth.
 */
final class MainWindow extends BorderPane {
    private final FxBackgroundWork work;
    private final DataViewModel data;
    private final StartViewModel start;
    private final StartView startView;
    private final DataView dataView;

    /**
     * @param sampleFolder the sample-data folder, or null when there is none
     */
    MainWindow(FxBackgroundWork work, Path sampleFolder, FilePicker picker) {
        this.work = work;
        this.data = new DataViewModel(work);
        this.start = new StartViewModel(sampleFolder, data, picker);
        this.startView = new StartView(start);
        this.dataView = new DataView(data);
        setId("main-window");
        setTop(MainMenu.build(this));
        setCenter(new StackPane(dataView, startView));
        setBottom(new StatusView(work));
        showStart();
        data.dataProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || was.dataset() != now.dataset())) {
                showData();
            }
        });
    }

    void showStart() {
        startView.setVisible(true);
        dataView.setVisible(false);
    }

    void showData() {
        if (data.loadedProperty().get()) {
            dataView.setVisible(true);
            startView.setVisible(false);
        }
    }

    boolean showsData() {
        return dataView.isVisible();
    }

    void quit() {
        work.shutdown();
        Platform.exit();
    }

    StartViewModel start() {
        return start;
    }

    DataViewModel data() {
        return data;
    }

    FxBackgroundWork work() {
        return work;
    }
}
