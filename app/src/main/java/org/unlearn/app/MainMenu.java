package org.unlearn.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.unlearn.model.data.SampleCatalogue;
import org.unlearn.views.common.Styles;
import org.unlearn.views.common.Theme;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.start.StartViewModel;

/**
 * The menu bar: File (open a file, a recent file, the last dataset or a sample; quit), View (start screen,
 * dataset, train and forget, cost and consequences; dark theme), Model (train, forget, check against a retrain;
 * active while the forget view is shown) and Help (keyboard shortcuts, about). Every main action has a shortcut;
 * Help ▸ Keyboard shortcuts lists them from the menus themselves.
 */
final class MainMenu {
    private MainMenu() {}

    static MenuBar build(MainWindow window) {
        MenuBar bar =
                new MenuBar(file(window), view(window), model(window), ClassroomMenus.learn(window), help(window));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu file(MainWindow window) {
        MenuItem open = item("Open CSV…", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> window.start().openFile());
        open.disableProperty().bind(window.start().openExecutableProperty().not());
        Menu samples = new Menu("Open sample");
        samples.setId("menu-samples");
        for (SampleCatalogue.Sample s : window.start().samples()) {
            MenuItem sample = new MenuItem(s.name());
            sample.setOnAction(e -> window.start().openSample(s));
            sample.disableProperty()
                    .bind(window.start().openExecutableProperty().not());
            samples.getItems().add(sample);
        }
        if (samples.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No sample datasets found");
            none.setDisable(true);
            samples.getItems().add(none);
        }
        MenuItem newSession = item("New session…", "menu-new-session", null);
        newSession.setOnAction(e -> SessionDialogs.newSession(window));
        newSession.disableProperty().bind(window.data().loadedProperty().not());
        MenuItem openSession = item("Open session…", "menu-open-session", null);
        openSession.setOnAction(e -> SessionDialogs.openSession(window));
        // Every request is committed as it is made; Save says so rather than pretending to write.
        MenuItem save = item("Save", "menu-save", null);
        // Without a session, Save starts one: there is nothing else to save the model and its requests in.
        save.setOnAction(e -> {
            if (window.audit().openProperty().get()) {
                window.audit().save();
            } else {
                SessionDialogs.newSession(window);
            }
        });
        save.disableProperty()
                .bind(window.audit()
                        .openProperty()
                        .not()
                        .and(window.data().loadedProperty().not()));
        MenuItem quit = item("Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> window.quit());
        // The session items go below the samples, and Save has no accelerator: a wider or taller menu above
        // "Open sample" moves its submenu, and the pointer's way to a sample crosses other items.
        Menu file = new Menu(
                "_File",
                null,
                open,
                recent(window.start()),
                reopen(window.start()),
                samples,
                new SeparatorMenuItem(),
                newSession,
                openSession,
                save,
                new SeparatorMenuItem(),
                quit);
        file.setId("menu-file");
        return file;
    }

    /** The recent files, newest first; a file no longer there is greyed and says so. Rebuilt as it is opened. */
    private static Menu recent(StartViewModel start) {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        Runnable fill = () -> {
            recent.getItems().clear();
            int n = 0;
            for (Path f : start.recentFiles()) {
                n++;
                boolean missing = !Files.isRegularFile(f);
                // Mnemonics 1-8 (with the underscore) so the keyboard reaches each entry: Alt+F, then the menu.
                MenuItem item = new MenuItem(
                        "_" + n + "  " + f.getFileName() + (missing ? " (missing)" : "") + "   " + f.getParent());
                item.setId("menu-recent-" + n);
                item.setMnemonicParsing(true);
                item.setDisable(missing);
                item.setOnAction(e -> start.openRecent(f));
                recent.getItems().add(item);
            }
            if (start.recentFiles().isEmpty()) {
                MenuItem none = new MenuItem("No recent files");
                none.setDisable(true);
                recent.getItems().add(none);
            }
            MenuItem clear = item("Clear recent", "menu-clear-recent", null);
            clear.setDisable(start.recentFiles().isEmpty());
            clear.setOnAction(e -> start.clearRecent());
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        };
        fill.run();
        start.recentFiles().addListener((ListChangeListener<Path>) c -> fill.run());
        // Files come and go while the app runs: grey the missing ones afresh each time the menu opens.
        recent.setOnShowing(e -> fill.run());
        recent.disableProperty().bind(start.openExecutableProperty().not());
        return recent;
    }

    private static MenuItem reopen(StartViewModel start) {
        MenuItem reopen = item(
                "Reopen last dataset",
                "menu-reopen",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        reopen.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> start.lastDatasetProperty().get() == null
                                ? "Reopen last dataset"
                                : "Reopen " + start.lastDatasetName(),
                        start.lastDatasetProperty()));
        reopen.setOnAction(e -> start.reopenLast());
        reopen.disableProperty()
                .bind(start.lastDatasetProperty()
                        .isNull()
                        .or(start.openExecutableProperty().not()));
        return reopen;
    }

    private static Menu view(MainWindow window) {
        MenuItem start = item(
                "Start screen", "menu-start", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        start.setOnAction(e -> window.showStart());
        MenuItem data =
                item("Dataset", "menu-data", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        data.setOnAction(e -> window.showData());
        data.disableProperty().bind(window.data().loadedProperty().not());
        data.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> window.data().loadedProperty().get()
                                ? "Dataset: " + window.data().titleProperty().get()
                                : "Dataset",
                        window.data().loadedProperty(),
                        window.data().titleProperty()));
        MenuItem forget = item(
                "Train and forget",
                "menu-forget",
                new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN));
        forget.setOnAction(e -> window.showForget());
        forget.disableProperty().bind(window.data().loadedProperty().not());
        MenuItem consequences = item(
                "Cost and consequences",
                "menu-consequences",
                new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
        consequences.setOnAction(e -> window.showConsequences());
        consequences.disableProperty().bind(window.data().loadedProperty().not());
        MenuItem audit =
                item("Audit", "menu-audit", new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));
        audit.setOnAction(e -> window.showAudit());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark-theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.setSelected(Styles.theme() == Theme.DARK);
        Styles.themeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(window.themeFollower(dark)));
        dark.setOnAction(e -> window.useTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        Menu view = new Menu("_View", null, start, data, forget, consequences, audit, new SeparatorMenuItem(), dark);
        view.setId("menu-view");
        view.getItems().addAll(ClassroomMenus.presentationItems(window));
        return view;
    }

    private static Menu model(MainWindow window) {
        ForgetViewModel forget = window.forget();
        BooleanBinding hidden = window.showingForgetProperty().not();
        MenuItem train = item("Train", "menu-train", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        train.setOnAction(e -> forget.train());
        train.disableProperty()
                .bind(hidden.or(forget.chain().trainExecutableProperty().not()));
        MenuItem picked = item(
                "Forget the picked rows",
                "menu-forget-picked",
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        picked.setOnAction(e -> forget.forget());
        picked.disableProperty()
                .bind(hidden.or(forget.chain().forgetExecutableProperty().not()));
        MenuItem verify = item(
                "Check against a retrain from scratch",
                "menu-verify",
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        verify.setOnAction(e -> forget.verify());
        verify.disableProperty()
                .bind(hidden.or(forget.chain().verifyExecutableProperty().not()));
        MenuItem clear = item("Pick no rows", "menu-clear-picks", null);
        clear.setAccelerator(
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        clear.setOnAction(e -> forget.clearPicks());
        clear.disableProperty()
                .bind(hidden.or(Bindings.createBooleanBinding(
                        () -> forget.picks().pickedProperty().get().isEmpty(),
                        forget.picks().pickedProperty())));
        MenuItem filter = item(
                "Go to the row filter",
                "menu-go-filter",
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        filter.setOnAction(e -> window.focusInForget("#pick-filter"));
        filter.disableProperty().bind(window.data().loadedProperty().not());
        MenuItem ids = item(
                "Go to the row ids to forget",
                "menu-go-ids",
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        ids.setOnAction(e -> window.focusInForget("#pick-ids"));
        ids.disableProperty().bind(window.data().loadedProperty().not());
        MenuItem steps = item(
                "Step through the newest request",
                "menu-step-through",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        steps.setOnAction(e -> window.steps().open());
        steps.disableProperty().bind(hidden.or(window.steps().openableProperty().not()));
        Menu model =
                new Menu("_Model", null, train, picked, verify, steps, new SeparatorMenuItem(), filter, ids, clear);
        model.setId("menu-model");
        return model;
    }

    private static Menu help(MainWindow window) {
        MenuItem keys = item("Keyboard shortcuts", "menu-shortcuts", new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> ShortcutsDialog.show(window.getScene().getWindow(), (MenuBar) window.getTop()));
        MenuItem about = item("About Unlearn Explorer", "menu-about", null);
        about.setOnAction(e -> AboutDialog.show(window.getScene().getWindow()));
        MenuItem concepts = item("Concepts", "menu-concepts", null);
        concepts.setOnAction(e ->
                org.unlearn.views.learn.ConceptWindow.show(window.getScene().getWindow(), null));
        Menu help = new Menu("_Help", null, keys, concepts, new SeparatorMenuItem(), about);
        help.setId("menu-help");
        return help;
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }
}
