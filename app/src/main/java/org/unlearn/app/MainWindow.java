package org.unlearn.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.unlearn.views.common.ChartFilePicker;
import org.unlearn.views.common.FilePicker;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Section;
import org.unlearn.views.shards.ShardMapView;
import org.unlearn.views.shards.ShardMapViewModel;
import org.unlearn.views.consequences.ConsequencesView;
import org.unlearn.views.consequences.ConsequencesViewModel;
import org.unlearn.views.data.DataView;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetView;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.start.StartView;
import org.unlearn.views.start.StartViewModel;
import org.unlearn.views.status.StatusView;

/**
 * The main window's content: the menu bar, the start screen, the opened dataset or its models (train and
 * forget), and the status bar. It moves to the dataset whenever one opens; the View menu moves between them.
 */
final class MainWindow extends BorderPane {
    private final FxBackgroundWork work;
    private final DataViewModel data;
    private final StartViewModel start;
    private final StartView startView;
    private final DataView dataView;
    private final ForgetViewModel forget;
    private final ForgetView forgetView;
    private final ConsequencesViewModel consequences;
    private final ConsequencesView consequencesView;
    private ChartFilePicker chartPicker = new ChartFileChooser(() -> getScene().getWindow());

    /**
     * @param sampleFolder the sample-data folder, or null when there is none
     */
    MainWindow(FxBackgroundWork work, Path sampleFolder, FilePicker picker) {
        this.work = work;
        this.data = new DataViewModel(work);
        this.start = new StartViewModel(sampleFolder, data, picker);
        this.startView = new StartView(start);
        this.dataView = new DataView(data, this::showForget);
        this.forget = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
        this.forgetView = new ForgetView(forget, shardMap(forget));
        this.consequences = new ConsequencesViewModel(work, forget.chain());
        this.consequencesView = new ConsequencesView(consequences, name -> chartPicker.pickChartFile(name));
        setId("main-window");
        setTop(MainMenu.build(this));
        setCenter(new StackPane(consequencesView, forgetView, dataView, startView));
        setBottom(new StatusView(work));
        showStart();
        data.dataProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || was.dataset() != now.dataset())) {
                showData();
            }
        });
    }

    private static Section shardMap(ForgetViewModel forget) {
        ShardMapViewModel map = new ShardMapViewModel(forget.chain().currentProperty(), forget.picks().pickedProperty(),
                forget.planner().planProperty(), forget.chain().reportProperty());
        Section section = new Section("Shard map", null, new ShardMapView(map));
        Nodes.showWhen(section, map.mapProperty().isNotNull());
        return section;
    }

    void showStart() {
        show(startView);
    }

    void showData() {
        if (data.loadedProperty().get()) {
            show(dataView);
        }
    }

    /** The forget view, once a dataset is open to train on. */
    void showForget() {
        if (data.loadedProperty().get()) {
            show(forgetView);
        }
    }

    /** What forgetting cost and changed, once a dataset is open. */
    void showConsequences() {
        if (data.loadedProperty().get()) {
            show(consequencesView);
        }
    }

    private void show(javafx.scene.Node view) {
        startView.setVisible(view == startView);
        dataView.setVisible(view == dataView);
        forgetView.setVisible(view == forgetView);
        consequencesView.setVisible(view == consequencesView);
    }

    boolean showsConsequences() {
        return consequencesView.isVisible();
    }

    /** Where charts are saved; tests answer without a dialog. */
    void useChartPicker(ChartFilePicker picker) {
        chartPicker = picker;
    }

    ConsequencesViewModel consequences() {
        return consequences;
    }

    boolean showsData() {
        return dataView.isVisible();
    }

    boolean showsForget() {
        return forgetView.isVisible();
    }

    /** True while the forget view is shown, so its menu commands act only on what the user sees. */
    ReadOnlyBooleanProperty showingForgetProperty() {
        return forgetView.visibleProperty();
    }

    /** Ends the application; its stop() shuts the background work down, as it does when the window is closed. */
    void quit() {
        Platform.exit();
    }

    StartViewModel start() {
        return start;
    }

    DataViewModel data() {
        return data;
    }

    ForgetViewModel forget() {
        return forget;
    }

    FxBackgroundWork work() {
        return work;
    }
}
