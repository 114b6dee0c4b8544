package org.unlearn.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.unlearn.app.cli.CertificatePdf;
import org.unlearn.views.audit.AuditView;
import org.unlearn.views.audit.AuditViewModel;
import org.unlearn.views.audit.SessionBar;
import org.unlearn.views.audit.SessionLink;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetView;
import org.unlearn.views.start.RecentFiles;
import org.unlearn.views.start.RecentSessions;
import org.unlearn.views.start.StartView;

/**
 * The window's compliance side: the session's Audit view, its link to the forget view, the recent sessions on
 * the start screen, the window's title, and what quitting would lose.
 */
final class SessionWiring {
    private final MainWindow window;
    private final DataViewModel data;
    private final Settings settings;
    private final AuditViewModel audit;
    private final AuditView view;
    private final SessionLink link;
    private QuitQuestion quitQuestion = QuitQuestion.dialog();

    SessionWiring(MainWindow window, StartView startView, ForgetView forgetView) {
        this.window = window;
        this.data = window.data();
        this.settings = window.settings();
        this.audit = new AuditViewModel(window.work());
        audit.writePdfWith(CertificatePdf::of);
        this.view = new AuditView(
                audit,
                name -> CertificateChooser.ask(window.getScene().getWindow(), name),
                () -> SessionDialogs.newSession(window),
                () -> SessionDialogs.openSession(window));
        this.link = new SessionLink(audit, window.forget(), data.dataProperty(), data::open);
        forgetView.putBesideTitle(new SessionBar(link, () -> SessionDialogs.newSession(window)));
        RecentFiles sessions = new RecentFiles(settings.recentSessions());
        audit.onOpened(sessions::opened);
        sessions.files().addListener((ListChangeListener<Path>) c -> {
            settings.recentSessions(sessions.files());
            settings.save();
        });
        RecentSessions recentSessions = new RecentSessions(sessions, this::openSession);
        startView.addUnderRecent(recentSessions);
        startView.visibleProperty().addListener((o, was, now) -> recentSessions.refresh());
    }

    AuditView view() {
        return view;
    }

    AuditViewModel audit() {
        return audit;
    }

    SessionLink link() {
        return link;
    }

    /** In the Audit view the status bar names the session's model, not the forget view's. */
    ObservableValue<String> statusModelLine() {
        return Bindings.when(view.visibleProperty().and(audit.openProperty()))
                .then(audit.modelLineProperty())
                .otherwise("");
    }

    /**
     * Warns when a dataset just opened is the source of a session that forgot rows, and shows the session's copy
     * instead: reopening the source would bring the rows back.
     */
    void guardForgottenRows(Path opened) {
        audit.forgottenRowsWarning(opened).ifPresent(line -> {
            window.problems().refused("Forgotten rows", line);
            link.useSessionData();
        });
    }

    /** Opens a session folder and shows it (File ▸ Open session…, a recent session). */
    void openSession(Path dir) {
        audit.open(dir);
        window.showAudit();
    }

    /**
     * The window's title: the dataset, the session and whether everything is saved ("*" and "not saved" when
     * forget requests were made that no session recorded).
     */
    StringBinding titleBinding() {
        return Bindings.createStringBinding(
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
                : Math.max(
                        link.unrecordedProperty().get(), window.forget().chain().unsavedRequests());
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
    private boolean confirmQuit() {
        Optional<String> warning = unsavedWarning();
        if (warning.isEmpty()) {
            return true;
        }
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION,
                warning.get(),
                ButtonType.CANCEL,
                new ButtonType("Quit", ButtonBar.ButtonData.OK_DONE));
        ask.setHeaderText("Not everything is saved");
        ask.initOwner(window.getScene().getWindow());
        return ask.showAndWait()
                .map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .orElse(false);
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
                requests, window.getScene() == null ? null : window.getScene().getWindow());
        if (answer == QuitQuestion.Answer.QUIT_AND_STOP_ASKING) {
            settings.askBeforeQuitting(false);
            settings.save();
        }
        return answer != QuitQuestion.Answer.STAY;
    }

    void useQuitQuestion(QuitQuestion question) {
        quitQuestion = question;
    }
}
