package org.unlearn.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.unlearn.views.audit.AuditView;
import org.unlearn.views.audit.AuditViewModel;
import org.unlearn.views.common.ChartFilePicker;
import org.unlearn.views.common.FilePicker;
import org.unlearn.views.common.Styles;
import org.unlearn.views.common.Theme;
import org.unlearn.views.consequences.ConsequencesView;
import org.unlearn.views.consequences.ConsequencesViewModel;
import org.unlearn.views.data.DataView;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetView;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.forget.ModelState;
import org.unlearn.views.panels.CapabilityPanels;
import org.unlearn.views.start.RecentFiles;
import org.unlearn.views.start.StartView;
import org.unlearn.views.start.StartViewModel;
import org.unlearn.views.status.MemoryUse;
import org.unlearn.views.status.StatusView;
import org.unlearn.views.status.StatusViewModel;

/**
 * The main window's content: the menu bar, the views (start screen, the opened dataset, train and forget, cost
 * and consequences),
 * one shown at a time, and the status bar. It moves to the dataset whenever one opens; the View menu moves
 * between them. It remembers what it opens (last dataset, recent files) and the theme in the settings, and
 * opens a file dropped anywhere on it. A new view is one more entry in {@link #views} and one more menu item.
 */
final class MainWindow extends BorderPane {
    private final FxBackgroundWork work;
    private final Settings settings;
    private QuitQuestion quitQuestion = QuitQuestion.dialog();
    private final ProblemReporter problems;
    private final DataViewModel data;
    private final StartViewModel start;
    private final StartView startView;
    private final DataView dataView;
    private final ForgetViewModel forget;
    private final ForgetView forgetView;
    private final ConsequencesViewModel consequences;
    private final ConsequencesView consequencesView;
    private final AuditViewModel audit;
    private final AuditView auditView;
    private ChartFilePicker chartPicker = new ChartFileChooser(() -> getScene().getWindow());
    private final StatusViewModel status;
    private final StackPane views;
    private final StackPane dropCue = new StackPane();
    private final Label dropCueText = new Label();
    private ChangeListener<Theme> themeFollower;

    /**
     * @param sampleFolder the sample-data folder, or null when there is none
     * @param problems     where one-line notices go (a drop that cannot be opened, a recent file gone missing)
     * @param settings     what is remembered across runs; this window keeps its datasets and theme there
     */
    MainWindow(
            FxBackgroundWork work, Path sampleFolder, FilePicker picker, ProblemReporter problems, Settings settings) {
        this.work = work;
        this.settings = Objects.requireNonNull(settings);
        this.problems = Objects.requireNonNull(problems);
        this.data = new DataViewModel(work);
        RecentFiles recent = new RecentFiles(settings.recent());
        this.start = new StartViewModel(
                sampleFolder,
                data,
                picker,
                recent,
                settings.lastDataset(),
                line -> problems.refused("Not opened", line));
        this.startView = new StartView(start);
        this.dataView = new DataView(data, this::showForget);
        this.forget = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
        this.forgetView = new ForgetView(forget, CapabilityPanels.of(forget).toArray(Region[]::new));
        this.consequences = new ConsequencesViewModel(work, forget.chain());
        this.consequencesView = new ConsequencesView(consequences, name -> chartPicker.pickChartFile(name));
        this.audit = new AuditViewModel(work);
        this.auditView =
                new AuditView(audit, name -> SessionDialogs.saveHtml(getScene().getWindow(), name));
        this.status = new StatusViewModel(
                work, forget.chain().currentProperty().map(ModelState::provenance), MemoryUse::ofRuntime);
        setId("main-window");
        setTop(MainMenu.build(this));
        views = new StackPane(auditView, consequencesView, forgetView, dataView, startView);
        setCenter(views);
        setBottom(new StatusView(status));
        showStart();
        data.dataProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || was.dataset() != now.dataset())) {
                if (was == null || !was.file().equals(now.file())) {
                    chooseSuggestedModel(now.file());
                }
                start.opened(now.file());
                showData();
                audit.forgottenRowsWarning(now.file()).ifPresent(line -> problems.refused("Forgotten rows", line));
            }
        });
        recent.files().addListener((ListChangeListener<Path>) c -> {
            settings.recent(recent.files());
            settings.save();
        });
        start.lastDatasetProperty().addListener((o, was, now) -> {
            settings.lastDataset(now);
            settings.save();
        });
        acceptDrops();
        rememberDividers();
    }

    /** A sample opens with the model its catalogue entry suggests chosen; a file of one's own keeps the choice. */
    private void chooseSuggestedModel(Path file) {
        start.suggestedModel(file).ifPresent(code -> {
            try {
                forget.form().choose(code);
            } catch (RuntimeException e) {
                // A catalogue naming a family this build lacks: the form keeps its choice.
                AppLog.logger(MainWindow.class).info("the catalogue suggests " + code + ", which is not offered");
            }
        });
    }

    /** Shows the forget view and puts the keyboard in one of its fields (the filter, the row ids). */
    void focusInForget(String id) {
        showForget();
        javafx.scene.Node field = forgetView.lookup(id);
        if (field != null) {
            javafx.application.Platform.runLater(field::requestFocus);
        }
    }

    /** The forget view's dividers come back where the user left them; they are saved with the window's place. */
    private void rememberDividers() {
        settings.dividers("forget").ifPresent(positions -> {
            // Once the view has its size: before, a split pane would squeeze positions to its minimum widths.
            forgetView.sceneProperty().addListener((o, was, now) -> {
                if (now != null) {
                    javafx.application.Platform.runLater(() -> forgetView.restoreDividers(positions));
                }
            });
        });
        forgetView.onDividersMoved(() -> settings.dividers("forget", forgetView.dividers()));
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

    /** The compliance session's Audit view (File ▸ New session… / Open session…, View ▸ Audit). */
    void showAudit() {
        show(auditView);
    }

    boolean showsAudit() {
        return auditView.isVisible();
    }

    AuditViewModel audit() {
        return audit;
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

    private void show(Node view) {
        for (Node v : views.getChildren()) {
            if (v != dropCue) {
                v.setVisible(v == view);
            }
        }
    }

    boolean showsData() {
        return dataView.isVisible();
    }

    boolean showsForget() {
        return forgetView.isVisible();
    }

    boolean showsStart() {
        return startView.isVisible();
    }

    /** True while the forget view is shown, so its menu commands act only on what the user sees. */
    ReadOnlyBooleanProperty showingForgetProperty() {
        return forgetView.visibleProperty();
    }

    /** Keeps the View menu's tick in step with the theme, however it was changed; held here, listened to weakly. */
    ChangeListener<Theme> themeFollower(CheckMenuItem item) {
        themeFollower = (o, was, now) -> item.setSelected(now == Theme.DARK);
        return themeFollower;
    }

    /** Switches the theme of the window, its dialogs and charts, and remembers it for the next run. */
    void useTheme(Theme theme) {
        Styles.setTheme(theme);
        settings.theme(theme);
        settings.save();
    }

    /** A file dropped anywhere on the window opens as "Open CSV…" would; anything else gets a one-line notice. */
    private void acceptDrops() {
        dropCue.setId("drop-cue");
        dropCue.getStyleClass().add("drop-cue");
        dropCue.setMouseTransparent(true);
        dropCue.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        dropCueText.setId("drop-cue-text");
        dropCueText.getStyleClass().add("drop-cue-text");
        dropCue.getChildren().add(dropCueText);
        StackPane.setAlignment(dropCueText, Pos.CENTER);
        dropCue.setVisible(false);
        views.getChildren().add(dropCue);
        addEventHandler(DragEvent.DRAG_OVER, e -> {
            // Everything is accepted, so that a drop that cannot open still gets its notice instead of nothing.
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            showDropCue(filesOf(e.getDragboard()));
            e.consume();
        });
        addEventHandler(DragEvent.DRAG_EXITED, e -> hideDropCue());
        addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = filesOf(e.getDragboard());
            e.setDropCompleted(start.dropRefusal(files).isEmpty());
            e.consume();
            // After the drag gesture has ended: a notice's dialog must not open inside the platform's drop callback.
            Platform.runLater(() -> dropped(files));
        });
    }

    /** The cue while dragging over the window: what a drop would do. */
    void showDropCue(List<Path> files) {
        Optional<String> refusal = start.dropRefusal(files);
        dropCueText.setText(refusal.orElse("Drop to open " + files.get(0).getFileName()));
        dropCue.getStyleClass().removeAll("drop-refused");
        if (refusal.isPresent()) {
            dropCue.getStyleClass().add("drop-refused");
        }
        dropCue.setVisible(true);
    }

    void hideDropCue() {
        dropCue.setVisible(false);
    }

    /** What the drop handler does with the dropped files: open the one data file, or say why not. */
    void dropped(List<Path> files) {
        hideDropCue();
        start.openDropped(files);
    }

    boolean dropCueShown() {
        return dropCue.isVisible();
    }

    String dropCueText() {
        return dropCueText.getText();
    }

    private static List<Path> filesOf(Dragboard board) {
        return board != null && board.hasFiles()
                ? board.getFiles().stream().map(File::toPath).toList()
                : List.of();
    }

    /** Ends the application; its stop() shuts the background work down, as it does when the window is closed. */
    void quit() {
        if (mayQuit()) {
            Platform.exit();
        }
    }

    /** True when nothing would be lost, or the user said to quit all the same (asked unless told not to). */
    boolean mayQuit() {
        int requests = forget.chain().unsavedRequests();
        if (requests == 0 || !settings.askBeforeQuitting()) {
            return true;
        }
        QuitQuestion.Answer answer = quitQuestion.ask(
                requests, getScene() == null ? null : getScene().getWindow());
        if (answer == QuitQuestion.Answer.QUIT_AND_STOP_ASKING) {
            settings.askBeforeQuitting(false);
            settings.save();
        }
        return answer != QuitQuestion.Answer.STAY;
    }

    void useQuitQuestion(QuitQuestion question) {
        quitQuestion = question;
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

    StatusViewModel status() {
        return status;
    }

    FxBackgroundWork work() {
        return work;
    }

    Settings settings() {
        return settings;
    }

    ProblemReporter problems() {
        return problems;
    }
}
