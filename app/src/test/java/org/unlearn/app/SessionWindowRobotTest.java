package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unlearn.app.cli.UnlearnCommand;
import org.unlearn.model.session.ModelHash;
import org.unlearn.views.TestFiles;
import org.unlearn.views.audit.AuditViewModel;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.forget.ModelState;

/**
 * One history for the window and its compliance session, on the credit data with one person's row given a
 * unique value: the forget view's model is the session's, a forget made there is recorded in the session (and
 * shown in the Audit view, its log verifying), no file the app wrote holds the forgotten value, and reopening
 * the original file shows the session's own copy instead of bringing the row back.
 */
@ExtendWith(ApplicationExtension.class)
class SessionWindowRobotTest {
    /** A value that only data row 7 holds, in its Job column: what must not survive a forget. */
    private static final String PERSON = "Allen-Elisabeth-QZXJ";

    private Path dir;
    private Path home;
    private Path source;
    private String personsLine;
    private MainWindow window;
    private final List<String> notices = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("unlearn-session-window");
        home = dir.resolve("home");
        source = Files.createDirectories(dir.resolve("mine")).resolve("credit_data.csv");
        Files.copy(TestFiles.sample("credit_data.csv"), source);
        window = TestWindows.showAtHome(stage, home, notices);
    }

    @AfterEach
    void stop(FxRobot robot) {
        TestWindows.closeAtHome(robot, window);
    }

    private String forgetViewModelHash() {
        ModelState current = window.forget().chain().currentProperty().get();
        return current == null ? "no model" : ModelHash.of(current.engine());
    }

    private void openAndTrain(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.data().open(new OpenRequest(source, "Status")));
        TestWindows.waitUntilJobsSettle(window);
        robot.interact(() -> {
            window.showForget();
            window.forget().form().choose("logreg");
            window.forget().train();
        });
        TestWindows.waitUntilJobsSettle(window);
    }

    /**
     * Gives one row the person's unique value in its Job column: the first row from 7 on that the model trains
     * on (a row's side of the held-out split depends on the seed and its id only, not on its values).
     */
    private int giveARowThePersonsValue(FxRobot robot) throws Exception {
        openAndTrain(robot);
        ModelState state = window.forget().chain().currentProperty().get();
        int row = 7;
        while (!state.holds(row)) {
            row++;
        }
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        String[] cells = lines.get(row).split(",", -1);
        cells[7] = "\"" + PERSON + "\"";
        personsLine = String.join(",", cells);
        lines.set(row, personsLine);
        Files.write(source, lines, StandardCharsets.UTF_8);
        openAndTrain(robot);
        return row;
    }

    @Test
    void aForgetInTheForgetViewIsRecordedInTheSessionAndLeavesTheValueInNoFileTheAppWrote(FxRobot robot)
            throws Exception {
        int row = giveARowThePersonsValue(robot);
        assertTrue(window.forget().chain().currentProperty().get().holds(row));
        assertEquals(
                "Nothing is being recorded (no session open)",
                robot.lookup("#session-bar-line").queryAs(Label.class).getText());

        Path session = dir.resolve("session");
        robot.interact(() -> SessionDialogs.create(window, session, "logreg"));
        TestWindows.waitUntilJobsSettle(window);
        AuditViewModel audit = window.audit();
        assertTrue(audit.openProperty().get(), () -> "not created: " + notices);
        assertEquals(audit.session().modelHash(), forgetViewModelHash(), "the forget view's model is the session's");
        assertTrue(
                robot.lookup("#session-bar-line").queryAs(Label.class).getText().startsWith("Recording in session"));

        robot.interact(() -> {
            window.sessionLink().subjectProperty().set("DPO-2026-0412");
            window.sessionLink().reasonProperty().set("GDPR art. 17");
            window.forget().picks().pickTextProperty().set(Integer.toString(row));
            window.forget().picks().pickTyped();
            window.forget().forget();
        });
        TestWindows.waitUntilJobsSettle(window);

        assertEquals(1, audit.session().requests().size(), () -> "not recorded: " + notices);
        var request = audit.session().requests().get(0);
        assertEquals(List.of(row), request.get("rows"));
        assertEquals("DPO-2026-0412", request.get("subject"));
        assertEquals("GDPR art. 17", request.get("reason"));
        // recorded, the bar is cleared for the next person's request, as the Audit view's form is
        assertEquals("", window.sessionLink().subjectProperty().get());
        assertEquals("", window.sessionLink().reasonProperty().get());
        robot.interact(window::showAudit);
        TableView<?> table = robot.lookup("#audit-requests").queryTableView();
        assertEquals(1, table.getItems().size());
        assertTrue(
                robot.lookup("#status-model").queryAs(Label.class).getText().startsWith("Session session · "),
                robot.lookup("#status-model").queryAs(Label.class).getText());
        robot.interact(() -> table.getSelectionModel().select(0));
        String details = robot.lookup("#audit-details").queryTextInputControl().getText();
        assertTrue(details.contains("Subject reference: DPO-2026-0412"), details);
        assertTrue(details.contains("Rows: 1 row: " + row), details);
        assertFalse(details.contains("[]"), details);
        assertTrue(
                window.sessions().titleBinding().get().contains("(everything saved)"),
                window.sessions().titleBinding().get());
        assertTrue(window.sessions().unsavedWarning().isEmpty());
        List<String> log = Files.readAllLines(session.resolve("audit.jsonl"));
        assertEquals(2, log.size(), "the creation and the request");
        assertTrue(log.get(1).contains("\"subject\":\"DPO-2026-0412\""), log.get(1));

        // The session opened again (from the recent sessions) shows its own stored model on its own data: the
        // same model (content hash), the session's split, the source's name, and no training.
        robot.interact(audit::closeSession);
        assertEquals(0, verify(session), "the audit log verifies");
        List<Boolean> trainings = new ArrayList<>();
        robot.interact(() -> window.forget().chain().trainingProperty().addListener((o, was, now) -> {
            if (now) {
                trainings.add(now);
            }
        }));
        robot.interact(() -> window.sessions().openSession(session));
        TestWindows.waitUntilJobsSettle(window);
        assertTrue(
                window.data()
                        .dataProperty()
                        .get()
                        .file()
                        .getFileName()
                        .toString()
                        .startsWith("data-"),
                "the session's copy is shown");
        assertEquals(
                "credit_data.csv",
                window.data().dataProperty().get().dataset().name(),
                "named as the session's source, not its copy");
        assertTrue(
                robot.lookup("#session-bar-line").queryAs(Label.class).getText().startsWith("Recording in session"));
        ModelState onCopy = window.forget().chain().currentProperty().get();
        assertEquals(audit.session().modelHash(), forgetViewModelHash(), "the session's stored model is shown");
        assertTrue(trainings.isEmpty(), "no model was trained on opening the session");
        assertEquals(
                "Loaded from session session (not trained here)",
                window.forget().chain().history().get(0).subtitle(),
                "History says the model was loaded, not trained");
        var rows = window.data().dataProperty().get().dataset();
        long heldOut =
                java.util.Arrays.stream(rows.rowIds()).filter(onCopy::heldOut).count();
        assertEquals(audit.session().trainingRows().size(), onCopy.size(), "the session's training rows");
        assertEquals(audit.session().heldOutRows().size(), heldOut, "the session's held-out rows");
        assertEquals(Files.readAllLines(source).size() - 2, rows.rowCount(), "the copy lacks the forgotten row");
        // Its rows keep the session's ids: a forget there is recorded under the same ids.
        int expected = java.util.Arrays.stream(rows.rowIds())
                .filter(id -> onCopy.holds(id) && !onCopy.heldOut(id))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            window.forget().picks().pickTextProperty().set(Integer.toString(expected));
            window.forget().picks().pickTyped();
            window.forget().forget();
        });
        TestWindows.waitUntilJobsSettle(window);
        assertEquals(2, audit.session().requests().size(), () -> "not recorded: " + notices);
        assertEquals(List.of(expected), audit.session().requests().get(1).get("rows"));
        assertEquals("row ids", audit.session().requests().get(1).get("selected_by"));
        assertEquals(
                audit.session().requests().get(1).get("model_kept"),
                audit.session().modelHash());

        // Rows chosen by a filter are recorded as the command line's --where records them: its columns and a
        // keyed digest of it, never its text.
        String filter = "Age > 66";
        int[] matching = java.util.Arrays.stream(rows.rowIds())
                .filter(id -> Integer.parseInt(rows.column("Age").text(rows.positionOf(id))) > 66)
                .toArray();
        robot.interact(() -> {
            window.forget().picks().filterProperty().set(filter);
            window.forget().picks().pickFiltered();
            window.forget().forget();
        });
        TestWindows.waitUntilJobsSettle(window);
        assertEquals(3, audit.session().requests().size(), () -> "not recorded: " + notices);
        var byFilter = audit.session().requests().get(2);
        assertEquals(java.util.Arrays.stream(matching).boxed().toList(), byFilter.get("rows"));
        assertEquals("a filter over the columns [Age]", byFilter.get("selected_by"));
        assertTrue(byFilter.get("filter_digest") instanceof String d && !d.isEmpty(), byFilter::toString);
        assertFalse(byFilter.toString().contains(filter), "the filter's text is not recorded");

        // Reopening the original file would bring the forgotten row back: the session's copy is shown instead.
        notices.clear();
        robot.interact(() -> window.data().open(new OpenRequest(source, "Status")));
        TestWindows.waitUntilJobsSettle(window);
        assertEquals(
                3,
                audit.session().requests().size(),
                "the source's history brought back is not a new request: nothing more is recorded");
        assertEquals(1, notices.size(), notices::toString);
        assertTrue(
                notices.get(0)
                        .startsWith("credit_data.csv still holds the " + (2 + matching.length)
                                + " rows forgotten in the session session"),
                notices.get(0));
        assertEquals(
                audit.session().dataCopy().toAbsolutePath().normalize(),
                window.data().dataProperty().get().file().toAbsolutePath().normalize());

        robot.interact(() -> window.settings().save());
        robot.interact(audit::closeSession);
        AppLog.close();
        List<String> holding = new ArrayList<>();
        for (Path root : List.of(home, session)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    if (text.contains(PERSON) || text.contains(personsLine)) {
                        holding.add(f.toString());
                    }
                }
            }
        }
        assertTrue(Files.isDirectory(home.resolve("logs")), "the app's log folder was written");
        assertTrue(holding.isEmpty(), () -> "hold the forgotten value: " + holding);
        assertTrue(Files.readString(source).contains(PERSON), "the user's own file is theirs to replace");
    }

    @Test
    void withoutASessionTheTitleSaysWhatIsNotSavedAndTheStartScreenListsRecentSessions(FxRobot robot) throws Exception {
        robot.interact(window::showAudit);
        assertTrue(shown(robot.lookup("#audit-hint").query()), "the hint before a session is open");
        assertTrue(shown(robot.lookup("#audit-hint-new").query()));
        assertFalse(shown(robot.lookup("#audit-requests").query()));

        openAndTrain(robot);
        assertEquals(
                "credit_data.csv — Unlearn Explorer",
                window.sessions().titleBinding().get());
        robot.interact(() -> {
            window.forget().picks().pickTextProperty().set("1-5");
            window.forget().picks().pickTyped();
            window.forget().forget();
        });
        TestWindows.waitUntilJobsSettle(window);
        assertEquals(
                "*credit_data.csv — 1 request not saved — Unlearn Explorer",
                window.sessions().titleBinding().get());
        assertTrue(window.sessions()
                .unsavedWarning()
                .orElseThrow()
                .startsWith("1 forget request was made without a session"));

        // A new training starts a new chain: the session made from it records what follows.
        Path session = dir.resolve("kept");
        robot.interact(() -> {
            window.forget().train();
        });
        TestWindows.waitUntilJobsSettle(window);
        robot.interact(() -> SessionDialogs.create(window, session, "logreg"));
        TestWindows.waitUntilJobsSettle(window);
        assertEquals(
                "credit_data.csv — session kept (everything saved) — Unlearn Explorer",
                window.sessions().titleBinding().get());
        assertTrue(window.sessions().unsavedWarning().isEmpty());

        robot.interact(() -> {
            window.audit().closeSession();
            window.showStart();
        });
        var entries = robot.lookup("#recent-sessions .recent-entry").queryAllAs(javafx.scene.control.Button.class);
        assertEquals(1, entries.size());
        assertTrue(window.settings().recentSessions().get(0).endsWith("kept"));
        robot.interact(() -> entries.iterator().next().fire());
        TestWindows.waitUntilJobsSettle(window);
        assertTrue(window.audit().openProperty().get(), () -> "not reopened: " + notices);
        assertTrue(window.showsAudit());
    }

    /** Visible with every ancestor: what the user sees. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static int verify(Path session) {
        return UnlearnCommand.execute(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                "log",
                session.toString(),
                "--verify");
    }
}
