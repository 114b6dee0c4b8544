package org.unlearn.app;

import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.unlearn.views.audit.AuditViewModel;
import org.unlearn.views.audit.SessionLink;
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
import org.unlearn.views.steps.StepThroughViewModel;

/**
 * The main window's content: the menu bar, the views (start screen, the opened dataset, train and forget, cost
 * and consequences, audit), one shown at a time, and the status bar. It moves to the dataset whenever one opens;
 * the View menu moves between them. The compliance session's side is {@link SessionWiring}, the teaching side
 * {@link Classroom}, dropped files {@link FileDrops}, what is remembered across runs {@link WindowMemory}. A new
 * view is one more entry in {@link #views} and one more menu item.
 */
final class MainWindow extends BorderPane {
    private final FxBackgroundWork work;
    private final Settings settings;
    private final ProblemReporter problems;
    private final DataViewModel data;
    private final StartViewModel start;
    private final StartView startView;
    private final DataView dataView;
    private final ForgetViewModel forget;
    private final ForgetView forgetView;
    private final ConsequencesViewModel consequences;
    private final ConsequencesView consequencesView;
    private final SessionWiring sessions;
    private ChartFilePicker chartPicker = new ChartFileChooser(() -> getScene().getWindow());
    private final StatusViewModel status;
    private final StackPane views;
    private final FileDrops drops;
    private ChangeListener<Theme> themeFollower;
    private final Classroom classroom;

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
        this.sessions = new SessionWiring(this, startView, forgetView);
        this.status = new StatusViewModel(
                work,
                forget.chain().currentProperty().map(ModelState::provenance),
                MemoryUse::ofRuntime,
                sessions.statusModelLine());
        setId("main-window");
        views = new StackPane(sessions.view(), consequencesView, forgetView, dataView, startView);
        classroom = new Classroom(
                this,
                sampleFolder,
                startView,
                forgetView,
                java.util.Map.of(
                        "start", startView,
                        "data", dataView,
                        "forget", forgetView,
                        "consequences", consequencesView,
                        "audit", sessions.view()));
        clipViews();
        drops = new FileDrops(this, views, start);
        setTop(MainMenu.build(this));
        setCenter(views);
        setBottom(new StatusView(status));
        showStart();
        data.dataProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || was.dataset() != now.dataset())) {
                if (was == null || !was.file().equals(now.file())) {
                    chooseSuggestedModel(now.file());
                }
                // A session's copy opens behind the view the user is in (the Audit view, the forget view).
                if (!sessions.link().isSessionCopy(now.file())) {
                    start.opened(now.file());
                    showData();
                } else {
                    work.behindTheView(); // its projection's line would speak of the data view, not shown
                }
                sessions.guardForgottenRows(now.file());
            }
        });
        WindowMemory.keep(settings, recent, start, forgetView);
    }

    /**
     * Beside the lesson panel the views may get less than their minimum width on a small screen: they are
     * clipped rather than pushing the panel out of the window.
     */
    private void clipViews() {
        views.setMinWidth(0);
        views.setAlignment(Pos.TOP_LEFT);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(views.widthProperty());
        clip.heightProperty().bind(views.heightProperty());
        views.setClip(clip);
    }

    /** The compliance session's side of the window: its Audit view, the title, what quitting would lose. */
    SessionWiring sessions() {
        return sessions;
    }

    AuditViewModel audit() {
        return sessions.audit();
    }

    SessionLink sessionLink() {
        return sessions.link();
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
            Platform.runLater(field::requestFocus);
        }
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
        show(sessions.view());
    }

    boolean showsAudit() {
        return sessions.view().isVisible();
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

    /** Shows a view by its name (start, data, forget, consequences, audit), as the View menu would. */
    void show(String name) {
        switch (name) {
            case "start" -> showStart();
            case "data" -> showData();
            case "forget" -> showForget();
            case "consequences" -> showConsequences();
            case "audit" -> showAudit();
            default -> throw new IllegalArgumentException("no view " + name);
        }
    }

    Classroom classroom() {
        return classroom;
    }

    private void show(Node view) {
        if (!view.isVisible()) {
            work.settle();
        }
        for (Node v : views.getChildren()) {
            if (!drops.isCue(v)) {
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

    /** Dragging files onto the window and dropping them. */
    FileDrops drops() {
        return drops;
    }

    /** Ends the application; its stop() shuts the background work down, as it does when the window is closed. */
    void quit() {
        if (sessions.mayQuit()) {
            Platform.exit();
        }
    }

    StartViewModel start() {
        return start;
    }

    DataViewModel data() {
        return data;
    }

    /** The step-through of the newest forget request, docked under the forget view. */
    StepThroughViewModel steps() {
        return classroom.steps();
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
