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
import org.unlearn.views.audit.SessionBar;
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
import org.unlearn.views.start.RecentSessions;
import org.unlearn.views.start.StartView;
import org.unlearn.views.start.StartViewModel;
import org.unlearn.views.status.MemoryUse;
import org.unlearn.views.status.StatusView;
import org.unlearn.views.status.StatusViewModel;
import org.unlearn.views.steps.StepThrough;
import org.unlearn.views.steps.StepThroughViewModel;

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
    private final StepThroughViewModel steps;
    private final ConsequencesViewModel consequences;
    private final ConsequencesView consequencesView;
    private final AuditViewModel audit;
    private final AuditView auditView;
    private final SessionLink link;
    private ChartFilePicker chartPicker = new ChartFileChooser(() -> getScene().getWindow());
    private final StatusViewModel status;
    private final StackPane views;
    private final StackPane dropCue = new StackPane();
    private final Label dropCueText = new Label();
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
        this.steps = StepThrough.install(forgetView, forget);
        this.consequences = new ConsequencesViewModel(work, forget.chain());
        this.consequencesView = new ConsequencesView(consequences, name -> chartPicker.pickChartFile(name));
        this.audit = new AuditViewModel(work);
        audit.writePdfWith(org.unlearn.app.cli.CertificatePdf::of);
        this.auditView = new AuditView(
                audit,
                name -> CertificateChooser.ask(getScene().getWindow(), name),
                () -> SessionDialogs.newSession(this),
                () -> SessionDialogs.openSession(this));
        this.link = new SessionLink(audit, forget, data.dataProperty(), data::open);
        forgetView.putBesideTitle(new SessionBar(link, () -> SessionDialogs.newSession(this)));
        // In the Audit view the status bar names the session's model, not the forget view's.
        this.status = new StatusViewModel(
                work,
                forget.chain().currentProperty().map(ModelState::provenance),
                MemoryUse::ofRuntime,
                javafx.beans.binding.Bindings.when(auditView.visibleProperty().and(audit.openProperty()))
                        .then(audit.modelLineProperty())
                        .otherwise(""));
        setId("main-window");
        views = new StackPane(auditView, consequencesView, forgetView, dataView, startView);
        classroom = new Classroom(
                this,
                sampleFolder,
                java.util.Map.of(
                        "start", startView,
                        "data", dataView,
                        "forget", forgetView,
                        "consequences", consequencesView,
                        "audit", auditView));
        startView.offer(classroom.learnButton());
        setRight(classroom.panel());
        forgetView.shareWidthWhile(classroom.panel().visibleProperty());
        // Beside the lesson panel the views may get less than their minimum width on a small screen: they are
        // clipped rather than pushing the panel out of the window.
        views.setMinWidth(0);
        views.setAlignment(Pos.TOP_LEFT);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(views.widthProperty());
        clip.heightProperty().bind(views.heightProperty());
        views.setClip(clip);
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
                if (!link.isSessionCopy(now.file())) {
                    start.opened(now.file());
                    showData();
                }
                // Reopening the source of a session that forgot rows would bring them back: show its copy instead.
                audit.forgottenRowsWarning(now.file()).ifPresent(line -> {
                    problems.refused("Forgotten rows", line);
                    link.useSessionData();
                });
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
        RecentFiles sessions = new RecentFiles(settings.recentSessions());
        audit.onOpened(sessions::opened);
        sessions.files().addListener((ListChangeListener<Path>) c -> {
            settings.recentSessions(sessions.files());
            settings.save();
        });
        RecentSessions recentSessions = new RecentSessions(sessions, this::openSession);
        startView.addUnderRecent(recentSessions);
        startView.visibleProperty().addListener((o, was, now) -> recentSessions.refresh());
        acceptDrops();
        rememberDividers();
    }

    /** Opens a session folder and shows it (File ▸ Open session…, a recent session). */
    void openSession(Path dir) {
        audit.open(dir);
        showAudit();
    }

    SessionLink sessionLink() {
        return link;
    }

    /**
     * The window's title: the dataset, the session and whether everything is saved ("*" and "not saved" when
     * forget requests were made that no session recorded).
     */
    javafx.beans.binding.StringBinding titleBinding() {
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> {
                    int lost = link.unrecordedProperty().get();
                    String dataset =
                            data.loadedProperty().get() ? data.titleProperty().get() + " — " : "";
                    String session = audit.openProperty().get()
                            ? "session " + audit.session().folder().getFileName()
                                    + (audit.busyProperty().get() ? " (saving…)" : " (everything saved)") + " — "
                            : "";
                    String unsaved = lost == 0 ? "" : (lost == 1 ? "1 request" : lost + " requests") + " not saved — ";
                    return (lost > 0 ? "*" : "") + dataset + session + unsaved + "Unlearn Explorer";
                },
                data.loadedProperty(),
                data.titleProperty(),
                audit.openProperty(),
                audit.sessionNameProperty(),
                audit.busyProperty(),
                link.unrecordedProperty());
    }

    /**
     * Forget requests quitting would lose: with no session open, every request of this run (the histories put
     * away included); with one, those made before it or on other data, which it did not record.
     */
    int lostRequests() {
        return audit.openProperty().get()
                ? link.unrecordedProperty().get()
                : Math.max(link.unrecordedProperty().get(), forget.chain().unsavedRequests());
    }

    /** What quitting now would lose, in one line, or empty when everything is saved. */
    Optional<String> unsavedWarning() {
        if (audit.busyProperty().get()) {
            return Optional.of("A request is still being written to the session; quitting now may leave it"
                    + " to be finished when the session is next opened.");
        }
        int lost = lostRequests();
        if (lost > 0) {
            return Optional.of((lost == 1 ? "1 forget request was" : lost + " forget requests were")
                    + " made without a session, so nothing records them; quitting loses the model and its"
                    + " history. Start a session (File ▸ New session…) to keep the requests from now on.");
        }
        return Optional.empty();
    }

    /** Asks before quitting when something is not saved; true to quit. */
    boolean confirmQuit() {
        Optional<String> warning = unsavedWarning();
        if (warning.isEmpty()) {
            return true;
        }
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION,
                warning.get(),
                javafx.scene.control.ButtonType.CANCEL,
                new javafx.scene.control.ButtonType("Quit", javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        ask.setHeaderText("Not everything is saved");
        ask.initOwner(getScene().getWindow());
        return ask.showAndWait()
                .map(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .orElse(false);
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
        if (audit.busyProperty().get()) {
            return confirmQuit(); // a request half written: always asked, whatever the settings say
        }
        int requests = lostRequests();
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

    /** The step-through of the newest forget request, docked under the forget view. */
    StepThroughViewModel steps() {
        return steps;
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
